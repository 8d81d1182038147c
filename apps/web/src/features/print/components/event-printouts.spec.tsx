import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, mockApi } from '../../../testing/api-mock';
import { renderApp } from '../../../testing/render-app';
import { createAccount, createSession, rememberSession } from '../../../testing/session-factories';
import { createHit, createSearchResult } from '../../../testing/taxonomy-factories';

const EVENT_ID = '7e1c7e4e-0000-4000-8000-000000000001';
const EVENT = {
  id: EVENT_ID,
  kind: 'iba_info',
  title: 'Infotag Arbeitgeber',
  description: '',
  townAgs: '08119079',
  townName: 'Waiblingen',
  venue: 'Landratsamt',
  day: '2026-12-15',
  startsAt: '10:00',
  endsAt: '13:00',
  rounds: null,
  roundMinutes: null,
  breakMinutes: 0,
  firmCapacity: 20,
  candidateCapacity: 50,
  languages: ['de'],
  interpreters: [],
  registrationOpensOn: null,
  registrationClosesOn: null,
  status: 'open',
  firmsConfirmed: 1,
  candidatesConfirmed: 0,
  firmsWaiting: 0,
  candidatesWaiting: 0,
  scheduleScore: null,
  scheduleBound: null,
  scheduleGeneratedAt: null,
  schedulePublishedAt: null,
  roundTimes: [],
};
const FIRM = {
  id: '7e1c7e4e-0000-4000-8000-0000000000f1',
  source: 'registered',
  companyId: '5a1c7e4e-0000-4000-8000-000000000001',
  name: 'Metallbau Größle',
  townName: null,
  offerKind: null,
  offerTitles: ['Helfer/in Montage'],
  occupations: [],
  competences: [],
};

function job(status: string, done: number, total: number) {
  return {
    id: '7e1c7e4e-0000-4000-8000-0000000000a1',
    eventId: EVENT_ID,
    kind: 'event_match_lists',
    status,
    done,
    total,
    requestedBy: 'Petra Größer',
    lang: 'de',
    top: 10,
    bytes: status === 'done' ? 40_000 : null,
    error: null,
    errorCode: null,
    createdAt: '2026-12-01T10:00:00.000Z',
    finishedAt: status === 'done' ? '2026-12-01T10:00:05.000Z' : null,
    expiresAt: '2026-12-08T10:00:00.000Z',
  };
}

function signIn(handlers: Parameters<typeof mockApi>[0] = {}) {
  rememberSession();
  const account = createAccount({ role: 'iba_staff', preferredLanguage: 'de' });
  return mockApi({
    '/api/auth/me': () => account,
    '/api/auth/refresh': () => createSession(account),
    [`/api/events/${EVENT_ID}`]: () => EVENT,
    [`/api/events/${EVENT_ID}/match-firms`]: () => [FIRM],
    [`/api/print/events/${EVENT_ID}/jobs`]: () => [],
    '/api/towns': () => [{ ags: '08119079', name: 'Waiblingen' }],
    ...handlers,
  });
}

describe('event printouts', () => {
  const createObjectURL = vi.fn(() => 'blob:printout');
  beforeEach(() => {
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    createObjectURL.mockClear();
  });
  afterEach(() => window.localStorage.clear());

  it('lists the event’s firms with a match list each', async () => {
    signIn();
    renderApp({ language: 'de', path: `/events/${EVENT_ID}/printouts` });
    expect(await screen.findByRole('button', { name: 'Trefferliste als PDF: Metallbau Größle' })).toBeInTheDocument();
    expect(screen.getByText('Helfer/in Montage')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Firma vor Ort eintragen' })).toBeInTheDocument();
  });

  it('names the missing fields of a firm entered on the spot, focuses the first, and sends nothing', async () => {
    const api = signIn();
    const { user } = renderApp({ language: 'de', path: `/events/${EVENT_ID}/printouts` });
    await user.click(await screen.findByRole('button', { name: 'Eintragen' }));
    const name = screen.getByRole('textbox', { name: /Name der Firma/ });
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getAllByText('Bitte ausfüllen.')).toHaveLength(3);
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('sends the firm with the picked occupation and shows the server’s field error at the field it names', async () => {
    const welder = createHit({
      code: 'http://data.europa.eu/esco/occupation/welder',
      labels: { de: { text: 'Schweißer/Schweißerin', source: 'esco' } },
    });
    const api = signIn({
      '/api/taxonomy/occupations': (url) => createSearchResult(url.searchParams.get('q') ?? '', [welder]),
      [`/api/events/${EVENT_ID}/guest-firms`]: () =>
        apiError(400, 'VALIDATION_FAILED', [{ field: 'townAgs', code: 'UNKNOWN_CODE', message: 'not a town' }]),
    });
    const { user } = renderApp({ language: 'de', path: `/events/${EVENT_ID}/printouts` });
    await user.type(await screen.findByRole('textbox', { name: /Name der Firma/ }), 'Schreinerei Öztürk');
    const town = screen.getByRole('combobox', { name: /Ort der Arbeit/ });
    await user.selectOptions(town, '08119079');
    await user.click(screen.getByRole('combobox', { name: /^Beruf/ }));
    await user.paste('Schweißer');
    await user.click(await screen.findByRole('option', { name: 'Schweißer/Schweißerin' }));
    await user.click(screen.getByRole('button', { name: 'Eintragen' }));
    expect(await screen.findByText('Dieser Eintrag ist unbekannt. Bitte wählen Sie ihn neu aus der Liste.')).toBeInTheDocument();
    await waitFor(() => expect(town).toHaveFocus());
    const sent = api.calls.find((c) => c.method === 'POST' && c.url.pathname.endsWith('/guest-firms'));
    expect(sent?.body).toEqual({
      name: 'Schreinerei Öztürk',
      townAgs: '08119079',
      offerKind: 'job',
      occupationCodes: [welder.code],
      competenceCodes: [],
    });
  });

  it('follows a batch until it is ready, then downloads it', async () => {
    let polls = 0;
    signIn({
      [`/api/print/events/${EVENT_ID}/jobs`]: () => {
        polls += 1;
        return [polls < 2 ? job('running', 1, 3) : job('done', 3, 3)];
      },
      [`/api/print/jobs/${job('done', 3, 3).id}/file.pdf`]: () => '%PDF-1.4',
    });
    const { user } = renderApp({ language: 'de', path: `/events/${EVENT_ID}/printouts` });
    expect(await screen.findByText('1 von 3 Schritten')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Fortschritt: Trefferlisten aller Firmen' })).toBeInTheDocument();
    const download = await screen.findByRole(
      'button',
      { name: 'Trefferlisten aller Firmen herunterladen' },
      { timeout: 4000 },
    );
    await user.click(download);
    await waitFor(() => expect(createObjectURL).toHaveBeenCalledTimes(1));
  });
});
