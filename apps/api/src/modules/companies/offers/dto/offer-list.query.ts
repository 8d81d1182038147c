import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { OFFER_STATUSES, type OfferStatus } from '@passgenau/domain';
import { PageQuery } from '../../../../common/dto-helpers';

export class OfferListQuery extends PageQuery {
  @ApiPropertyOptional({
    description: 'Staff: one company’s offers. Employers always get their own company’s.',
  })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional({ enum: OFFER_STATUSES })
  @IsOptional()
  @IsIn(OFFER_STATUSES)
  status?: OfferStatus;
}
