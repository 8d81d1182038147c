import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  CEFR_LEVELS,
  DRIVING_LICENCES,
  OCCUPATIONAL_FIELDS,
  WORK_KINDS,
  type CefrLevel,
  type OccupationalField,
  type WorkKind,
} from '@passgenau/domain';
import { IsDateOnly, toBoolean, toStringArray } from '../../../common/dto-helpers';

/** Employers never page past this many hits (it also limits scraping): Meilisearch's maxTotalHits. */
export const CANDIDATE_SEARCH_MAX_HITS = 500;

export const CANDIDATE_SEARCH_SORTS = ['relevance', 'distance', 'newest'] as const;
export type CandidateSearchSort = (typeof CANDIDATE_SEARCH_SORTS)[number];

/** Evidence strength filter: at least observed by a mentor, assessed by a provider, or confirmed by Team IBA. */
export const EVIDENCE_FILTERS = ['mentor', 'assessed', 'iba'] as const;
export type EvidenceFilter = (typeof EVIDENCE_FILTERS)[number];

export const MAY_WORK_VALUES = ['yes', 'with_approval'] as const;
export type MayWorkFilter = (typeof MAY_WORK_VALUES)[number];

/** `maths` or `computer`, optionally with a minimum level (`maths:good`); without one, at least basic. */
export const CORE_SKILL_FILTER = /^(maths|computer)(:(basic|good|very_good))?$/;

/** Taxonomy codes are ESCO URIs or the product's own `passgenau:skill/…` codes. */
const TAXONOMY_CODE = /^[A-Za-z0-9:/._~%#-]{1,300}$/;

/** The employer's candidate search: free text in any UI language plus filters (all combined with AND). */
export class CandidateSearchQuery {
  @ApiPropertyOptional({
    maxLength: 200,
    description: 'Words in any UI language: competence and occupation labels, town, pseudonym',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({
    enum: OCCUPATIONAL_FIELDS,
    isArray: true,
    description: 'Occupational fields of the wished occupations (any of them; repeat or comma-separate)',
  })
  @IsOptional()
  @Transform(toStringArray)
  @IsArray()
  @ArrayMaxSize(17)
  @IsIn(OCCUPATIONAL_FIELDS, { each: true })
  occupationalField?: OccupationalField[];

  @ApiPropertyOptional({
    type: [String],
    description: 'Wished occupations (taxonomy codes; any of them)',
  })
  @IsOptional()
  @Transform(toStringArray)
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(TAXONOMY_CODE, { each: true, message: 'occupations must hold taxonomy codes' })
  occupations?: string[];

  @ApiPropertyOptional({
    type: [String],
    description:
      'Competences (taxonomy codes, e.g. picked through the multilingual picker): every one must be in the profile, with the evidence strength asked for',
  })
  @IsOptional()
  @Transform(toStringArray)
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(TAXONOMY_CODE, { each: true, message: 'competences must hold taxonomy codes' })
  competences?: string[];

  @ApiPropertyOptional({ enum: CEFR_LEVELS, description: 'At least this German level (overall)' })
  @IsOptional()
  @IsIn(CEFR_LEVELS)
  minGermanLevel?: CefrLevel;

  @ApiPropertyOptional({
    type: [String],
    example: ['maths:good', 'computer'],
    description: 'Core skills: maths or computer, with a minimum level after a colon (default basic)',
  })
  @IsOptional()
  @Transform(toStringArray)
  @IsArray()
  @ArrayMaxSize(2)
  @Matches(CORE_SKILL_FILTER, {
    each: true,
    message: 'coreSkills must hold maths or computer, optionally with :basic, :good or :very_good',
  })
  coreSkills?: string[];

  @ApiPropertyOptional({
    enum: EVIDENCE_FILTERS,
    description:
      'Evidence strength: with competences, each of them must have it; without, the profile must have a competence with it',
  })
  @IsOptional()
  @IsIn(EVIDENCE_FILTERS)
  evidence?: EvidenceFilter;

  @ApiPropertyOptional({ enum: WORK_KINDS, isArray: true, description: 'Kind of work wished (any of them)' })
  @IsOptional()
  @Transform(toStringArray)
  @IsArray()
  @ArrayMaxSize(4)
  @IsIn(WORK_KINDS, { each: true })
  kindOfWork?: WorkKind[];

  @ApiPropertyOptional({ description: 'Available from this day at the latest (YYYY-MM-DD)' })
  @IsOptional()
  @IsDateOnly()
  availableBy?: string;

  @ApiPropertyOptional({
    description: 'Measure distances from a town (8-digit AGS) or from one of the firm’s sites (site id)',
  })
  @IsOptional()
  @Matches(/^(\d{8}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, {
    message: 'near must be a town (8-digit AGS) or a site id',
  })
  near?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 300, description: 'With near: home town within this many km' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(300)
  radiusKm?: number;

  @ApiPropertyOptional({
    type: [String],
    description: 'Driving licence classes (any of them); "any" for any licence',
    example: ['B'],
  })
  @IsOptional()
  @Transform(toStringArray)
  @IsArray()
  @ArrayMaxSize(16)
  @IsIn([...DRIVING_LICENCES, 'any'], { each: true })
  drivingLicence?: string[];

  @ApiPropertyOptional({
    enum: MAY_WORK_VALUES,
    isArray: true,
    description: 'May work: yes, or with the foreigners’ authority’s approval',
  })
  @IsOptional()
  @Transform(toStringArray)
  @IsArray()
  @IsIn(MAY_WORK_VALUES, { each: true })
  mayWork?: MayWorkFilter[];

  @ApiPropertyOptional({ description: 'Only candidates with a driving licence (any class)' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  hasDrivingLicence?: boolean;

  @ApiPropertyOptional({
    enum: CANDIDATE_SEARCH_SORTS,
    default: 'relevance',
    description: 'distance needs near',
  })
  @IsOptional()
  @IsIn(CANDIDATE_SEARCH_SORTS)
  sort: CandidateSearchSort = 'relevance';

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  pageSize: number = 20;
}
