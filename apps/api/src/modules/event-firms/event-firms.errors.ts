/** Messages of the event firms (codes in common/domain-error.ts, texts in libs/i18n errorCodes). */
export const EventFirmsMessage = {
  NOT_IBA_INFO: 'Firms entered on the spot belong to employer information events.',
  FIRM_NOT_FOUND: 'No such firm at this event.',
  NOT_STAFF: 'Only staff print match lists for an event.',
} as const;
