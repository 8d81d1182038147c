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
  @ApiProperty({ type: String, nullable: true, description: 'The firm of an employer who read' })
  actorCompanyId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorCompanyName!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Who, as shown to the candidate: the firm for employers, else the person',
  })
  actorDisplay!: string | null;
  @ApiProperty({ type: String, nullable: true }) candidateId!: string | null;
  @ApiProperty({
    description:
      'Action code: read_candidate, read_profile, read_pseudonymous_profile, list_pseudonymous_profiles, …',
  })
  action!: string;
  @ApiProperty({ description: 'The request, e.g. GET /api/candidates/…' }) route!: string;
  @ApiProperty({ description: 'How often: 1 for a single read; appearances in lists are counted per day' })
  count!: number;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'For counted appearances: the district day (YYYY-MM-DD)',
  })
  day!: string | null;
}

export class AccessLogPage {
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ type: [AccessLogItem] }) items!: AccessLogItem[];
}
