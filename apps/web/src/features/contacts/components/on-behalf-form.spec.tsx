import type { Schemas } from '@passgenau/api-client';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { apiError, mockApi, type MockHandler } from '../../../testing/api-mock';
import { renderApp } from '../../../testing/render-app';
import { createAccount, createSession, rememberSession } from '../../../testing/session-factories';

const PSEUDONYM = 'K-7F3Q';
const FIRM_A = { id: '5a1c7e4e-0000-4000-8000-00000000000a', name: 'Metallbau Remstal GmbH' };
const FIRM_B = { id: '5a1c7e4e-0000-4000-8000-00000000000b', name: 'Bäckerei Groß' };
const OFFER = '7b2d8f5f-0000-4000-8000-000000000001';

const PROFILE: Schemas['PseudonymousProfileResponse'] = {
  pseudonym: PSEUDONYM,
  languages: [{ language: 'de', overall: 'B1' } as Schemas['LanguageSkillResponse']],
  germanCertificates: [],
  mathsLevel: null,
  computerLevel: null,
  competences: [],
  schooling: { years: 10, country: 'UA', level: 'lower_secondary' },
  education: [],
  experience: [],
  texts: [],
  wishes: { occupations: [], kinds: ['apprenticeship'], hoursPerWeek: null, earliestStart: null },
  homeTownName: 'Waiblingen',
  travelKm: 20,
  travelMinutes: null,
  drivingLicences: [],
  mayWork: 'yes',
  completenessPercent: 80,
};

function sentReply(body: { companyId: string; offerId?: string | null; message: string }, status = 'open') {
  return {
    status: 201,
    body: {
      id: '9c3e0a6b-0000-4000-8000-000000000001',
      pseudonym: PSEUDONYM,
      offerId: body.offerId ?? null,
      offerTitle: null,
      message: body.message,
      status,
      declineReason: null,
      brokerComment: null,
      createdAt: '2026-12-02T10:00:00.000Z',
      expiresAt: null,
      answeredAt: null,
      sentByStaffName: 'Test iba_staff',
      contact: null,
      outcomes: [],
    },
  };
}

function signIn(
  role: 'iba_staff' | 'employer',
  handlers: Record<string, MockHandler> = {},
  language: 'de' | 'ar' = 'de',
) {
  rememberSession();
  const account = createAccount({ role, preferredLanguage: language });
  return mockApi({
    '/api/auth/me': () => account,
    '/api/auth/refresh': () => createSession(account),
    [`/api/profiles/${PSEUDONYM}`]: () => PROFILE,
    '/api/contact-requests/on-behalf/firms': () => ({ items: [FIRM_A, FIRM_B] }),
    '/api/offers': (url) => ({
      total: 1,
      page: 1,
      pageSize: 100,
      items:
        url.searchParams.get('companyId') === FIRM_A.id
          ? [{ id: OFFER, title: 'Ausbildung Metallbauer/in', status: 'open' }]
          : [],
    }),
    ...handlers,
  });
}

describe('contact request on a firm’s behalf (IBA staff, pseudonymous profile)', () => {
  afterEach(() => window.localStorage.clear());

  it('takes the firm from ?firm=, lists its open offers and sends the message as written', async () => {
    const api = signIn('iba_staff', {
      '/api/contact-requests/on-behalf': (_url, request) =>
        sentReply(request.body as { companyId: string; offerId: string | null; message: string }),
    });
    const { user } = renderApp({ path: `/profiles/${PSEUDONYM}?firm=${FIRM_A.id.toUpperCase()}` });
    expect(
      await screen.findByRole('heading', { name: 'Kontaktanfrage im Namen einer Firma senden' }),
    ).toBeInTheDocument();
    const firm = screen.getByRole('combobox', { name: /^Firma/ });
    await waitFor(() => expect(firm).toHaveValue(FIRM_A.name));
    await waitFor(() =>
      expect(
        api.requests.some((u) => u.pathname === '/api/offers' && u.searchParams.get('status') === 'open'),
      ).toBe(true),
    );
    await user.click(screen.getByRole('combobox', { name: /^Angebot der Firma/ }));
    await user.click(await screen.findByRole('option', { name: 'Ausbildung Metallbauer/in' }));
    const message = 'Guten Tag,\n  bis bald.';
    await user.click(screen.getByRole('textbox', { name: /^Nachricht der Firma/ }));
    await user.paste(message);
    await user.click(screen.getByRole('button', { name: 'Im Namen der Firma senden' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Die Anfrage ist im Namen von Metallbau Remstal GmbH gesendet.',
    );
    const sent = api.calls.find((c) => c.url.pathname === '/api/contact-requests/on-behalf');
    expect(sent?.method).toBe('POST');
    expect(sent?.body).toEqual({ companyId: FIRM_A.id, pseudonym: PSEUDONYM, offerId: OFFER, message });
  });

  it('says so when the firm of the link is not a checked firm, and shows the refusal in the reader’s language', async () => {
    signIn(
      'iba_staff',
      {
        '/api/contact-requests/on-behalf': () => apiError(409, 'CONTACT_REQUEST_OPEN'),
      },
      'ar',
    );
    const { user } = renderApp({
      language: 'ar',
      path: `/profiles/${PSEUDONYM}?firm=5a1c7e4e-0000-4000-8000-0000000000ff`,
    });
    expect(
      await screen.findByText(
        'الشركة الواردة في الرابط ليست شركة تم التحقق منها (أو غير موجودة). اختر شركة.',
      ),
    ).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    const submit = screen.getByRole('button', { name: 'إرسال نيابةً عن الشركة' });
    expect(submit).toBeDisabled();
    await user.click(screen.getByRole('combobox', { name: /^الشركة/ }));
    await user.click(await screen.findByRole('option', { name: FIRM_B.name }));
    await user.click(screen.getByRole('textbox', { name: /^رسالة الشركة/ }));
    await user.paste('مرحبًا');
    await user.click(submit);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'لدى الشركة بالفعل طلب مفتوح لهذا الشخص بخصوص هذا العرض.',
    );
  });

  it('names the unchecked firm as the reason', async () => {
    signIn('iba_staff', {
      '/api/contact-requests/on-behalf': () =>
        apiError(403, 'COMPANY_NOT_VERIFIED', [
          { field: 'companyId', code: 'AWAITING_CHECK', message: 'check pending' },
        ]),
    });
    const { user } = renderApp({ path: `/profiles/${PSEUDONYM}?firm=${FIRM_B.id}` });
    await waitFor(() => expect(screen.getByRole('combobox', { name: /^Firma/ })).toHaveValue(FIRM_B.name));
    await user.click(screen.getByRole('textbox', { name: /^Nachricht der Firma/ }));
    await user.paste('Hallo');
    await user.click(screen.getByRole('button', { name: 'Im Namen der Firma senden' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Diese Firma ist noch nicht geprüft.');
  });

  it('is not offered to employers, who send for their own firm only', async () => {
    const api = signIn('employer');
    renderApp({ path: `/profiles/${PSEUDONYM}?firm=${FIRM_B.id}` });
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByText('Kontaktanfrage im Namen einer Firma senden')).not.toBeInTheDocument();
    expect(api.requests.some((u) => u.pathname === '/api/contact-requests/on-behalf/firms')).toBe(false);
  });

  it('shows the firm which of its requests IBA staff sent in its name, and by whom', async () => {
    const reply = sentReply({ companyId: FIRM_A.id, message: 'Hallo' }).body;
    signIn('employer', {
      '/api/contact-requests/sent': () => ({
        total: 2,
        page: 1,
        pageSize: 20,
        items: [
          { ...reply, sentByStaffName: 'Jana Berger' },
          { ...reply, id: '9c3e0a6b-0000-4000-8000-000000000002', sentByStaffName: null },
        ],
      }),
    });
    renderApp({ path: '/contact-requests/sent' });
    const marks = await screen.findAllByText((_text, element) =>
      element?.hasAttribute('data-sent-by-staff') ? true : false,
    );
    expect(marks.map((m) => m.textContent)).toEqual(['Vom Team IBA (Jana Berger) in Ihrem Namen gesendet']);
  });
});
