import { randomBytes } from 'node:crypto';
import { SEARCHABLE_PROFILE_CONSENT } from '@passgenau/domain';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { bearer, createAccount, db, type TestAccount } from '../../../test/factories';
import {
  OCCUPATION,
  SKILL,
  TOWN,
  addSite,
  createEmployer,
  createOffer,
  type TestEmployer,
} from '../companies/test-factories';

/** Cap used in this file (CONTACT_REQUESTS_PER_FIRM_PER_DAY); each scenario uses firms of its own. */
const CAP = 3;
const MESSAGE = 'Guten Tag! Wir haben Ihr Profil auf der Infoveranstaltung gesehen.\nViele Grüße';

interface Firm {
  employer: TestEmployer;
  /** A second employer account of the same firm, reading in Ukrainian. */
  colleague: TestEmployer;
  offerId: string;
}

interface Person {
  account: TestAccount;
  pseudonym: string;
}

/**
 * Issue 12, item 1: at an employer event IBA staff send a contact request for a firm that found a
 * candidate on a printed match list. Every rule of the firm's own send applies to that firm.
 */
describe('contacts: IBA staff send a contact request on a firm’s behalf', () => {
  let t: TestApp;
  let staff: TestAccount;
  let coordinator: TestAccount;
  const staffName = `Jana Berger ${randomBytes(2).toString('hex')}`;

  async function firm(status: 'verified' | 'pending' | 'rejected' = 'verified'): Promise<Firm> {
    const employer = await createEmployer(t);
    await db(t).query(`UPDATE company SET verification_status = $2 WHERE id = $1`, [
      employer.companyId,
      status,
    ]);
    const colleague = await createEmployer(t, { companyId: employer.companyId, companyRole: 'member' });
    await db(t).query(`UPDATE account SET preferred_language = 'uk' WHERE id = $1`, [colleague.accountId]);
    const site = await addSite(t, employer, { townAgs: TOWN.waiblingen, street: 'Bahnhofstraße 1' });
    const offer = await createOffer(t, employer, {
      siteId: site.id,
      requiredCompetences: [SKILL.operateWeldingEquipment],
      startsOn: '2027-09-01',
    });
    return { employer, colleague, offerId: offer.id };
  }

  async function person(): Promise<Person> {
    const account = await createAccount(t, 'candidate');
    const saved = await t.http
      .put(`/api/candidates/${account.candidateId}/profile`)
      .set(bearer(account))
      .send({
        languages: [{ language: 'de', overall: 'B1' }],
        germanCertificates: [],
        education: [],
        experience: [],
        texts: [],
        schooling: { years: 10, country: 'UA', level: 'lower_secondary' },
        competences: [{ code: SKILL.operateWeldingEquipment, evidence: [{ kind: 'self', level: 'good' }] }],
        wishes: { occupations: [OCCUPATION.welder], kinds: ['apprenticeship'], earliestStart: '2026-01-01' },
        mobility: { homeTownAgs: TOWN.waiblingen, travelKm: 20, drivingLicences: [] },
        workPermit: 'permitted',
      });
    if (saved.status !== 200) throw new Error(JSON.stringify(saved.body));
    const consent = await t.http
      .post(`/api/candidates/${account.candidateId}/consent`)
      .set(bearer(account))
      .send({ textVersion: SEARCHABLE_PROFILE_CONSENT.version });
    expect(consent.status).toBeLessThan(300);
    const published = await t.http
      .post(`/api/candidates/${account.candidateId}/profile/publish`)
      .set(bearer(account));
    expect(published.status).toBe(200);
    return { account, pseudonym: published.body.pseudonym };
  }

  function onBehalf(body: Record<string, unknown>, as: TestAccount = staff) {
    return t.http.post('/api/contact-requests/on-behalf').set(bearer(as)).send(body);
  }

  function sendFor(f: Firm, p: Person, extra: Record<string, unknown> = {}) {
    return onBehalf({
      companyId: f.employer.companyId,
      pseudonym: p.pseudonym,
      offerId: f.offerId,
      message: MESSAGE,
      ...extra,
    });
  }

  async function mailsTo(
    recipients: string[],
  ): Promise<Array<{ recipient: string; subject: string; body: string }>> {
    return db(t).query(
      `SELECT recipient, subject, coalesce(delivery_body, body) AS body FROM mail_outbox
        WHERE recipient = ANY($1) ORDER BY created_at, recipient`,
      [recipients],
    );
  }

  beforeAll(async () => {
    t = await createTestApp({ env: { CONTACT_REQUESTS_PER_FIRM_PER_DAY: String(CAP) } });
    await db(t).query(`UPDATE contact_setting SET brokered = false WHERE id = 1`);
    staff = await createAccount(t, 'iba_staff', { name: staffName });
    coordinator = await createAccount(t, 'coordinator');
  });

  afterAll(async () => {
    await db(t).query(`UPDATE contact_setting SET brokered = false WHERE id = 1`);
    await t.app.close();
  });

  it('sends for a checked firm: the firm sees it as sent by the staff member, the candidate and the firm’s people are mailed', async () => {
    const f = await firm();
    const p = await person();

    // The staff member opens the profile from the printout's QR code: that read is logged as any reader's.
    const profile = await t.http.get(`/api/profiles/${p.pseudonym}`).set(bearer(staff));
    expect(profile.status).toBe(200);

    const firms = await t.http
      .get('/api/contact-requests/on-behalf/firms')
      .query({ q: `Firma ${f.employer.email}` })
      .set(bearer(staff));
    expect(firms.status).toBe(200);
    expect(firms.body.items).toEqual([{ id: f.employer.companyId, name: `Firma ${f.employer.email}` }]);

    const sent = await sendFor(f, p);
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({
      pseudonym: p.pseudonym,
      offerId: f.offerId,
      status: 'open',
      message: MESSAGE,
      sentByStaffName: staffName,
      contact: null,
    });
    const requestId: string = sent.body.id;

    const [row] = await db(t).query(
      `SELECT company_id, sent_by_account_id, sent_by_staff_account_id FROM contact_request WHERE id = $1`,
      [requestId],
    );
    expect(row).toEqual({
      company_id: f.employer.companyId,
      sent_by_account_id: null,
      sent_by_staff_account_id: staff.accountId,
    });

    // The firm's people see it in their sent list and as one request, marked as sent by IBA staff.
    for (const reader of [f.employer, f.colleague]) {
      const list = await t.http.get('/api/contact-requests/sent').set(bearer(reader));
      expect(list.status).toBe(200);
      expect(list.body.items).toEqual([
        expect.objectContaining({ id: requestId, status: 'open', sentByStaffName: staffName }),
      ]);
    }
    const one = await t.http.get(`/api/contact-requests/sent/${requestId}`).set(bearer(f.employer));
    expect(one.status).toBe(200);
    expect(one.body.sentByStaffName).toBe(staffName);

    // The candidate got it in the app and by mail, as from the firm.
    const inbox = await t.http.get('/api/contact-requests/inbox').set(bearer(p.account));
    expect(inbox.body.items).toEqual([
      expect.objectContaining({ id: requestId, companyName: `Firma ${f.employer.email}`, message: MESSAGE }),
    ]);
    const [toCandidate] = await mailsTo([p.account.email]);
    expect(toCandidate!.subject).toBe('Passgenau: Eine Firma möchte Kontakt aufnehmen');
    expect(toCandidate!.body).toContain(`Firma ${f.employer.email}`);

    // The firm's people: a mail each in their language, naming the staff member and the profile.
    const toFirm = await mailsTo([f.employer.email, f.colleague.email]);
    const manager = toFirm.find((m) => m.recipient === f.employer.email)!;
    const colleague = toFirm.find((m) => m.recipient === f.colleague.email)!;
    expect(manager.subject).toBe('Passgenau: Das Team IBA hat in Ihrem Namen eine Kontaktanfrage gesendet');
    expect(colleague.subject).toBe('Passgenau: команда IBA надіслала запит на контакт від вашого імені');
    for (const mail of [manager, colleague]) {
      expect(mail.body).toContain(staffName);
      expect(mail.body).toContain(p.pseudonym);
      expect(mail.body).toContain('> Viele Grüße');
      expect(mail.body).toContain('/contact-requests/sent');
    }

    // The access log: the staff member's read of the profile, under their own name and role.
    const [read] = await db(t).query(
      `SELECT actor_role, actor_name, actor_company_id FROM access_log
        WHERE candidate_id = $1 AND action = 'read_pseudonymous_profile' AND actor_account_id = $2`,
      [p.account.candidateId, staff.accountId],
    );
    expect(read).toEqual({ actor_role: 'iba_staff', actor_name: staffName, actor_company_id: null });

    // A firm's own request says nothing about staff.
    const q = await person();
    const own = await t.http
      .post('/api/contact-requests')
      .set(bearer(f.employer))
      .send({ pseudonym: q.pseudonym, message: 'Hallo' });
    expect(own.status).toBe(201);
    expect(own.body.sentByStaffName).toBeNull();
  });

  it('refuses a firm that is not checked, with the firm’s own error naming companyId', async () => {
    const p = await person();
    for (const [status, code] of [
      ['pending', 'AWAITING_CHECK'],
      ['rejected', 'CHECK_REFUSED'],
    ] as const) {
      const f = await firm(status);
      const refused = await sendFor(f, p);
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('COMPANY_NOT_VERIFIED');
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'companyId', code })]);
      const firms = await t.http
        .get('/api/contact-requests/on-behalf/firms')
        .query({ q: `Firma ${f.employer.email}` })
        .set(bearer(staff));
      expect(firms.body.items).toEqual([]);
    }
    const [{ count }] = await db(t).query(
      `SELECT count(*)::int AS count FROM contact_request WHERE candidate_id = $1`,
      [p.account.candidateId],
    );
    expect(count).toBe(0);
  });

  it('a candidate who blocked the firm is not found; another firm may still be sent for', async () => {
    const f = await firm();
    const other = await firm();
    const p = await person();
    const first = await sendFor(f, p);
    expect(first.status).toBe(201);
    const blocked = await t.http.post(`/api/contact-requests/${first.body.id}/block`).set(bearer(p.account));
    expect(blocked.status).toBe(200);

    const again = await sendFor(f, p, { offerId: null });
    expect(again.status).toBe(404);
    expect(again.body.code).toBe('CONTACT_CANDIDATE_NOT_FOUND');
    expect((await sendFor(other, p)).status).toBe(201);
  });

  it('one open request per candidate and offer, counted together with the firm’s own (409), and the firm’s daily cap (429)', async () => {
    const f = await firm();
    const p = await person();
    const own = await t.http
      .post('/api/contact-requests')
      .set(bearer(f.employer))
      .send({ pseudonym: p.pseudonym, offerId: f.offerId, message: 'Hallo' });
    expect(own.status).toBe(201);
    const twice = await sendFor(f, p);
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('CONTACT_REQUEST_OPEN');
    // Without an offer it is another request; then the firm's cap of the day is reached.
    expect((await sendFor(f, p, { offerId: null })).status).toBe(201);
    expect((await sendFor(f, await person())).status).toBe(201);
    const capped = await sendFor(f, await person());
    expect(capped.status).toBe(429);
    expect(capped.body.code).toBe('CONTACT_REQUEST_DAILY_CAP');
    // The firm's own send counts the staff's requests too.
    const ownCapped = await t.http
      .post('/api/contact-requests')
      .set(bearer(f.employer))
      .send({ pseudonym: (await person()).pseudonym, message: 'Hallo' });
    expect(ownCapped.status).toBe(429);
  });

  it('the offer must be one of that firm’s; employers and coordinators cannot use the staff route; bad input is a 400 naming the field', async () => {
    const f = await firm();
    const other = await firm();
    const p = await person();

    const foreignOffer = await sendFor(f, p, { offerId: other.offerId });
    expect(foreignOffer.status).toBe(404);
    expect(foreignOffer.body.code).toBe('CONTACT_OFFER_NOT_FOUND');
    expect(foreignOffer.body.errors).toEqual([
      expect.objectContaining({ field: 'offerId', code: 'NOT_FOUND' }),
    ]);

    // An employer cannot send for another firm: not by the staff route, not by a field on their own route.
    const byEmployer = await onBehalf(
      { companyId: other.employer.companyId, pseudonym: p.pseudonym, message: MESSAGE },
      f.employer,
    );
    expect(byEmployer.status).toBe(403);
    expect(byEmployer.body.code).toBe('FORBIDDEN');
    const field = await t.http
      .post('/api/contact-requests')
      .set(bearer(f.employer))
      .send({ companyId: other.employer.companyId, pseudonym: p.pseudonym, message: MESSAGE });
    expect(field.status).toBe(400);
    expect(field.body.errors).toEqual([
      expect.objectContaining({ field: 'companyId', code: 'UNKNOWN_FIELD' }),
    ]);
    const byCoordinator = await onBehalf(
      { companyId: other.employer.companyId, pseudonym: p.pseudonym, message: MESSAGE },
      coordinator,
    );
    expect(byCoordinator.status).toBe(403);
    expect((await t.http.get('/api/contact-requests/on-behalf/firms').set(bearer(f.employer))).status).toBe(
      403,
    );

    // Bad companyId: a 400 naming the field; an unknown one a 404 naming it.
    for (const [companyId, code] of [
      ['not-a-uuid', 'NOT_AN_ID'],
      [undefined, 'REQUIRED'],
      [42, 'NOT_AN_ID'],
    ] as const) {
      const bad = await onBehalf({ companyId, pseudonym: p.pseudonym, message: MESSAGE });
      expect([companyId, bad.status]).toEqual([companyId, 400]);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'companyId', code })]);
    }
    const unknown = await onBehalf({
      companyId: '3f0c9a4e-5b7d-4e21-9c3a-8d2b6f1e0a57',
      pseudonym: p.pseudonym,
      message: MESSAGE,
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('CONTACT_COMPANY_NOT_FOUND');
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'companyId', code: 'NOT_FOUND' })]);

    // The firm's other fields are checked as for the firm.
    const blank = await sendFor(f, p, { message: '   ' });
    expect(blank.status).toBe(400);
    expect(blank.body.errors[0]).toMatchObject({ field: 'message' });
    const badOffer = await sendFor(f, p, { offerId: 'x' });
    expect(badOffer.status).toBe(400);
    expect(badOffer.body.errors[0]).toMatchObject({ field: 'offerId', code: 'NOT_AN_ID' });
    const noPseudonym = await sendFor(f, p, { pseudonym: 'NOPE00' });
    expect(noPseudonym.status).toBe(404);
    expect(noPseudonym.body.code).toBe('CONTACT_CANDIDATE_NOT_FOUND');
    const longQuery = await t.http
      .get('/api/contact-requests/on-behalf/firms')
      .query({ q: 'x'.repeat(101) })
      .set(bearer(staff));
    expect(longQuery.status).toBe(400);
    expect(longQuery.body.errors[0]).toMatchObject({ field: 'q', code: 'TOO_LONG' });
  });

  it('brokered mode: the request waits in the queue like the firm’s own, the candidate is not mailed yet', async () => {
    const f = await firm();
    const p = await person();
    const on = await t.http.put('/api/contact-settings').set(bearer(coordinator)).send({ brokered: true });
    expect(on.status).toBe(200);
    try {
      const sent = await sendFor(f, p);
      expect(sent.status).toBe(201);
      expect(sent.body).toMatchObject({ status: 'awaiting_broker', sentByStaffName: staffName });
      expect(await mailsTo([p.account.email])).toEqual([]);
      const toFirm = await mailsTo([f.employer.email]);
      expect(toFirm).toHaveLength(1);
      const queue = await t.http.get('/api/contact-requests/queue').set(bearer(staff));
      expect(queue.body.items.map((i: { id: string }) => i.id)).toContain(sent.body.id);
      const passed = await t.http.post(`/api/contact-requests/${sent.body.id}/pass-on`).set(bearer(staff));
      expect(passed.status).toBe(204);
      expect(await mailsTo([p.account.email])).toHaveLength(1);
    } finally {
      await t.http.put('/api/contact-settings').set(bearer(coordinator)).send({ brokered: false });
    }
  });
});
