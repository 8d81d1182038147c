import { randomBytes } from 'node:crypto';
import { SEARCHABLE_PROFILE_CONSENT } from '@passgenau/domain';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { authorise, bearer, createAccount, db, type TestAccount } from '../../../test/factories';
import {
  OCCUPATION,
  SKILL,
  TOWN,
  addSite,
  createEmployer,
  createOffer,
  type TestEmployer,
} from '../companies/test-factories';
import { ContactsService } from './contacts.service';

/** Cap used in this file (CONTACT_REQUESTS_PER_FIRM_PER_DAY); each scenario uses firms of its own. */
const CAP = 3;

interface Person {
  account: TestAccount;
  pseudonym: string;
  givenName: string;
  familyName: string;
  email: string;
  phone: string;
}

interface Firm {
  employer: TestEmployer;
  offerId: string;
}

describe('contacts: shortlists, contact requests, blocks, brokered contact, outcomes', () => {
  let t: TestApp;
  let staff: TestAccount;
  let coordinator: TestAccount;

  async function firm(): Promise<Firm> {
    const employer = await createEmployer(t);
    await db(t).query(`UPDATE company SET verification_status = 'verified' WHERE id = $1`, [
      employer.companyId,
    ]);
    const site = await addSite(t, employer, { townAgs: TOWN.waiblingen, street: 'Bahnhofstraße 1' });
    const offer = await createOffer(t, employer, {
      siteId: site.id,
      requiredCompetences: [SKILL.operateWeldingEquipment],
      startsOn: '2027-09-01',
    });
    return { employer, offerId: offer.id };
  }

  /** A published, visible candidate with a real-looking name, e-mail address and phone number. */
  async function person(): Promise<Person> {
    const account = await createAccount(t, 'candidate');
    const suffix = randomBytes(3).toString('hex');
    const givenName = `Amina${suffix}`;
    const familyName = `Haddad${suffix}`;
    const phone = `+49 170 ${parseInt(suffix, 16)}`;
    const saved = await t.http
      .put(`/api/candidates/${account.candidateId}/profile`)
      .set(bearer(account))
      .send({
        languages: [{ language: 'de', overall: 'B2' }],
        germanCertificates: [],
        education: [],
        experience: [],
        texts: [],
        schooling: { years: 10, country: 'SY', level: 'lower_secondary' },
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
    await db(t).query(`UPDATE candidate SET given_name = $2, family_name = $3, phone = $4 WHERE id = $1`, [
      account.candidateId,
      givenName,
      familyName,
      phone,
    ]);
    return {
      account,
      pseudonym: published.body.pseudonym,
      givenName,
      familyName,
      email: account.email,
      phone,
    };
  }

  /** None of the candidate's name, e-mail address or phone number appears anywhere in the response. */
  function expectNoPersonalData(body: unknown, p: Person) {
    const text = JSON.stringify(body);
    for (const secret of [p.givenName, p.familyName, p.email, p.phone])
      expect([secret, text.includes(secret)]).toEqual([secret, false]);
  }

  async function send(f: Firm, p: Person, body: Record<string, unknown> = {}) {
    return t.http
      .post('/api/contact-requests')
      .set(bearer(f.employer))
      .send({
        pseudonym: p.pseudonym,
        offerId: f.offerId,
        message: 'Guten Tag! Wir würden Sie gern kennenlernen.',
        ...body,
      });
  }

  async function contactReads(candidateId: string): Promise<number> {
    const [{ count }] = await db(t).query(
      `SELECT count(*)::int AS count FROM access_log WHERE candidate_id = $1 AND action = 'read_contact_data'`,
      [candidateId],
    );
    return count;
  }

  async function searchFinds(f: Firm, p: Person): Promise<boolean> {
    const response = await t.http
      .get('/api/candidate-search')
      .query({ q: p.pseudonym })
      .set(bearer(f.employer));
    expect(response.status).toBe(200);
    return response.body.hits.some((h: { pseudonym: string }) => h.pseudonym === p.pseudonym);
  }

  async function searchUntilFound(f: Firm, p: Person) {
    const deadline = Date.now() + 8_000;
    while (!(await searchFinds(f, p))) {
      if (Date.now() > deadline) throw new Error('candidate never appeared in the search');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  beforeAll(async () => {
    t = await createTestApp({ env: { CONTACT_REQUESTS_PER_FIRM_PER_DAY: String(CAP) } });
    // The district setting is shared by the whole run: specs that walk every route (fuzz, role matrix) may have
    // switched brokered mode on. These tests start without it; the brokered test switches it on itself.
    await db(t).query(`UPDATE contact_setting SET brokered = false WHERE id = 1`);
    staff = await createAccount(t, 'iba_staff');
    coordinator = await createAccount(t, 'coordinator');
  });

  afterAll(async () => {
    await db(t).query(`UPDATE contact_setting SET brokered = false WHERE id = 1`);
    await t.app.close();
  });

  it('shows name and chosen contact data only after acceptance, logs each such read, and mails candidate and mentor in their languages', async () => {
    const f = await firm();
    const other = await firm();
    const p = await person();
    const mentor = await createAccount(t, 'mentor');
    await db(t).query(`UPDATE account SET preferred_language = 'ar' WHERE id = $1`, [mentor.accountId]);
    await authorise(t, p.account, mentor);
    const strangerMentor = await createAccount(t, 'mentor');

    const listed = await t.http
      .post('/api/shortlist')
      .set(bearer(f.employer))
      .send({ pseudonym: p.pseudonym, offerId: f.offerId, note: 'Gutes Profil' });
    expect(listed.status).toBe(201);
    expect(listed.body).toMatchObject({
      offerId: f.offerId,
      note: 'Gutes Profil',
      profile: { pseudonym: p.pseudonym },
    });
    expectNoPersonalData(listed.body, p);

    const message = 'Guten Tag,\n  wir suchen Verstärkung in der Werkstatt.  \nViele Grüße';
    const sent = await send(f, p, { message });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({
      pseudonym: p.pseudonym,
      status: 'open',
      message,
      contact: null,
      offerId: f.offerId,
    });
    expectNoPersonalData(sent.body, p);
    const requestId: string = sent.body.id;

    // Every employer-facing response before acceptance: no name, e-mail or phone.
    for (const path of [
      '/api/contact-requests/sent',
      `/api/contact-requests/sent/${requestId}`,
      '/api/shortlist',
      `/api/shortlist?offer=${f.offerId}`,
      `/api/offers/${f.offerId}/matches`,
      `/api/offers/${f.offerId}/matches/${p.pseudonym}`,
      `/api/profiles/${p.pseudonym}`,
      `/api/contact-requests/${requestId}/outcomes`,
    ]) {
      const response = await t.http.get(path).set(bearer(f.employer));
      expect([path, response.status]).toEqual([path, 200]);
      expectNoPersonalData(response.body, p);
    }
    await searchUntilFound(f, p);
    expect(await contactReads(p.account.candidateId!)).toBe(0);

    // Mails through the outbox: the candidate in German, the mentor in Arabic, the message quoted as written.
    const mails = await db(t).query(
      `SELECT recipient, subject, coalesce(delivery_body, body) AS body FROM mail_outbox WHERE recipient = ANY($1) ORDER BY recipient`,
      [[p.email, mentor.email]],
    );
    const toCandidate = mails.find((m: { recipient: string }) => m.recipient === p.email);
    const toMentor = mails.find((m: { recipient: string }) => m.recipient === mentor.email);
    expect(toCandidate.subject).toBe('Passgenau: Eine Firma möchte Kontakt aufnehmen');
    expect(toCandidate.body).toContain(
      '> Guten Tag,\n>   wir suchen Verstärkung in der Werkstatt.  \n> Viele Grüße',
    );
    expect(toMentor.subject).toBe('Passgenau: شركة ترغب في التواصل');
    expect(toMentor.body).toContain(p.givenName);
    expect(toMentor.body).toContain('> Viele Grüße');

    // In the app: the candidate's and the mentor's inbox.
    for (const reader of [p.account, mentor]) {
      const inbox = await t.http.get('/api/contact-requests/inbox').set(bearer(reader));
      expect(inbox.status).toBe(200);
      expect(inbox.body.items).toEqual([expect.objectContaining({ id: requestId, status: 'open', message })]);
    }
    const strangerInbox = await t.http.get('/api/contact-requests/inbox').set(bearer(strangerMentor));
    expect(strangerInbox.body.items.map((i: { id: string }) => i.id)).not.toContain(requestId);

    // Another firm cannot see or guess the request; a mentor not authorised cannot answer it.
    const guessed = await t.http.get(`/api/contact-requests/sent/${requestId}`).set(bearer(other.employer));
    expect(guessed.status).toBe(404);
    expect(guessed.body.code).toBe('CONTACT_REQUEST_NOT_FOUND');
    const wrongMentor = await t.http
      .post(`/api/contact-requests/${requestId}/accept`)
      .set(bearer(strangerMentor))
      .send({ shareEmail: true, sharePhone: true });
    expect(wrongMentor.status).toBe(404);
    const employerAccepts = await t.http
      .post(`/api/contact-requests/${requestId}/accept`)
      .set(bearer(f.employer))
      .send({ shareEmail: true, sharePhone: true });
    expect(employerAccepts.status).toBe(403);
    const badBody = await t.http
      .post(`/api/contact-requests/${requestId}/accept`)
      .set(bearer(mentor))
      .send({ shareEmail: 'yes' });
    expect(badBody.status).toBe(400);

    // The mentor accepts for the candidate, sharing the e-mail address but not the phone number.
    const accepted = await t.http
      .post(`/api/contact-requests/${requestId}/accept`)
      .set(bearer(mentor))
      .send({ shareEmail: true, sharePhone: false });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', shareEmail: true, sharePhone: false });

    const one = await t.http.get(`/api/contact-requests/sent/${requestId}`).set(bearer(f.employer));
    expect(one.status).toBe(200);
    expect(one.body.contact).toEqual({
      givenName: p.givenName,
      familyName: p.familyName,
      email: p.email,
      phone: null,
    });
    expect(JSON.stringify(one.body)).not.toContain(p.phone);
    expect(await contactReads(p.account.candidateId!)).toBe(1);
    const list = await t.http.get('/api/contact-requests/sent').set(bearer(f.employer));
    expect(list.body.items[0].contact.email).toBe(p.email);
    expect(await contactReads(p.account.candidateId!)).toBe(2);
    const [logged] = await db(t).query(
      `SELECT actor_company_id, route FROM access_log WHERE candidate_id = $1 AND action = 'read_contact_data' ORDER BY at LIMIT 1`,
      [p.account.candidateId],
    );
    expect(logged).toEqual({
      actor_company_id: f.employer.companyId,
      route: `GET /api/contact-requests/sent/${requestId}`,
    });
    // The other firm still sees nothing of it.
    expect((await t.http.get('/api/contact-requests/sent').set(bearer(other.employer))).body.items).toEqual(
      [],
    );

    const again = await t.http
      .post(`/api/contact-requests/${requestId}/decline`)
      .set(bearer(p.account))
      .send({ reason: 'not_now' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('CONTACT_REQUEST_NOT_OPEN');
  });

  it('refuses a second open request for the same candidate and offer (409) and more than the daily cap (429)', async () => {
    const f = await firm();
    const p = await person();
    expect((await send(f, p)).status).toBe(201);
    const twice = await send(f, p);
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('CONTACT_REQUEST_OPEN');
    // Another offer (or none) is another request; the second one of today.
    const secondOffer = await createOffer(t, f.employer, { title: 'Helfer/in Lager', kind: 'job' });
    expect((await send(f, p, { offerId: secondOffer.id })).status).toBe(201);
    expect((await send(f, p, { offerId: null })).status).toBe(201);
    // The firm reached its cap: another candidate is refused as well.
    const q = await person();
    const capped = await send(f, q);
    expect(capped.status).toBe(429);
    expect(capped.body.code).toBe('CONTACT_REQUEST_DAILY_CAP');
    // Bad input: a 400 naming the field, never a 5xx.
    const other = await firm();
    const long = await send(other, q, { message: 'x'.repeat(2001) });
    expect(long.status).toBe(400);
    expect(long.body.errors[0]).toMatchObject({ field: 'message' });
    const notOwnOffer = await send(other, q, { offerId: f.offerId });
    expect(notOwnOffer.status).toBe(404);
    expect(notOwnOffer.body.code).toBe('CONTACT_OFFER_NOT_FOUND');
    const unknown = await send(other, q, { pseudonym: 'NOPE00' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('CONTACT_CANDIDATE_NOT_FOUND');
  });

  it('declines with a reason from the list; after that the firm may ask again', async () => {
    const f = await firm();
    const p = await person();
    const sent = await send(f, p);
    const bad = await t.http
      .post(`/api/contact-requests/${sent.body.id}/decline`)
      .set(bearer(p.account))
      .send({ reason: 'because' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'reason' });
    const declined = await t.http
      .post(`/api/contact-requests/${sent.body.id}/decline`)
      .set(bearer(p.account))
      .send({ reason: 'found_work' });
    expect(declined.status).toBe(200);
    const seen = await t.http.get(`/api/contact-requests/sent/${sent.body.id}`).set(bearer(f.employer));
    expect(seen.body).toMatchObject({ status: 'declined', declineReason: 'found_work', contact: null });
    expectNoPersonalData(seen.body, p);
    expect((await send(f, p)).status).toBe(201);
  });

  it('block: the firm no longer finds the candidate in search, matches, shortlist or profile, and cannot ask again', async () => {
    const f = await firm();
    const other = await firm();
    const p = await person();
    const entry = await t.http
      .post('/api/shortlist')
      .set(bearer(f.employer))
      .send({ pseudonym: p.pseudonym });
    expect(entry.status).toBe(201);
    await searchUntilFound(f, p);
    await searchUntilFound(other, p);
    const matchesBefore = await t.http
      .get(`/api/offers/${f.offerId}/matches`)
      .query({ pageSize: 100 })
      .set(bearer(f.employer));
    expect(matchesBefore.body.items.map((i: { pseudonym: string }) => i.pseudonym)).toContain(p.pseudonym);

    const sent = await send(f, p);
    const blocked = await t.http.post(`/api/contact-requests/${sent.body.id}/block`).set(bearer(p.account));
    expect(blocked.status).toBe(200);
    expect(blocked.body.status).toBe('blocked');

    expect(await searchFinds(f, p)).toBe(false);
    expect(await searchFinds(other, p)).toBe(true);
    const matches = await t.http
      .get(`/api/offers/${f.offerId}/matches`)
      .query({ pageSize: 100 })
      .set(bearer(f.employer));
    expect(matches.body.items.map((i: { pseudonym: string }) => i.pseudonym)).not.toContain(p.pseudonym);
    expect(
      (await t.http.get(`/api/offers/${f.offerId}/matches/${p.pseudonym}`).set(bearer(f.employer))).status,
    ).toBe(404);
    expect((await t.http.get(`/api/profiles/${p.pseudonym}`).set(bearer(f.employer))).status).toBe(404);
    expect((await t.http.get(`/api/profiles/${p.pseudonym}`).set(bearer(other.employer))).status).toBe(200);
    const list = await t.http.get('/api/shortlist').set(bearer(f.employer));
    expect(list.body.items).toEqual([]);
    const readd = await t.http
      .post('/api/shortlist')
      .set(bearer(f.employer))
      .send({ pseudonym: p.pseudonym });
    expect(readd.status).toBe(404);
    expect(readd.body.code).toBe('CONTACT_CANDIDATE_NOT_FOUND');
    const again = await send(f, p, { offerId: null });
    expect(again.status).toBe(404);
    expect(again.body.code).toBe('CONTACT_CANDIDATE_NOT_FOUND');
    // The firm sees a decline without a reason: it cannot tell a block from a decline.
    const seen = await t.http.get(`/api/contact-requests/sent/${sent.body.id}`).set(bearer(f.employer));
    expect(seen.body).toMatchObject({ status: 'declined', declineReason: null, contact: null });
  });

  it('shortlist: remove and re-add; a candidate no longer visible drops out of every view while the row stays', async () => {
    const f = await firm();
    const p = await person();
    const general = await t.http
      .post('/api/shortlist')
      .set(bearer(f.employer))
      .send({ pseudonym: p.pseudonym });
    expect(general.status).toBe(201);
    const forOffer = await t.http
      .post('/api/shortlist')
      .set(bearer(f.employer))
      .send({ pseudonym: p.pseudonym, offerId: f.offerId });
    expect(forOffer.status).toBe(201);
    const same = await t.http
      .post('/api/shortlist')
      .set(bearer(f.employer))
      .send({ pseudonym: p.pseudonym, offerId: f.offerId, note: 'Neu' });
    expect(same.status).toBe(200);
    expect(same.body).toMatchObject({ id: forOffer.body.id, note: 'Neu' });
    expect(
      (await t.http.get('/api/shortlist?offer=general').set(bearer(f.employer))).body.items.map(
        (i: { id: string }) => i.id,
      ),
    ).toEqual([general.body.id]);
    const note = await t.http
      .patch(`/api/shortlist/${general.body.id}`)
      .set(bearer(f.employer))
      .send({ note: 'x'.repeat(1001) });
    expect(note.status).toBe(400);

    // Another firm cannot touch the entry.
    const other = await firm();
    expect(
      (await t.http.delete(`/api/shortlist/${general.body.id}`).set(bearer(other.employer))).status,
    ).toBe(404);
    expect((await t.http.delete(`/api/shortlist/${general.body.id}`).set(bearer(f.employer))).status).toBe(
      204,
    );
    expect((await t.http.get('/api/shortlist').set(bearer(f.employer))).body.items).toHaveLength(1);
    expect(
      (await t.http.post('/api/shortlist').set(bearer(f.employer)).send({ pseudonym: p.pseudonym })).status,
    ).toBe(201);
    expect((await t.http.get('/api/shortlist').set(bearer(f.employer))).body.items).toHaveLength(2);

    // Consent withdrawn: gone from the views, the rows stay and come back with a new consent.
    const withdrawn = await t.http
      .delete(`/api/candidates/${p.account.candidateId}/consent`)
      .set(bearer(p.account));
    expect(withdrawn.status).toBeLessThan(300);
    expect((await t.http.get('/api/shortlist').set(bearer(f.employer))).body.items).toEqual([]);
    const [{ count }] = await db(t).query(
      `SELECT count(*)::int AS count FROM shortlist_entry WHERE candidate_id = $1`,
      [p.account.candidateId],
    );
    expect(count).toBe(2);
    // Reconfirmation overdue hides as well.
    const q = await person();
    await t.http.post('/api/shortlist').set(bearer(f.employer)).send({ pseudonym: q.pseudonym });
    expect((await t.http.get('/api/shortlist').set(bearer(f.employer))).body.items).toHaveLength(1);
    await db(t).query(
      `UPDATE candidate_profile SET confirmed_at = now() - interval '400 days' WHERE candidate_id = $1`,
      [q.account.candidateId],
    );
    expect((await t.http.get('/api/shortlist').set(bearer(f.employer))).body.items).toEqual([]);
    // Appearances are logged like the search does.
    const [{ appearances }] = await db(t).query(
      `SELECT count(*)::int AS appearances FROM access_log_appearance WHERE candidate_id = $1 AND action = 'list_shortlist'`,
      [p.account.candidateId],
    );
    expect(appearances).toBe(1);
  });

  it('expires open requests after the set time, at read time and by the job', async () => {
    const f = await firm();
    const p = await person();
    const sent = await send(f, p);
    const days =
      (new Date(sent.body.expiresAt).getTime() - new Date(sent.body.createdAt).getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(14);
    await db(t).query(`UPDATE contact_request SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      sent.body.id,
    ]);
    const seen = await t.http.get(`/api/contact-requests/sent/${sent.body.id}`).set(bearer(f.employer));
    expect(seen.body.status).toBe('expired');
    const late = await t.http
      .post(`/api/contact-requests/${sent.body.id}/accept`)
      .set(bearer(p.account))
      .send({ shareEmail: true, sharePhone: true });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('CONTACT_REQUEST_NOT_OPEN');
    // An expired request no longer blocks a new one.
    const fresh = await send(f, p);
    expect(fresh.status).toBe(201);
    await db(t).query(`UPDATE contact_request SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      fresh.body.id,
    ]);
    expect(await t.app.get(ContactsService).expireDue()).toBeGreaterThanOrEqual(1);
    const [{ status }] = await db(t).query(`SELECT status FROM contact_request WHERE id = $1`, [
      fresh.body.id,
    ]);
    expect(status).toBe('expired');
  });

  it('brokered mode: IBA staff see each new request first and pass it on or return it with a comment', async () => {
    const f = await firm();
    const p = await person();
    expect(
      (await t.http.put('/api/contact-settings').set(bearer(f.employer)).send({ brokered: true })).status,
    ).toBe(403);
    expect(
      (await t.http.put('/api/contact-settings').set(bearer(staff)).send({ brokered: true })).status,
    ).toBe(403);
    expect(
      (await t.http.put('/api/contact-settings').set(bearer(coordinator)).send({ brokered: 'yes' })).status,
    ).toBe(400);
    const on = await t.http.put('/api/contact-settings').set(bearer(coordinator)).send({ brokered: true });
    expect(on.status).toBe(200);
    expect(on.body).toMatchObject({ brokered: true, expiryDays: 14, requestsPerFirmPerDay: CAP });
    try {
      const first = await send(f, p);
      expect(first.body).toMatchObject({ status: 'awaiting_broker', expiresAt: null });
      const [{ mails }] = await db(t).query(
        `SELECT count(*)::int AS mails FROM mail_outbox WHERE recipient = $1`,
        [p.email],
      );
      expect(mails).toBe(0);
      expect((await t.http.get('/api/contact-requests/inbox').set(bearer(p.account))).body.items).toEqual([]);
      const early = await t.http
        .post(`/api/contact-requests/${first.body.id}/accept`)
        .set(bearer(p.account))
        .send({ shareEmail: true, sharePhone: true });
      expect(early.status).toBe(404);

      expect((await t.http.get('/api/contact-requests/queue').set(bearer(f.employer))).status).toBe(403);
      const queue = await t.http.get('/api/contact-requests/queue').set(bearer(staff));
      expect(queue.status).toBe(200);
      const queued = queue.body.items.find((i: { id: string }) => i.id === first.body.id);
      expect(queued).toMatchObject({ pseudonym: p.pseudonym, companyId: f.employer.companyId });
      expectNoPersonalData(queue.body, p);

      expect(
        (await t.http.post(`/api/contact-requests/${first.body.id}/pass-on`).set(bearer(staff))).status,
      ).toBe(204);
      expect(
        (await t.http.post(`/api/contact-requests/${first.body.id}/pass-on`).set(bearer(staff))).status,
      ).toBe(409);
      const inbox = await t.http.get('/api/contact-requests/inbox').set(bearer(p.account));
      expect(inbox.body.items).toEqual([expect.objectContaining({ id: first.body.id, status: 'open' })]);
      const [{ after }] = await db(t).query(
        `SELECT count(*)::int AS after FROM mail_outbox WHERE recipient = $1`,
        [p.email],
      );
      expect(after).toBe(1);

      const second = await send(f, p, { offerId: null });
      const noComment = await t.http
        .post(`/api/contact-requests/${second.body.id}/return`)
        .set(bearer(staff))
        .send({ comment: ' ' });
      expect(noComment.status).toBe(400);
      const returned = await t.http
        .post(`/api/contact-requests/${second.body.id}/return`)
        .set(bearer(staff))
        .send({ comment: 'Bitte nennen Sie Arbeitszeiten und Ansprechperson.' });
      expect(returned.status).toBe(204);
      const seen = await t.http.get(`/api/contact-requests/sent/${second.body.id}`).set(bearer(f.employer));
      expect(seen.body).toMatchObject({
        status: 'returned',
        brokerComment: 'Bitte nennen Sie Arbeitszeiten und Ansprechperson.',
      });
      expect(
        (await t.http.get('/api/contact-requests/inbox').set(bearer(p.account))).body.items,
      ).toHaveLength(1);
    } finally {
      const off = await t.http
        .put('/api/contact-settings')
        .set(bearer(coordinator))
        .send({ brokered: false });
      expect(off.body.brokered).toBe(false);
    }
  });

  it('outcomes: the firm, an authorised mentor and IBA staff record stages with dates; others are refused; the candidate sees the history', async () => {
    const f = await firm();
    const other = await firm();
    const p = await person();
    const mentor = await createAccount(t, 'mentor');
    await authorise(t, p.account, mentor);
    const stranger = await createAccount(t, 'mentor');
    const sent = await send(f, p);
    const id: string = sent.body.id;
    const record = (who: TestAccount, body: Record<string, unknown>) =>
      t.http.post(`/api/contact-requests/${id}/outcomes`).set(bearer(who)).send(body);

    const tooEarly = await record(f.employer, { stage: 'talk', occurredOn: '2026-12-01' });
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.code).toBe('CONTACT_NOT_ACCEPTED');
    await t.http
      .post(`/api/contact-requests/${id}/accept`)
      .set(bearer(p.account))
      .send({ shareEmail: false, sharePhone: true });

    const staffList = await t.http.get('/api/contact-requests/accepted').set(bearer(staff));
    expect(staffList.status).toBe(200);
    expect(staffList.body.items.find((i: { id: string }) => i.id === id)).toMatchObject({
      pseudonym: p.pseudonym,
    });
    expectNoPersonalData(staffList.body, p);
    expect((await t.http.get('/api/contact-requests/accepted').set(bearer(f.employer))).status).toBe(403);
    expect((await record(f.employer, { stage: 'talk', occurredOn: '2026-12-01' })).status).toBe(201);
    expect((await record(mentor, { stage: 'trial', occurredOn: '2026-12-08' })).status).toBe(201);
    expect((await record(staff, { stage: 'apprenticeship_contract', occurredOn: '2026-12-15' })).status).toBe(
      201,
    );

    const candidateTries = await record(p.account, {
      stage: 'ended',
      occurredOn: '2026-12-20',
      endedReason: 'other',
    });
    expect(candidateTries.status).toBe(403);
    expect(candidateTries.body.code).toBe('FORBIDDEN');
    expect((await record(coordinator, { stage: 'talk', occurredOn: '2026-12-20' })).status).toBe(403);
    const otherFirm = await record(other.employer, { stage: 'talk', occurredOn: '2026-12-20' });
    expect(otherFirm.status).toBe(404);
    expect(otherFirm.body.code).toBe('CONTACT_REQUEST_NOT_FOUND');
    expect((await record(stranger, { stage: 'talk', occurredOn: '2026-12-20' })).status).toBe(404);

    const backwards = await record(f.employer, { stage: 'talk', occurredOn: '2026-12-20' });
    expect(backwards.status).toBe(422);
    expect(backwards.body.code).toBe('CONTACT_OUTCOME_ORDER');
    const noReason = await record(f.employer, { stage: 'ended', occurredOn: '2026-12-20' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0]).toMatchObject({ field: 'endedReason' });
    const badDate = await record(f.employer, {
      stage: 'ended',
      occurredOn: '2026-02-30',
      endedReason: 'completed',
    });
    expect(badDate.status).toBe(400);
    const unknownStage = await record(f.employer, { stage: 'hired', occurredOn: '2026-12-20' });
    expect(unknownStage.status).toBe(400);
    const ended = await record(f.employer, {
      stage: 'ended',
      occurredOn: '2026-12-20',
      endedReason: 'candidate_withdrew',
    });
    expect(ended.status).toBe(201);
    expect((await record(staff, { stage: 'employment_contract', occurredOn: '2026-12-21' })).status).toBe(
      422,
    );

    const expected = [
      { stage: 'talk', occurredOn: '2026-12-01', recordedByRole: 'employer', endedReason: null },
      { stage: 'trial', occurredOn: '2026-12-08', recordedByRole: 'mentor', endedReason: null },
      {
        stage: 'apprenticeship_contract',
        occurredOn: '2026-12-15',
        recordedByRole: 'iba_staff',
        endedReason: null,
      },
      {
        stage: 'ended',
        occurredOn: '2026-12-20',
        recordedByRole: 'employer',
        endedReason: 'candidate_withdrew',
      },
    ].map((o) => expect.objectContaining(o));
    const own = await t.http.get(`/api/contact-requests/${id}/outcomes`).set(bearer(p.account));
    expect(own.status).toBe(200);
    expect(own.body.items).toEqual(expected);
    const inbox = await t.http.get('/api/contact-requests/inbox').set(bearer(mentor));
    expect(inbox.body.items.find((i: { id: string }) => i.id === id).outcomes).toEqual(expected);
    expect((await t.http.get(`/api/contact-requests/${id}/outcomes`).set(bearer(stranger))).status).toBe(404);
    const firmView = await t.http.get(`/api/contact-requests/sent/${id}`).set(bearer(f.employer));
    expect(firmView.body.outcomes).toEqual(expected);
    expect(firmView.body.contact).toEqual({
      givenName: p.givenName,
      familyName: p.familyName,
      email: null,
      phone: p.phone,
    });
  });
});
