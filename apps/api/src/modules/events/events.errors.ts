/** Messages of the events feature (codes in common/domain-error.ts, texts in libs/i18n errorCodes). */
export const EventsMessage = {
  NOT_FOUND: 'No such event, or it is not visible to you.',
  REGISTRATION_NOT_FOUND: 'No such registration, or it is not yours.',
  STATUS_TRANSITION: 'The event cannot change to this status from its current one.',
  REGISTRATION_CLOSED: 'Registration for this event is not open.',
  ALREADY_REGISTERED: 'Already registered for this event.',
  NOT_SPEED_DATING: 'Only speed-dating events have a schedule.',
  SCHEDULE_EMPTY: 'A schedule needs at least one firm and one candidate who are confirmed and there.',
  SCHEDULE_INFEASIBLE: 'The must-meet wishes cannot all be met.',
  SCHEDULE_INVALID: 'The schedule breaks the rules of the event.',
  SCHEDULE_MISSING: 'The event has no schedule yet.',
  SCHEDULE_NOT_PUBLISHED: 'The schedule is not published yet.',
  SCHEDULE_PUBLISHED: 'The schedule is published; re-plan it instead.',
  CODE_NOT_FOUND: 'No participant of this event has this code.',
  EVENT_LOCKED: 'The event has been held and cannot change.',
} as const;
