import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { TRAVEL_MODES, type TravelMode } from '@passgenau/domain';
import { IsDateOnly, IsLanguageCode } from '../../../common/dto-helpers';

/** A time of day written HH:MM (24 hours). */
export const CLOCK_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
const CLOCK = { pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', example: '09:30' };
const isClock = () => Matches(CLOCK_PATTERN, { message: '$property must be a time of day written HH:MM' });

export const OPEN_HOUSE_TITLE_MAX = 200;
export const OPEN_HOUSE_SITES_MAX = 100;
export const OPEN_HOUSE_GROUP_MAX = 30;
export const SITE_KINDS = ['firm', 'housing'] as const;
export type SiteKindValue = (typeof SITE_KINDS)[number];

export class CreateOpenHouseDayDto {
  @ApiProperty({ minLength: 1, maxLength: OPEN_HOUSE_TITLE_MAX, example: 'Tag der offenen Tür Rems-Murr' })
  @IsString()
  @MinLength(1)
  @MaxLength(OPEN_HOUSE_TITLE_MAX)
  title!: string;

  @ApiProperty({ format: 'date', example: '2027-03-20' })
  @IsDateOnly()
  date!: string;
}

export class OpeningWindowDto {
  @ApiProperty(CLOCK) @isClock() start!: string;
  @ApiProperty({ ...CLOCK, example: '12:00', description: 'Exclusive; after start' }) @isClock() end!: string;
}

export class AddOpenHouseSiteDto {
  @ApiProperty({
    enum: SITE_KINDS,
    description: 'firm: a site of a registered firm; housing: a housing site',
  })
  @IsIn(SITE_KINDS)
  kind!: SiteKindValue;

  @ApiPropertyOptional({ format: 'uuid', description: 'firm: the firm site (company + town + coordinates)' })
  @IsOptional()
  @IsUUID()
  companySiteId?: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'housing: its name (firms: the firm name is used)' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({
    description: 'housing: the town (AGS); coordinates are the town centre’s',
    example: '08119008',
  })
  @IsOptional()
  @Matches(/^\d{8}$/, { message: '$property must be a municipality key of 8 digits' })
  townAgs?: string;

  @ApiProperty({ type: [OpeningWindowDto], minItems: 1, maxItems: 6 })
  @ValidateNested({ each: true })
  @Type(() => OpeningWindowDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  openings!: OpeningWindowDto[];

  @ApiProperty({ minimum: 1, maximum: 200, description: 'Visitors per slot' })
  @IsInt()
  @Min(1)
  @Max(200)
  capacity!: number;

  @ApiProperty({ minimum: 10, maximum: 240, example: 30 })
  @IsInt()
  @Min(10)
  @Max(240)
  slotMinutes!: number;
}

class TravelFields {
  @ApiProperty({ enum: TRAVEL_MODES })
  @IsIn(TRAVEL_MODES)
  travelMode!: TravelMode;

  @ApiProperty({
    minimum: 0.5,
    maximum: 100,
    description: 'Furthest great-circle distance from the start, km',
  })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.5)
  @Max(100)
  radiusKm!: number;

  @ApiProperty({ ...CLOCK, example: '09:00' }) @isClock() availableFrom!: string;
  @ApiProperty({ ...CLOCK, example: '13:00' }) @isClock() availableUntil!: string;

  @ApiProperty({ minimum: 1, maximum: 8, example: 3 })
  @IsInt()
  @Min(1)
  @Max(8)
  maxVisits!: number;
}

export class RegisterOpenHouseDto extends TravelFields {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Candidates: left out (themselves); mentors: an authorised candidate',
  })
  @IsOptional()
  @IsUUID()
  candidateId?: string;

  @ApiPropertyOptional({
    description: 'Start town (AGS); default the home town of the profile',
    example: '08119044',
  })
  @IsOptional()
  @Matches(/^\d{8}$/, { message: '$property must be a municipality key of 8 digits' })
  startTownAgs?: string;

  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() needsInterpreter?: boolean;

  @ApiPropertyOptional({ example: 'ar', description: 'The language the interpreter is needed for' })
  @IsOptional()
  @IsLanguageCode()
  interpreterLanguage?: string;

  @ApiPropertyOptional({
    default: false,
    description: 'Firms visited may see the first name (otherwise only the pseudonym)',
  })
  @IsOptional()
  @IsBoolean()
  showFirstName?: boolean;
}

export class RegisterOpenHouseGroupDto extends TravelFields {
  @ApiProperty({ format: 'uuid', description: 'A housing site of this day: where the group starts' })
  @IsUUID()
  housingSiteId!: string;

  @ApiProperty({ type: [String], minItems: 1, maxItems: OPEN_HOUSE_GROUP_MAX })
  @IsUUID('all', { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(OPEN_HOUSE_GROUP_MAX)
  candidateIds!: string[];

  @ApiPropertyOptional({ minimum: 0, maximum: 5, default: 1, description: 'Mentors and other companions' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(5)
  companions?: number;

  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() needsInterpreter?: boolean;
  @ApiPropertyOptional({ example: 'uk' }) @IsOptional() @IsLanguageCode() interpreterLanguage?: string;
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() showFirstName?: boolean;
}

export const PLAN_EDIT_OPS = ['move', 'add', 'remove'] as const;

export class PlanEditDto {
  @ApiProperty({ enum: PLAN_EDIT_OPS }) @IsIn(PLAN_EDIT_OPS) op!: (typeof PLAN_EDIT_OPS)[number];

  @ApiProperty({ format: 'uuid', description: 'A candidate id (alone) or a group id' })
  @IsUUID()
  party!: string;

  @ApiProperty({ format: 'uuid', description: 'move/remove: the visit’s site; add: the new visit’s site' })
  @IsUUID()
  site!: string;

  @ApiProperty({ ...CLOCK, description: 'move/remove: the visit’s start; add: the new visit’s start' })
  @isClock()
  start!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'move: the new site (default the same)' })
  @IsOptional()
  @IsUUID()
  toSite?: string;

  @ApiPropertyOptional({ ...CLOCK, description: 'move: the new start' })
  @IsOptional()
  @isClock()
  toStart?: string;
}

export class PlanRunDto {
  @ApiPropertyOptional({ minimum: 100, maximum: 4000, default: 1500, description: 'Planner budget, ms' })
  @IsOptional()
  @IsInt()
  @Min(100)
  @Max(4000)
  timeLimitMs?: number;
}

// Responses

export class OpeningWindowResponse {
  @ApiProperty(CLOCK) start!: string;
  @ApiProperty(CLOCK) end!: string;
}

export class OpenHouseSiteResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: SITE_KINDS }) kind!: SiteKindValue;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) companyId!: string | null;
  @ApiProperty() townAgs!: string;
  @ApiProperty() townName!: string;
  @ApiProperty() lat!: number;
  @ApiProperty() lon!: number;
  @ApiProperty({ type: [OpeningWindowResponse] }) openings!: OpeningWindowResponse[];
  @ApiProperty() capacity!: number;
  @ApiProperty() slotMinutes!: number;
}

export class OpenHouseDaySummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty() sites!: number;
  @ApiProperty() registrations!: number;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) plannedAt!: string | null;
}

export class OpenHouseRegistrationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) candidateId!: string;
  @ApiProperty({ type: String, nullable: true }) pseudonym!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Only when the candidate allows it' })
  firstName!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) groupId!: string | null;
  @ApiProperty({ enum: TRAVEL_MODES }) travelMode!: TravelMode;
  @ApiProperty() radiusKm!: number;
  @ApiProperty({ type: String, nullable: true }) startTownName!: string | null;
  @ApiProperty(CLOCK) availableFrom!: string;
  @ApiProperty(CLOCK) availableUntil!: string;
  @ApiProperty() maxVisits!: number;
  @ApiProperty({ type: [String] }) languages!: string[];
  @ApiProperty() needsInterpreter!: boolean;
  @ApiProperty({ type: String, nullable: true }) interpreterLanguage!: string | null;
}

export class OpenHouseGroupResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) housingSiteId!: string;
  @ApiProperty({ type: String, nullable: true }) mentorName!: string | null;
  @ApiProperty() companions!: number;
  @ApiProperty({ type: [String], format: 'uuid' }) candidateIds!: string[];
  @ApiProperty({ enum: TRAVEL_MODES }) travelMode!: TravelMode;
}

export class OpenHouseDayResponse extends OpenHouseDaySummary {
  @ApiProperty({ type: [OpenHouseSiteResponse] }) siteList!: OpenHouseSiteResponse[];
  @ApiProperty({ type: [OpenHouseGroupResponse] }) groups!: OpenHouseGroupResponse[];
}

export class PlannedVisitResponse {
  @ApiProperty({ format: 'uuid' }) site!: string;
  @ApiProperty() siteName!: string;
  @ApiProperty() townName!: string;
  @ApiProperty(CLOCK) start!: string;
  @ApiProperty(CLOCK) end!: string;
  @ApiProperty({ description: 'Match quality of the visit (a group: the sum over its members who fit)' })
  score!: number;
  @ApiProperty({ description: 'Set or moved by hand' }) manual!: boolean;
}

export class PlannedRouteResponse {
  @ApiProperty({ description: 'A candidate id (alone) or a group id' }) party!: string;
  @ApiProperty({ enum: ['candidate', 'group'] }) kind!: 'candidate' | 'group';
  @ApiProperty({ type: [String], description: 'Pseudonyms: the candidate’s, or the group members’' })
  pseudonyms!: string[];
  @ApiProperty({ type: [PlannedVisitResponse] }) visits!: PlannedVisitResponse[];
}

export const CONFLICT_CODES = [
  'unknown_party',
  'unknown_site',
  'duplicate_route',
  'group_split',
  'no_travel',
  'too_many_visits',
  'repeated_site',
  'not_a_slot',
  'outside_opening',
  'outside_availability',
  'overlap',
  'unreachable',
  'beyond_radius',
  'capacity',
] as const;

export class PlanConflictResponse {
  @ApiProperty({ enum: CONFLICT_CODES }) code!: (typeof CONFLICT_CODES)[number];
  @ApiProperty({ type: String, nullable: true }) party!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) site!: string | null;
  @ApiProperty({ type: String, nullable: true, ...CLOCK }) start!: string | null;
  @ApiProperty({ description: 'English detail (the web app builds its own text from the fields)' })
  detail!: string;
  @ApiProperty({ type: Number, nullable: true }) needed!: number | null;
  @ApiProperty({ type: Number, nullable: true }) available!: number | null;
}

export class OpenHousePlanResponse {
  @ApiProperty({ format: 'uuid' }) dayId!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) plannedAt!: string | null;
  @ApiProperty({ description: 'Total match quality of the stored visits' }) score!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Upper bound of the planner run' })
  bound!: number | null;
  @ApiProperty({ type: String, nullable: true }) status!: string | null;
  @ApiProperty({ description: 'Candidates with at least one visit' }) reached!: number;
  @ApiProperty() candidates!: number;
  @ApiProperty({ type: [PlannedRouteResponse] }) routes!: PlannedRouteResponse[];
  @ApiProperty({ type: [PlanConflictResponse], description: 'Every conflict of the stored plan' })
  conflicts!: PlanConflictResponse[];
}

export class SiteVisitorResponse {
  @ApiProperty({ description: 'First name when allowed, else the pseudonym' }) name!: string;
  @ApiProperty({ type: [String] }) languages!: string[];
  @ApiProperty() needsInterpreter!: boolean;
  @ApiProperty({ type: String, nullable: true }) interpreterLanguage!: string | null;
  @ApiProperty({ description: 'Comes with a group' }) inGroup!: boolean;
}

export class SiteSlotResponse {
  @ApiProperty(CLOCK) start!: string;
  @ApiProperty(CLOCK) end!: string;
  @ApiProperty() people!: number;
  @ApiProperty() capacity!: number;
  @ApiProperty({ type: [SiteVisitorResponse] }) visitors!: SiteVisitorResponse[];
}

export class SiteVisitorsResponse {
  @ApiProperty({ type: OpenHouseSiteResponse }) site!: OpenHouseSiteResponse;
  @ApiProperty() dayTitle!: string;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ type: [SiteSlotResponse] }) slots!: SiteSlotResponse[];
}

export class MyRouteQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Mentors: the candidate (candidates: left out)' })
  @IsOptional()
  @IsUUID()
  candidateId?: string;
}

export class CandidateRouteResponse {
  @ApiProperty({ format: 'uuid' }) dayId!: string;
  @ApiProperty() dayTitle!: string;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ type: String, nullable: true }) pseudonym!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'Set when they come with a group',
  })
  groupId!: string | null;
  @ApiProperty({ enum: TRAVEL_MODES }) travelMode!: TravelMode;
  @ApiProperty({ type: [PlannedVisitResponse] }) visits!: PlannedVisitResponse[];
}

export class OpenHouseDayForCandidate {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date' }) date!: string;
}
