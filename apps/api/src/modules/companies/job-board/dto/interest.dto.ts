import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { OFFER_KINDS, type OfferKind } from '@passgenau/domain';

export class InterestDto {
  @ApiPropertyOptional({
    description: 'The candidate to act for: required for mentors, optional for candidates (themselves)',
  })
  @IsOptional()
  @IsUUID()
  candidateId?: string;
}

export class InterestQuery extends InterestDto {}

export class OfferInterestResponse {
  @ApiProperty() offerId!: string;
  @ApiProperty() candidateId!: string;
  @ApiProperty() markedAt!: string;
  @ApiProperty({ description: 'A mentor marked it for the candidate' }) markedOnBehalf!: boolean;
}

export class CandidateInterestItem extends OfferInterestResponse {
  @ApiProperty() title!: string;
  @ApiProperty({ enum: OFFER_KINDS }) kind!: OfferKind;
  @ApiProperty() companyId!: string;
  @ApiProperty() companyName!: string;
  @ApiProperty({ description: 'Still on the job board' }) listed!: boolean;
}
