import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
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
import { IsDateOnly, IsLanguageCode } from '../../../common/dto-helpers';

export const EVENT_KINDS = ['speed_dating', 'open_house', 'job_fair', 'iba_info'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const EVENT_STATUSES = ['draft', 'open', 'closed', 'held'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
export const REGISTRATION_STATUSES = ['confirmed', 'waiting', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export const REGISTRATION_KINDS = ['firm', 'candidate'] as const;
export type RegistrationKind = (typeof REGISTRATION_KINDS)[number];

export const EVENT_ROUNDS_MAX = 30;
export const EVENT_INTERPRETERS_MAX = 50;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const TIME_MESSAGE = { message: '$property must be a time written HH:MM (00:00–23:59)' };

export class EventInterpreterDto {
  @ApiProperty({ minLength: 1, maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @ApiProperty({
    type: [String],
    description: 'Languages the interpreter bridges to German',
    example: ['ar'],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsLanguageCode({ each: true })
  languages!: string[];

  @ApiProperty({ example: '17:00', description: 'Free from (Europe/Berlin)' })
  @Matches(TIME, TIME_MESSAGE)
  fromTime!: string;

  @ApiProperty({ example: '19:00', description: 'Free until (Europe/Berlin)' })
  @Matches(TIME, TIME_MESSAGE)
  toTime!: string;
}

export class CreateEventDto {
  @ApiProperty({ enum: EVENT_KINDS })
  @IsIn(EVENT_KINDS)
  kind!: EventKind;

  @ApiProperty({ minLength: 1, maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @ApiProperty({ description: 'Municipality key (AGS) of a town of the district', example: '08119079' })
  @Matches(/^\d{8}$/, { message: '$property must be a municipality key of 8 digits' })
  townAgs!: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  venue?: string;

  @ApiProperty({ example: '2027-03-04', description: 'The day of the event (Europe/Berlin)' })
  @IsDateOnly()
  day!: string;

  @ApiProperty({ example: '17:00' })
  @Matches(TIME, TIME_MESSAGE)
  startsAt!: string;

  @ApiProperty({ example: '19:00' })
  @Matches(TIME, TIME_MESSAGE)
  endsAt!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: EVENT_ROUNDS_MAX, description: 'Speed dating: rounds' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(EVENT_ROUNDS_MAX)
  rounds?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 120, description: 'Speed dating: minutes per round' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  roundMinutes?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 60, description: 'Speed dating: minutes between rounds' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  breakMinutes?: number;

  @ApiProperty({ minimum: 1, maximum: 200 })
  @IsInt()
  @Min(1)
  @Max(200)
  firmCapacity!: number;

  @ApiProperty({ minimum: 1, maximum: 1000 })
  @IsInt()
  @Min(1)
  @Max(1000)
  candidateCapacity!: number;

  @ApiPropertyOptional({
    type: [String],
    description: 'Languages offered at the event',
    example: ['de', 'ar'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsLanguageCode({ each: true })
  languages?: string[];

  @ApiPropertyOptional({ type: [EventInterpreterDto], maxItems: EVENT_INTERPRETERS_MAX })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(EVENT_INTERPRETERS_MAX)
  @ValidateNested({ each: true })
  @Type(() => EventInterpreterDto)
  interpreters?: EventInterpreterDto[];

  @ApiPropertyOptional({ example: '2027-02-01' })
  @IsOptional()
  @IsDateOnly()
  registrationOpensOn?: string;

  @ApiPropertyOptional({ example: '2027-03-01' })
  @IsOptional()
  @IsDateOnly()
  registrationClosesOn?: string;
}

export class UpdateEventDto extends PartialType(CreateEventDto) {}

export class EventStatusDto {
  @ApiProperty({ enum: EVENT_STATUSES, description: 'draft → open → closed → held' })
  @IsIn(EVENT_STATUSES)
  status!: EventStatus;
}

export class EventListQuery {
  @ApiPropertyOptional({ enum: EVENT_STATUSES })
  @IsOptional()
  @IsIn(EVENT_STATUSES)
  status?: EventStatus;
}

export class EventRegisterDto {
  @ApiPropertyOptional({ type: [String], description: 'Firms: open offers of the firm it brings' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  offerIds?: string[];

  @ApiPropertyOptional({
    type: [String],
    description:
      'Languages the participant talks in at the event (firms: at the table, default de; candidates: default from the profile). ' +
      'de for a candidate means enough German for a conversation.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsLanguageCode({ each: true })
  languages?: string[];

  @ApiPropertyOptional({ format: 'uuid', description: 'Mentors: the authorised candidate they register' })
  @IsOptional()
  @IsUUID()
  candidateId?: string;

  @ApiPropertyOptional({ description: 'Candidates: firms may see my first name on their table plan' })
  @IsOptional()
  @IsBoolean()
  showFirstName?: boolean;
}

export class EventWishesDto {
  @ApiPropertyOptional({
    type: [String],
    description: 'Candidates and mentors: companies (ids of registered firms) the candidate wants to meet',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  mustMeet?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'Firms: registered candidates (by the name shown, a pseudonym) the firm will not meet',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  mustNot?: string[];
}

export class EventAbsentRoundsDto {
  @ApiProperty({ type: [Number], description: 'Rounds (1-based) the participant is not there' })
  @IsArray()
  @ArrayMaxSize(EVENT_ROUNDS_MAX)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(EVENT_ROUNDS_MAX, { each: true })
  rounds!: number[];
}

export class EventCheckInDto {
  @ApiProperty({ description: 'The short code on the participant’s plan', example: 'K7QM4X' })
  @IsString()
  @MinLength(1)
  @MaxLength(12)
  code!: string;
}

export class EventWalkInDto {
  @ApiProperty({ format: 'uuid', description: 'The candidate registered on the spot' })
  @IsUUID()
  candidateId!: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsLanguageCode({ each: true })
  languages?: string[];
}

export class EventReplanDto {
  @ApiPropertyOptional({
    minimum: 1,
    maximum: EVENT_ROUNDS_MAX + 1,
    description: 'First round (1-based) not yet started; computed from the event times when omitted',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(EVENT_ROUNDS_MAX + 1)
  fromRound?: number;
}

export class EventScheduleImportDto {
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description: 'The schedule: [{firm, candidate, round}] with the ids (codes) of the exported instance',
  })
  @IsArray()
  @ArrayMaxSize(20000)
  meetings!: unknown[];
}

export class EventRegistrationQuery {
  @ApiPropertyOptional({ maxLength: 100, description: 'Name or code (staff check-in search)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

// ---- responses ----

export class EventInterpreterResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [String] }) languages!: string[];
  @ApiProperty() fromTime!: string;
  @ApiProperty() toTime!: string;
}

export class EventRoundTimeResponse {
  @ApiProperty({ description: '1-based' }) round!: number;
  @ApiProperty() startsAt!: string;
  @ApiProperty() endsAt!: string;
}

export class EventResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: EVENT_KINDS }) kind!: EventKind;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty() townAgs!: string;
  @ApiProperty() townName!: string;
  @ApiProperty() venue!: string;
  @ApiProperty() day!: string;
  @ApiProperty() startsAt!: string;
  @ApiProperty() endsAt!: string;
  @ApiProperty({ type: Number, nullable: true }) rounds!: number | null;
  @ApiProperty({ type: Number, nullable: true }) roundMinutes!: number | null;
  @ApiProperty() breakMinutes!: number;
  @ApiProperty() firmCapacity!: number;
  @ApiProperty() candidateCapacity!: number;
  @ApiProperty({ type: [String] }) languages!: string[];
  @ApiProperty({ type: [EventInterpreterResponse], description: 'Staff only; empty for others' })
  interpreters!: EventInterpreterResponse[];
  @ApiProperty({ type: String, nullable: true }) registrationOpensOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) registrationClosesOn!: string | null;
  @ApiProperty({ enum: EVENT_STATUSES }) status!: EventStatus;
  @ApiProperty() firmsConfirmed!: number;
  @ApiProperty() candidatesConfirmed!: number;
  @ApiProperty() firmsWaiting!: number;
  @ApiProperty() candidatesWaiting!: number;
  @ApiProperty({ description: 'Registration is possible now (status open, inside the window)' })
  registrationOpen!: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) schedulePublishedAt!: string | null;
  @ApiProperty({ type: [EventRoundTimeResponse] }) roundTimes!: EventRoundTimeResponse[];
}

export class EventRegistrationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ enum: REGISTRATION_KINDS }) kind!: RegistrationKind;
  @ApiProperty({ enum: REGISTRATION_STATUSES }) status!: RegistrationStatus;
  @ApiProperty({ description: 'Place on the waiting list (1 = next), 0 when not waiting' })
  waitingPosition!: number;
  @ApiProperty({ description: 'Short check-in code, shown on the plan' }) code!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) companyId!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) candidateId!: string | null;
  @ApiProperty({
    description:
      'Firm name, or for candidates the pseudonym (staff, the candidate and mentors: the full name)',
  })
  name!: string;
  @ApiProperty({ type: [String], format: 'uuid' }) offerIds!: string[];
  @ApiProperty({ type: [String] }) languages!: string[];
  @ApiProperty() showFirstName!: boolean;
  @ApiProperty({ type: [String], format: 'uuid', description: 'Companies the candidate wants to meet' })
  mustMeet!: string[];
  @ApiProperty({ type: [String], description: 'Candidates (shown names) the firm will not meet' })
  mustNot!: string[];
  @ApiProperty({ type: [Number], description: '1-based' }) absentRounds!: number[];
  @ApiProperty() walkIn!: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) checkedInAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) noShowAt!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Firms: table number' }) tableNumber!:
    number | null;
}

export class EventFirmResponse {
  @ApiProperty({ format: 'uuid' }) companyId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [String] }) offerTitles!: string[];
}

export class EventCandidateLabelResponse {
  @ApiProperty({ description: 'Pseudonym (or the participant number when there is no profile)' })
  label!: string;
}

export class EventMeetingResponse {
  @ApiProperty({ description: '1-based' }) round!: number;
  @ApiProperty() startsAt!: string;
  @ApiProperty() endsAt!: string;
  @ApiProperty() tableNumber!: number;
  @ApiProperty({ format: 'uuid' }) firmRegistrationId!: string;
  @ApiProperty() firmName!: string;
  @ApiProperty({ format: 'uuid' }) candidateRegistrationId!: string;
  @ApiProperty({ description: 'Pseudonym, or the first name the candidate allowed' }) candidateLabel!: string;
  @ApiProperty() score!: number;
  @ApiProperty({ type: String, nullable: true }) language!: string | null;
  @ApiProperty({ type: String, nullable: true }) interpreterName!: string | null;
}

export class EventScheduleResponse {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ type: [EventMeetingResponse] }) meetings!: EventMeetingResponse[];
  @ApiProperty({ type: Number, nullable: true }) score!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Upper bound on the score' }) bound!:
    number | null;
  @ApiProperty({ type: String, nullable: true }) status!: string | null;
  @ApiProperty({ type: String, nullable: true }) method!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) generatedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) publishedAt!: string | null;
  @ApiProperty({ type: [String], description: 'Pairs left out (no common language, no interpreter)' })
  unreachable!: string[];
  @ApiProperty({ type: [String] }) warnings!: string[];
  @ApiProperty({ type: Number, nullable: true, description: 'Re-plan: published meetings moved' })
  moved!: number | null;
}

export class EventPlanEntryResponse {
  @ApiProperty({ description: '1-based' }) round!: number;
  @ApiProperty() startsAt!: string;
  @ApiProperty() endsAt!: string;
  @ApiProperty() tableNumber!: number;
  @ApiProperty({ description: 'Table plan: the candidate; candidate plan: the firm' }) with!: string;
  @ApiProperty({ type: String, nullable: true }) interpreterName!: string | null;
  @ApiProperty({ type: String, nullable: true }) language!: string | null;
}

export class EventPlanResponse {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty() eventTitle!: string;
  @ApiProperty() day!: string;
  @ApiProperty() venue!: string;
  @ApiProperty({ format: 'uuid' }) registrationId!: string;
  @ApiProperty({ enum: REGISTRATION_KINDS }) kind!: RegistrationKind;
  @ApiProperty({ description: 'Firm name or the candidate’s name as the viewer may see it' }) name!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ type: Number, nullable: true }) tableNumber!: number | null;
  @ApiProperty({ description: 'False while the schedule is not published (participants see no entries)' })
  published!: boolean;
  @ApiProperty({ type: [EventPlanEntryResponse] }) entries!: EventPlanEntryResponse[];
}
