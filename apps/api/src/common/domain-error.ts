import type { FieldErrorCode } from './field-error-code';

/** Error codes every feature may use; features add their own in `<feature>.errors.ts`. */
export const CommonErrorCode = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  MALFORMED_JSON: 'MALFORMED_JSON',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  METHOD_NOT_ALLOWED: 'METHOD_NOT_ALLOWED',
  CONFLICT: 'CONFLICT',
  UNPROCESSABLE: 'UNPROCESSABLE',
  CSRF_TOKEN_INVALID: 'CSRF_TOKEN_INVALID',
  RATE_LIMITED: 'RATE_LIMITED',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL: 'INTERNAL',
} as const;
export type CommonErrorCode = (typeof CommonErrorCode)[keyof typeof CommonErrorCode];

/**
 * Codes of single features, each answered with the HTTP status of a common code. A code is a promise:
 * the web app shows its text by it (libs/i18n `errors.code.*`), and docs/errors.md describes it.
 */
export const FeatureErrorCode = {
  // accounts and admin
  ACCOUNT_EMAIL_TAKEN: 'CONFLICT',
  ACCOUNT_LAST_ADMIN: 'UNPROCESSABLE',
  ACCOUNT_SELF_DISABLE: 'UNPROCESSABLE',
  ACCOUNT_ROLE_NOT_CHANGEABLE: 'UNPROCESSABLE',
  // sign-in, sign-up, password reset
  AUTH_BAD_CREDENTIALS: 'UNAUTHENTICATED',
  AUTH_ACCESS_CODE_INVALID: 'UNAUTHENTICATED',
  AUTH_TOO_MANY_FAILURES: 'RATE_LIMITED',
  AUTH_SIGNUP_LINK_INVALID: 'VALIDATION_FAILED',
  AUTH_RESET_LINK_INVALID: 'VALIDATION_FAILED',
  AUTH_PASSWORD_REJECTED: 'VALIDATION_FAILED',
  // invitations and mentors
  INVITATION_NOT_ALLOWED: 'FORBIDDEN',
  INVITATION_COMPANY_CHOICE: 'VALIDATION_FAILED',
  INVITATION_INVALID: 'NOT_FOUND',
  MENTORSHIP_CANDIDATES_ONLY: 'FORBIDDEN',
  MENTOR_NOT_FOUND: 'NOT_FOUND',
  MENTOR_ALREADY_AUTHORISED: 'CONFLICT',
  // consent and profiles
  CONSENT_TEXT_OUTDATED: 'VALIDATION_FAILED',
  CONSENT_ALREADY_GIVEN: 'CONFLICT',
  CONSENT_NOT_GIVEN: 'NOT_FOUND',
  PROFILE_CONSENT_MISSING: 'UNPROCESSABLE',
  PROFILE_INCOMPLETE: 'UNPROCESSABLE',
  PROFILE_NOT_PUBLISHED: 'UNPROCESSABLE',
  PROFILE_EVIDENCE_NOT_YOURS: 'FORBIDDEN',
  ASSESSMENT_NOT_CONFIRMABLE: 'UNPROCESSABLE',
  // duplicates
  DUPLICATE_SAME_CANDIDATE: 'VALIDATION_FAILED',
  DUPLICATE_PAIR_NOT_FLAGGED: 'CONFLICT',
  MERGE_NOT_RESTORABLE: 'CONFLICT',
  MERGE_IDENTIFIER_TAKEN: 'CONFLICT',
  // companies, offers, job board, job queue
  COMPANY_NOT_YOURS: 'FORBIDDEN',
  COMPANY_SITE_IN_USE: 'CONFLICT',
  JOB_BOARD_CANDIDATE_REQUIRED: 'FORBIDDEN',
  JOB_NOT_RETRYABLE: 'CONFLICT',
  TAXONOMY_LABEL_EXISTS: 'CONFLICT',
  TAXONOMY_LABEL_NOT_EDITABLE: 'CONFLICT',
  TOWN_EXISTS: 'CONFLICT',
  COMPANY_NOT_VERIFIED: 'FORBIDDEN',
  // saved searches
  SAVED_SEARCH_LIMIT_REACHED: 'UNPROCESSABLE',
  // shortlists, contact requests, outcomes (contacts.errors.ts)
  CONTACT_CANDIDATE_NOT_FOUND: 'NOT_FOUND',
  CONTACT_OFFER_NOT_FOUND: 'NOT_FOUND',
  CONTACT_COMPANY_NOT_FOUND: 'NOT_FOUND',
  CONTACT_REQUEST_NOT_FOUND: 'NOT_FOUND',
  SHORTLIST_ENTRY_NOT_FOUND: 'NOT_FOUND',
  CONTACT_REQUEST_OPEN: 'CONFLICT',
  CONTACT_REQUEST_DAILY_CAP: 'RATE_LIMITED',
  CONTACT_REQUEST_NOT_OPEN: 'CONFLICT',
  CONTACT_NOT_ACCEPTED: 'CONFLICT',
  CONTACT_OUTCOME_ORDER: 'UNPROCESSABLE',
  // printouts (print.errors.ts)
  PRINT_RENDERER_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  // open-house days and job fairs (open-house.errors.ts)
  OPEN_HOUSE_DAY_NOT_FOUND: 'NOT_FOUND',
  OPEN_HOUSE_SITE_NOT_FOUND: 'NOT_FOUND',
  OPEN_HOUSE_ALREADY_REGISTERED: 'CONFLICT',
  OPEN_HOUSE_VISIT_NOT_FOUND: 'NOT_FOUND',
  JOB_FAIR_NOT_FOUND: 'NOT_FOUND',
  JOB_FAIR_ALREADY_REGISTERED: 'CONFLICT',
  JOB_FAIR_BOOTH_TAKEN: 'CONFLICT',
  JOB_FAIR_MENTOR_FULL: 'UNPROCESSABLE',
  // events and speed dating (events.errors.ts)
  EVENT_STATUS_TRANSITION: 'CONFLICT',
  EVENT_REGISTRATION_CLOSED: 'UNPROCESSABLE',
  EVENT_ALREADY_REGISTERED: 'CONFLICT',
  EVENT_NOT_SPEED_DATING: 'UNPROCESSABLE',
  EVENT_SCHEDULE_EMPTY: 'UNPROCESSABLE',
  EVENT_SCHEDULE_INFEASIBLE: 'UNPROCESSABLE',
  EVENT_SCHEDULE_INVALID: 'UNPROCESSABLE',
  EVENT_SCHEDULE_MISSING: 'CONFLICT',
  EVENT_SCHEDULE_NOT_PUBLISHED: 'CONFLICT',
  EVENT_SCHEDULE_PUBLISHED: 'CONFLICT',
  EVENT_CODE_NOT_FOUND: 'NOT_FOUND',
  EVENT_HELD: 'CONFLICT',
  EVENT_NOT_IBA_INFO: 'UNPROCESSABLE',
  // printouts (print.errors.ts)
  PRINT_JOB_NOT_READY: 'CONFLICT',
} as const satisfies Record<string, CommonErrorCode>;
export type FeatureErrorCode = keyof typeof FeatureErrorCode;

function isFeatureErrorCode(code: string): code is FeatureErrorCode {
  return Object.prototype.hasOwnProperty.call(FeatureErrorCode, code);
}

export type ErrorCode = CommonErrorCode | FeatureErrorCode;

/** Every code, common ones first: the `ErrorCode` enum of the OpenAPI document. */
export const ERROR_CODES: readonly ErrorCode[] = [
  ...Object.values(CommonErrorCode),
  ...(Object.keys(FeatureErrorCode) as FeatureErrorCode[]),
];

export interface FieldError {
  /** The field at fault, nested fields with dots (`competences.3.code`). */
  field: string;
  /** What is wrong, as a stable code the web app shows a text for (see field-error-code.ts). */
  code: FieldErrorCode;
  /** English explanation for logs and developers; never shown by the web app. */
  message: string;
  /** The length, count or number the field must stay within (TOO_LONG, TOO_SMALL, PASSWORD_TOO_SHORT …). */
  limit?: number;
}

/** The one error shape every endpoint answers with. */
export interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  errors?: FieldError[];
  requestId?: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors?: FieldError[],
  ) {
    super(message);
  }
}

export function statusForCode(code: ErrorCode): number {
  if (isFeatureErrorCode(code)) return statusForCode(FeatureErrorCode[code]);
  switch (code) {
    case 'VALIDATION_FAILED':
    case 'MALFORMED_JSON':
      return 400;
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
    case 'CSRF_TOKEN_INVALID':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'METHOD_NOT_ALLOWED':
      return 405;
    case 'CONFLICT':
      return 409;
    case 'UNPROCESSABLE':
      return 422;
    case 'PAYLOAD_TOO_LARGE':
      return 413;
    case 'RATE_LIMITED':
      return 429;
    case 'SERVICE_UNAVAILABLE':
      return 503;
    case 'INTERNAL':
      return 500;
    default: {
      const unmapped: never = code;
      throw new Error(`unmapped error code ${String(unmapped)}`);
    }
  }
}

export function codeForStatus(status: number): ErrorCode {
  if (status === 400) return 'VALIDATION_FAILED';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 405) return 'METHOD_NOT_ALLOWED';
  if (status === 409) return 'CONFLICT';
  if (status === 422) return 'UNPROCESSABLE';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 503) return 'SERVICE_UNAVAILABLE';
  return 'INTERNAL';
}
