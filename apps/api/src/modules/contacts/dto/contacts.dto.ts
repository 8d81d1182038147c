import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { IsDateOnly } from '../../../common/dto-helpers';
import { PageQuery } from '../../../common/page.query';
import { PseudonymousProfileResponse } from '../../profiles/dto/profile.response';

export const SHORTLIST_NOTE_MAX = 1000;
export const CONTACT_MESSAGE_MAX = 2000;
export const BROKER_COMMENT_MAX = 1000;
/** Pseudonyms are short codes such as "K7Q2M9"; anything longer is not one. */
export const PSEUDONYM_MAX = 20;

export const DECLINE_REASONS = [
  'not_interested',
  'found_work',
  'too_far',
  'not_now',
  'offer_not_suitable',
  'other',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export const OUTCOME_STAGES = [
  'talk',
  'trial',
  'apprenticeship_contract',
  'employment_contract',
  'ended',
] as const;
export type OutcomeStage = (typeof OUTCOME_STAGES)[number];

export const ENDED_REASONS = [
  'hired_elsewhere',
  'candidate_withdrew',
  'firm_withdrew',
  'not_suitable',
  'completed',
  'other',
] as const;
export type EndedReason = (typeof ENDED_REASONS)[number];

/** What the firm sees as a request's state (a block shows as `declined`, without a reason). */
export const EMPLOYER_REQUEST_STATUSES = [
  'awaiting_broker',
  'returned',
  'open',
  'accepted',
  'declined',
  'expired',
] as const;
/** What the candidate and mentors see. */
export const INBOX_REQUEST_STATUSES = ['open', 'accepted', 'declined', 'blocked', 'expired'] as const;

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const emptyToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? null : typeof value === 'string' ? value.trim() : value;

// ---------- shortlist ----------

export class AddShortlistEntryDto {
  @ApiProperty({ description: 'The candidate’s pseudonym', example: 'K7Q2M9', maxLength: PSEUDONYM_MAX })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(PSEUDONYM_MAX)
  pseudonym!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'One of the firm’s own offers; leave out for the firm’s general shortlist',
  })
  @IsOptional()
  @IsUUID('all')
  offerId?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    maxLength: SHORTLIST_NOTE_MAX,
    description: 'Private note of the firm',
  })
  @Transform(emptyToNull)
  @IsOptional()
  @IsString()
  @MaxLength(SHORTLIST_NOTE_MAX)
  note?: string | null;
}

export class UpdateShortlistEntryDto {
  @ApiProperty({
    nullable: true,
    type: String,
    maxLength: SHORTLIST_NOTE_MAX,
    description: 'Private note; empty removes it',
  })
  @Transform(emptyToNull)
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @MaxLength(SHORTLIST_NOTE_MAX)
  note!: string | null;
}

export class ShortlistQuery {
  @ApiPropertyOptional({
    description: 'An offer id: that offer’s list; `general`: the firm’s general list; left out: every entry',
  })
  @IsOptional()
  @ValidateIf((_o, v) => v !== 'general')
  @IsUUID('all', { message: 'offer must be an offer id or "general"' })
  offer?: string;
}

export class ShortlistEntryResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  offerId!: string | null;

  @ApiProperty({ nullable: true, type: String })
  offerTitle!: string | null;

  @ApiProperty({ nullable: true, type: String })
  note!: string | null;

  @ApiProperty({ format: 'date-time' })
  addedAt!: string;

  @ApiProperty({ type: PseudonymousProfileResponse, description: 'The pseudonymous profile, never a name' })
  profile!: PseudonymousProfileResponse;

  @ApiProperty({
    enum: EMPLOYER_REQUEST_STATUSES,
    nullable: true,
    description: 'State of the firm’s latest contact request to this candidate, if any',
  })
  requestStatus!: (typeof EMPLOYER_REQUEST_STATUSES)[number] | null;
}

export class ShortlistResponse {
  @ApiProperty({ type: [ShortlistEntryResponse] })
  items!: ShortlistEntryResponse[];
}

// ---------- contact requests ----------

export class SendContactRequestDto {
  @ApiProperty({ description: 'The candidate’s pseudonym', example: 'K7Q2M9', maxLength: PSEUDONYM_MAX })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(PSEUDONYM_MAX)
  pseudonym!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description:
      'The firm’s own offer the request is about; optional (a request from the general shortlist names none)',
  })
  @IsOptional()
  @IsUUID('all')
  offerId?: string | null;

  @ApiProperty({
    description: 'The firm’s message, stored and mailed as written',
    minLength: 1,
    maxLength: CONTACT_MESSAGE_MAX,
  })
  @IsString()
  @MaxLength(CONTACT_MESSAGE_MAX)
  @Matches(/\S/, { message: 'message must not be blank' })
  message!: string;
}

/** IBA staff send for a firm: the firm's fields (`offerId` then is one of that firm's offers) plus which firm. */
export class SendOnBehalfContactRequestDto extends SendContactRequestDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The firm the request is sent for; it must be checked (verified)',
  })
  @IsUUID('all')
  companyId!: string;
}

export class OnBehalfFirmsQuery {
  @ApiPropertyOptional({ maxLength: 100, description: 'Part of the firm’s name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class OnBehalfFirmResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;
}

export class OnBehalfFirmsResponse {
  @ApiProperty({ type: [OnBehalfFirmResponse], description: 'Checked firms by name, at most 1,000' })
  items!: OnBehalfFirmResponse[];
}

export class AcceptContactRequestDto {
  @ApiProperty({
    description: 'Share the candidate’s e-mail address with the firm (the name is always shared)',
  })
  @IsBoolean()
  shareEmail!: boolean;

  @ApiProperty({ description: 'Share the candidate’s phone number with the firm' })
  @IsBoolean()
  sharePhone!: boolean;
}

export class DeclineContactRequestDto {
  @ApiProperty({ enum: DECLINE_REASONS })
  @IsIn(DECLINE_REASONS)
  reason!: DeclineReason;
}

export class ReturnContactRequestDto {
  @ApiProperty({
    description: 'Why IBA staff return the request to the firm',
    minLength: 1,
    maxLength: BROKER_COMMENT_MAX,
  })
  @IsString()
  @MaxLength(BROKER_COMMENT_MAX)
  @Matches(/\S/, { message: 'comment must not be blank' })
  comment!: string;
}

export class RecordOutcomeDto {
  @ApiProperty({ enum: OUTCOME_STAGES })
  @IsIn(OUTCOME_STAGES)
  stage!: OutcomeStage;

  @ApiProperty({ format: 'date', example: '2026-12-01', description: 'When the stage happened (YYYY-MM-DD)' })
  @IsDateOnly()
  occurredOn!: string;

  @ApiPropertyOptional({
    enum: ENDED_REASONS,
    nullable: true,
    description: 'Required for `ended`, else not allowed',
  })
  @ValidateIf(
    (o: RecordOutcomeDto) => o.stage === 'ended' || (o.endedReason !== undefined && o.endedReason !== null),
  )
  @IsIn(ENDED_REASONS)
  endedReason?: EndedReason | null;
}

export class SentRequestsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: EMPLOYER_REQUEST_STATUSES })
  @IsOptional()
  @IsIn(EMPLOYER_REQUEST_STATUSES)
  status?: (typeof EMPLOYER_REQUEST_STATUSES)[number];
}

export class InboxQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Mentors: only this candidate’s requests' })
  @IsOptional()
  @IsUUID('all')
  candidateId?: string;
}

export class OutcomeResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: OUTCOME_STAGES })
  stage!: OutcomeStage;

  @ApiProperty({ format: 'date' })
  occurredOn!: string;

  @ApiProperty({ enum: ENDED_REASONS, nullable: true })
  endedReason!: EndedReason | null;

  @ApiProperty({ description: 'Role of who recorded it: employer, mentor or iba_staff' })
  recordedByRole!: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;
}

export class SharedContactResponse {
  @ApiProperty()
  givenName!: string;

  @ApiProperty()
  familyName!: string;

  @ApiProperty({ nullable: true, type: String, description: 'Only when the candidate chose to share it' })
  email!: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'Only when the candidate chose to share it' })
  phone!: string | null;
}

/** A request as the sending firm sees it: pseudonymous until accepted. */
export class SentContactRequestResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  pseudonym!: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  offerId!: string | null;

  @ApiProperty({ nullable: true, type: String })
  offerTitle!: string | null;

  @ApiProperty()
  message!: string;

  @ApiProperty({ enum: EMPLOYER_REQUEST_STATUSES })
  status!: (typeof EMPLOYER_REQUEST_STATUSES)[number];

  @ApiProperty({ enum: DECLINE_REASONS, nullable: true })
  declineReason!: DeclineReason | null;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'IBA staff’s comment when they returned the request',
  })
  brokerComment!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  expiresAt!: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  answeredAt!: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    description:
      'Set when IBA staff sent the request on the firm’s behalf: the staff member’s name (empty if their account is gone); null when the firm sent it',
  })
  sentByStaffName!: string | null;

  @ApiProperty({
    type: SharedContactResponse,
    nullable: true,
    description:
      'Name and the contact data the candidate chose to share; only once accepted (each read is logged)',
  })
  contact!: SharedContactResponse | null;

  @ApiProperty({ type: [OutcomeResponse] })
  outcomes!: OutcomeResponse[];
}

export class SentContactRequestsResponse {
  @ApiProperty()
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  pageSize!: number;

  @ApiProperty({ type: [SentContactRequestResponse] })
  items!: SentContactRequestResponse[];
}

/** A request as the candidate and their authorised mentors see it. */
export class InboxContactRequestResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  candidateId!: string;

  @ApiProperty({ description: 'The candidate’s name (mentors act for several candidates)' })
  candidateName!: string;

  @ApiProperty()
  companyName!: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  offerId!: string | null;

  @ApiProperty({ nullable: true, type: String })
  offerTitle!: string | null;

  @ApiProperty({ description: 'The firm’s message as written' })
  message!: string;

  @ApiProperty({ enum: INBOX_REQUEST_STATUSES })
  status!: (typeof INBOX_REQUEST_STATUSES)[number];

  @ApiProperty({ enum: DECLINE_REASONS, nullable: true })
  declineReason!: DeclineReason | null;

  @ApiProperty()
  shareEmail!: boolean;

  @ApiProperty()
  sharePhone!: boolean;

  @ApiProperty({ format: 'date-time', description: 'When it reached the candidate' })
  receivedAt!: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  expiresAt!: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  answeredAt!: string | null;

  @ApiProperty({ type: [OutcomeResponse] })
  outcomes!: OutcomeResponse[];
}

export class InboxResponse {
  @ApiProperty({ type: [InboxContactRequestResponse] })
  items!: InboxContactRequestResponse[];
}

/** A request waiting in IBA staff's brokering queue (pseudonymous). */
export class QueuedContactRequestResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  pseudonym!: string;

  @ApiProperty({ format: 'uuid' })
  companyId!: string;

  @ApiProperty()
  companyName!: string;

  @ApiProperty({ nullable: true, type: String })
  offerTitle!: string | null;

  @ApiProperty()
  message!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

/** An accepted contact as IBA staff see it, to record its outcomes (pseudonymous). */
export class StaffContactResponse extends QueuedContactRequestResponse {
  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  answeredAt!: string | null;

  @ApiProperty({ type: [OutcomeResponse] })
  outcomes!: OutcomeResponse[];
}

export class StaffContactsResponse {
  @ApiProperty({ type: [StaffContactResponse] })
  items!: StaffContactResponse[];
}

export class BrokerQueueResponse {
  @ApiProperty({ type: [QueuedContactRequestResponse] })
  items!: QueuedContactRequestResponse[];
}

export class OutcomesResponse {
  @ApiProperty({ type: [OutcomeResponse] })
  items!: OutcomeResponse[];
}

export class ContactSettingsResponse {
  @ApiProperty({
    description: 'Brokered contact: IBA staff see each new request first and pass it on or return it',
  })
  brokered!: boolean;

  @ApiProperty({ description: 'Days a request stays open for an answer' })
  expiryDays!: number;

  @ApiProperty({ description: 'Requests one firm may send per day' })
  requestsPerFirmPerDay!: number;
}

export class UpdateContactSettingsDto {
  @ApiProperty()
  @IsBoolean()
  brokered!: boolean;
}
