/**
 * Stable codes of single field errors (`errors[].code` of a 400). The web app shows its texts by
 * these codes (libs/i18n `fieldErrors.*`), never by the English `message`; docs/errors.md lists them.
 * A code, once published, keeps its meaning.
 */
export const FIELD_ERROR_CODES = [
  /** Missing, null or empty where a value is needed. */
  'REQUIRED',
  /** Text shorter than `limit` characters. */
  'TOO_SHORT',
  /** Text longer than `limit` characters. */
  'TOO_LONG',
  /** A list with fewer than `limit` entries. */
  'TOO_FEW',
  /** A list with more than `limit` entries. */
  'TOO_MANY',
  /** A number below `limit`. */
  'TOO_SMALL',
  /** A number above `limit`. */
  'TOO_LARGE',
  'NOT_A_STRING',
  'NOT_A_NUMBER',
  'NOT_AN_INTEGER',
  'NOT_A_BOOLEAN',
  'NOT_A_LIST',
  'NOT_AN_OBJECT',
  /** Not a real calendar date (YYYY-MM-DD) or timestamp. */
  'NOT_A_DATE',
  'NOT_AN_EMAIL',
  'NOT_A_URL',
  /** Not an id (UUID). */
  'NOT_AN_ID',
  /** Does not have the expected form (postal code, municipality key, language code …). */
  'BAD_FORMAT',
  /** Not one of the values the field allows. */
  'NOT_ALLOWED',
  /** The request names a field the endpoint does not know. */
  'UNKNOWN_FIELD',
  /** A date that lies in the future where only past dates make sense. */
  'DATE_IN_FUTURE',
  /** A date before another one it must follow (closing date before the start). */
  'DATE_ORDER',
  /** An occupation or competence code the taxonomy does not know. */
  'UNKNOWN_CODE',
  /** A municipality key (AGS) that is not a town of the district. */
  'UNKNOWN_TOWN',
  /** The same entry twice in one list. */
  'DUPLICATE',
  /** Something that does not exist or that the caller may not use here (a site of another firm, an evidence id). */
  'NOT_FOUND',
  /** The entry is not in a state that allows this (a job that is not failed, a profile not published). */
  'WRONG_STATE',
  /** Already used by another account (an e-mail, a login name). */
  'TAKEN',
  /** The firm waits for its check by IBA staff or a coordinator. */
  'AWAITING_CHECK',
  /** The check of the firm was refused. */
  'CHECK_REFUSED',
  /** A link or token that is invalid, used or expired. */
  'LINK_INVALID',
  /** A version or text that is no longer current (an older consent text). */
  'OUTDATED',
  /** Values that contradict each other (the same entry as keep and remove). */
  'CONFLICTING',
  /** A NUL character, too deep nesting or too many values. */
  'UNSAFE_INPUT',
  /** A file that is missing, empty, not text or too long. */
  'BAD_FILE',
  /** Needed before the step can be taken (consent, a completed profile section). */
  'MISSING_FOR_STEP',
  /** The caller may not change this (own account, a role fixed by sign-up). */
  'NOT_CHANGEABLE',
  'PASSWORD_TOO_SHORT',
  'PASSWORD_TOO_LONG',
  'PASSWORD_COMMON',
  'PASSWORD_REPEATED',
  'PASSWORD_CONTAINS_EMAIL',
  /** A refusal no more specific code describes; the `message` says what is wrong. */
  'INVALID',
] as const;

export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/**
 * The field code of each class-validator constraint name the DTOs use (built-in decorators and
 * this project's `registerDecorator` ones). A constraint missing here answers `INVALID`; a unit
 * test reads class-validator's metadata storage and fails when a DTO uses an unmapped one.
 */
export const CONSTRAINT_FIELD_CODES: Readonly<Record<string, FieldErrorCode>> = {
  isDefined: 'REQUIRED',
  isNotEmpty: 'REQUIRED',
  arrayNotEmpty: 'REQUIRED',
  minLength: 'TOO_SHORT',
  maxLength: 'TOO_LONG',
  isLength: 'TOO_LONG',
  arrayMinSize: 'TOO_FEW',
  arrayMaxSize: 'TOO_MANY',
  arrayUnique: 'DUPLICATE',
  min: 'TOO_SMALL',
  max: 'TOO_LARGE',
  isString: 'NOT_A_STRING',
  isNumber: 'NOT_A_NUMBER',
  isNumberString: 'NOT_A_NUMBER',
  isInt: 'NOT_AN_INTEGER',
  isPositive: 'TOO_SMALL',
  isBoolean: 'NOT_A_BOOLEAN',
  isArray: 'NOT_A_LIST',
  isObject: 'NOT_AN_OBJECT',
  nestedValidation: 'NOT_AN_OBJECT',
  isDateString: 'NOT_A_DATE',
  isIso8601: 'NOT_A_DATE',
  isDate: 'NOT_A_DATE',
  isPastOrTodayDate: 'DATE_IN_FUTURE',
  isEmail: 'NOT_AN_EMAIL',
  isUrl: 'NOT_A_URL',
  isUuid: 'NOT_AN_ID',
  matches: 'BAD_FORMAT',
  isIn: 'NOT_ALLOWED',
  isEnum: 'NOT_ALLOWED',
  equals: 'NOT_ALLOWED',
  whitelistValidation: 'UNKNOWN_FIELD',
};

/** Constraints whose first argument is the limit the message names (max length, minimum …). */
const LIMITED = new Set(['minLength', 'maxLength', 'arrayMinSize', 'arrayMaxSize', 'min', 'max']);

/** Constraint names that are not rules of their own (`@IsOptional`, `@ValidateIf`, `@Allow`). */
export const NON_RULE_CONSTRAINTS: ReadonlySet<string> = new Set(['conditionalValidation', 'allow']);

export function fieldCodeOfConstraint(constraint: string): FieldErrorCode {
  return Object.prototype.hasOwnProperty.call(CONSTRAINT_FIELD_CODES, constraint)
    ? CONSTRAINT_FIELD_CODES[constraint]!
    : 'INVALID';
}

export function constraintHasLimit(constraint: string): boolean {
  return LIMITED.has(constraint);
}
