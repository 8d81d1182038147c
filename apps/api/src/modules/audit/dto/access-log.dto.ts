import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../../../common/page.query';

export class AccessLogQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Only reads by this account' })
  @IsOptional()
  @IsUUID()
  actorAccountId?: string;

  @ApiPropertyOptional({ description: 'From this time (ISO 8601)' })
  @IsOptional()
  @IsDateString()
  from?: string;

  @ApiPropertyOptional({ description: 'Before this time (ISO 8601)' })
  @IsOptional()
  @IsDateString()
  to?: string;
}

export class AdminAccessLogQuery extends AccessLogQuery {
  @ApiPropertyOptional({ description: 'Only reads of this candidate' })
  @IsOptional()
  @IsUUID()
  candidateId?: string;
}

export class AccessLogItem {
  @ApiProperty() id!: string;
  @ApiProperty() at!: string;
  @ApiProperty({ type: String, nullable: true }) actorAccountId!: string | null;
  @ApiProperty() actorRole!: string;
  @ApiProperty({ type: String, nullable: true }) actorName!: string | null;
  @ApiProperty({ type: String, nullable: true }) candidateId!: string | null;
  @ApiProperty({ description: 'read_candidate, list_mentor_candidates, read_consent, …' }) action!: string;
  @ApiProperty({ description: 'The request, e.g. GET /api/candidates/…' }) route!: string;
}

export class AccessLogPage {
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ type: [AccessLogItem] }) items!: AccessLogItem[];
}
