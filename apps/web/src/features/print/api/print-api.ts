import type { UiLanguage } from '@passgenau/domain';
import { api, unwrap } from '../../../lib/api';

/** What to print; the API checks who may (the same rules as on screen) and logs the printout. */
export type PrintTarget =
  | { kind: 'companyMatches'; companyId: string }
  | { kind: 'offerMatches'; offerId: string }
  | { kind: 'pseudonymousProfile'; pseudonym: string }
  | { kind: 'fullProfile'; candidateId: string }
  | { kind: 'eventEverything'; eventId: string }
  | { kind: 'eventFirmMatches'; eventId: string; firmId: string };

const asBlob = { parseAs: 'blob' } as const;

/** The PDF of a printout in the reader's language (GET /api/print/…). */
export async function fetchPrintout(target: PrintTarget, lang: UiLanguage): Promise<Blob> {
  switch (target.kind) {
    case 'companyMatches':
      return unwrap(
        api.GET('/api/print/companies/{id}/matches.pdf', {
          params: { path: { id: target.companyId }, query: { lang } },
          ...asBlob,
        }),
      ) as Promise<Blob>;
    case 'offerMatches':
      return unwrap(
        api.GET('/api/print/offers/{id}/matches.pdf', {
          params: { path: { id: target.offerId }, query: { lang } },
          ...asBlob,
        }),
      ) as Promise<Blob>;
    case 'pseudonymousProfile':
      return unwrap(
        api.GET('/api/print/profiles/{pseudonym}.pdf', {
          params: { path: { pseudonym: target.pseudonym }, query: { lang } },
          ...asBlob,
        }),
      ) as Promise<Blob>;
    case 'eventEverything':
      return unwrap(
        api.GET('/api/print/events/{id}/everything.pdf', {
          params: { path: { id: target.eventId }, query: { lang } },
          ...asBlob,
        }),
      ) as Promise<Blob>;
    case 'eventFirmMatches':
      return unwrap(
        api.GET('/api/print/events/{id}/firms/{firmId}/matches.pdf', {
          params: { path: { id: target.eventId, firmId: target.firmId }, query: { lang } },
          ...asBlob,
        }),
      ) as Promise<Blob>;
    case 'fullProfile':
      return unwrap(
        api.GET('/api/print/candidates/{id}/profile.pdf', {
          params: { path: { id: target.candidateId }, query: { lang } },
          ...asBlob,
        }),
      ) as Promise<Blob>;
  }
}

/** A file name that says what it is and never holds a person's name. */
export function printoutFileName(target: PrintTarget): string {
  switch (target.kind) {
    case 'companyMatches':
      return `passgenau-matches-${target.companyId.slice(0, 8)}.pdf`;
    case 'offerMatches':
      return `passgenau-offer-matches-${target.offerId.slice(0, 8)}.pdf`;
    case 'pseudonymousProfile':
      return `passgenau-profile-${target.pseudonym.replace(/[^A-Za-z0-9-]/g, '')}.pdf`;
    case 'fullProfile':
      return 'passgenau-competence-pass.pdf';
    case 'eventEverything':
      return `passgenau-event-${target.eventId.slice(0, 8)}.pdf`;
    case 'eventFirmMatches':
      return `passgenau-event-matches-${target.firmId.slice(0, 8)}.pdf`;
  }
}
