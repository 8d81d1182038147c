import { ApiProperty } from '@nestjs/swagger';
import { ConceptRefResponse } from '../../companies/offers/dto/offer.response';
import { CandidateMatchItem } from './match.response';

/** One candidate of an offer's matches, opened. */
export class OfferMatchResponse extends CandidateMatchItem {
  @ApiProperty({ type: [ConceptRefResponse] }) concepts!: ConceptRefResponse[];
}
