import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { OCCUPATIONAL_FIELDS, type OccupationalField } from '@passgenau/domain';

export const REPORT_GROUPINGS = ['month', 'town', 'field'] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

/** The measures of the district report, each with its own query function (REPORT_SOURCES in reports.repository.ts). */
export const REPORT_MEASURES = [
  'publishedProfiles',
  'employerSearches',
  'contactRequestsSent',
  'contactRequestsAccepted',
  'contactRequestsDeclined',
  'outcomesTalk',
  'outcomesTrial',
  'outcomesApprenticeshipContract',
  'outcomesEmploymentContract',
  'outcomesEnded',
] as const;
export type ReportMeasure = (typeof REPORT_MEASURES)[number];

/** At most three years in one report. */
export const REPORT_MAX_MONTHS = 36;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export class DistrictReportQuery {
  @ApiPropertyOptional({
    enum: REPORT_GROUPINGS,
    default: 'month',
    description: 'One row per month, town or occupational field',
  })
  @IsOptional()
  @IsIn(REPORT_GROUPINGS)
  groupBy: ReportGrouping = 'month';

  @ApiPropertyOptional({
    example: '2026-01',
    description: 'First month (YYYY-MM, Europe/Berlin); default 11 months before `to`',
  })
  @IsOptional()
  @Matches(MONTH, { message: 'from must be a month (YYYY-MM)' })
  from?: string;

  @ApiPropertyOptional({
    example: '2026-12',
    description: 'Last month (YYYY-MM, Europe/Berlin); default the current month',
  })
  @IsOptional()
  @Matches(MONTH, { message: 'to must be a month (YYYY-MM)' })
  to?: string;

  @ApiPropertyOptional({ description: 'Only this town (8-digit AGS)' })
  @IsOptional()
  @Matches(/^\d{8}$/, { message: 'town must be an 8-digit municipality key (AGS)' })
  town?: string;

  @ApiPropertyOptional({ enum: OCCUPATIONAL_FIELDS, description: 'Only this occupational field' })
  @IsOptional()
  @IsIn(OCCUPATIONAL_FIELDS)
  occupationalField?: OccupationalField;
}

/** Counts of one row (or the totals); null where suppressed (below 5, or hiding a small cell). */
export class DistrictReportValues {
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Profiles published in the period (still published now)',
  })
  publishedProfiles!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Employer searches (first pages of GET /api/candidate-search)',
  })
  employerSearches!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Contact requests sent by firms (month sent)' })
  contactRequestsSent!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Of these, accepted now' })
  contactRequestsAccepted!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Of these, declined now (blocks not included)' })
  contactRequestsDeclined!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Outcomes recorded: talk (month of the talk)' })
  outcomesTalk!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Outcomes recorded: trial day or internship' })
  outcomesTrial!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Outcomes recorded: apprenticeship contract' })
  outcomesApprenticeshipContract!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Outcomes recorded: employment contract' })
  outcomesEmploymentContract!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Outcomes recorded: ended' })
  outcomesEnded!: number | null;
}

export class DistrictReportRow {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The month (YYYY-MM), town (AGS) or occupational field; null: no town / no field',
  })
  key!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The town name (town rows), else null' })
  label!: string | null;

  @ApiProperty({ type: DistrictReportValues })
  values!: DistrictReportValues;
}

export class DistrictReportResponse {
  @ApiProperty({ enum: REPORT_GROUPINGS })
  groupBy!: ReportGrouping;

  @ApiProperty({ example: '2026-01' })
  from!: string;

  @ApiProperty({ example: '2026-12' })
  to!: string;

  @ApiProperty({ type: String, nullable: true })
  town!: string | null;

  @ApiProperty({ enum: OCCUPATIONAL_FIELDS, nullable: true })
  occupationalField!: OccupationalField | null;

  @ApiProperty({ description: 'Counts below this are never shown', example: 5 })
  threshold!: number;

  @ApiProperty({ enum: REPORT_MEASURES, isArray: true })
  measures!: ReportMeasure[];

  @ApiProperty({ type: [DistrictReportRow] })
  rows!: DistrictReportRow[];

  @ApiProperty({ type: DistrictReportValues })
  totals!: DistrictReportValues;
}
