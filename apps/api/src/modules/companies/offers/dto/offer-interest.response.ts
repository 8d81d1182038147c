import { ApiProperty } from '@nestjs/swagger';

export class InterestedCandidateItem {
  @ApiProperty({ description: 'Pseudonym of the published profile (opens /profiles/{pseudonym})' })
  pseudonym!: string;
  @ApiProperty() markedAt!: string;
}

export class OfferInterestedResponse {
  @ApiProperty({ description: 'Everyone who marked interest (the "Interested" count of the offer)' })
  total!: number;
  @ApiProperty({
    description: 'Those whose profile employers may see now; the others are counted only',
    type: [InterestedCandidateItem],
  })
  items!: InterestedCandidateItem[];
}
