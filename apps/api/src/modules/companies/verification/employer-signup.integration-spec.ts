import { randomBytes } from 'node:crypto';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import {
  bearer,
  createAccount,
  db,
  TEST_PASSWORD,
  uniqueEmail,
  type TestAccount,
} from '../../../../test/factories';
import { TOWN, createOffer, type TestEmployer } from '../test-factories';

/** A firm signs up alone, keeps its profile and offers at once, and searches once it is checked. */
describe('employer self sign-up, the check by staff, and who marked interest', () => {
  let t: TestApp;
  let coordinator: TestAccount;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await createAccount(t, 'coordinator');
  });

  afterAll(async () => {
    await t.app.close();
  });

  const firmName = () => `Schreinerei Test ${randomBytes(3).toString('hex')}`;

  async function mailsTo(email: string): Promise<Array<{ subject: string; body: string }>> {
    return db(t).query(
      `SELECT subject, delivery_body AS body FROM mail_outbox WHERE recipient = $1 ORDER BY created_at`,
      [email],
    );
  }

  /** Signs a firm up through the mailed link; returns the manager as a test account. */
  async function signUpFirm(name: string, language = 'de'): Promise<TestEmployer> {
    const email = uniqueEmail('firm');
    const request = await t.http.post('/api/auth/employer-signup').send({
      email,
      password: TEST_PASSWORD,
      givenName: 'Petra',
      familyName: 'Holzer',
      companyName: name,
      townAgs: TOWN.backnang,
      language,
    });
    expect(request.status).toBe(202);
    expect(request.body).toEqual({ accepted: true });
    const [mail] = await mailsTo(email);
    const token = decodeURIComponent(/token=([^\s]+)/.exec(mail!.body)![1]!);
    const confirmed = await t.http.post('/api/auth/signup/confirm').send({ token });
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.account).toMatchObject({
      role: 'employer',
      companyRole: 'manager',
      companyName: name,
    });
    return {
      accountId: confirmed.body.account.accountId,
      email,
      role: 'employer',
      candidateId: null,
      companyId: confirmed.body.account.companyId,
      token: confirmed.body.accessToken,
    };
  }

  it('answers a known e-mail exactly like a new one, and mails a note instead of a link', async () => {
    const existing = await createAccount(t, 'mentor');
    const response = await t.http.post('/api/auth/employer-signup').send({
      email: existing.email,
      password: TEST_PASSWORD,
      givenName: 'Petra',
      familyName: 'Holzer',
      companyName: firmName(),
      townAgs: TOWN.backnang,
    });
    expect(response.status).toBe(202);
    expect(response.body).toEqual({ accepted: true });
    const mails = await mailsTo(existing.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.body).not.toMatch(/sign-up\?token=/);
    const [{ n }] = await db(t).query(`SELECT count(*)::int AS n FROM account WHERE email = $1`, [
      existing.email,
    ]);
    expect(n).toBe(1);
  });

  it('names bad fields: an unknown town, a blank firm name', async () => {
    const base = { email: uniqueEmail('firm'), password: TEST_PASSWORD, givenName: 'P', familyName: 'H' };
    const town = await t.http
      .post('/api/auth/employer-signup')
      .send({ ...base, companyName: firmName(), townAgs: '08119000' });
    expect(town.status).toBe(400);
    expect(town.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'townAgs' }] });
    const blank = await t.http
      .post('/api/auth/employer-signup')
      .send({ ...base, companyName: '   ', townAgs: TOWN.backnang });
    expect(blank.status).toBe(400);
    expect(blank.body.errors[0].field).toBe('companyName');
  });

  it('keeps profile and offers at once, searches only after the check, and the firm gets a mail', async () => {
    const name = firmName();
    const employer = await signUpFirm(name, 'en');
    const [site] = await db(t).query(`SELECT town_ags, is_main FROM company_site WHERE company_id = $1`, [
      employer.companyId,
    ]);
    expect(site).toEqual({ town_ags: TOWN.backnang, is_main: true });

    const profile = await t.http
      .patch(`/api/companies/${employer.companyId}`)
      .set(bearer(employer))
      .send({ offersInternships: true });
    expect(profile.status).toBe(200);
    const offer = await createOffer(t, employer);
    expect(offer.id).toEqual(expect.any(String));

    const locked = await t.http.get('/api/profiles').set(bearer(employer));
    expect(locked.status).toBe(403);
    expect(locked.body).toMatchObject({ code: 'COMPANY_NOT_VERIFIED', errors: [{ field: 'company' }] });
    const lockedOne = await t.http.get('/api/profiles/K-ABCD').set(bearer(employer));
    expect(lockedOne.status).toBe(403);
    expect(lockedOne.body.code).toBe('COMPANY_NOT_VERIFIED');
    const lockedInterest = await t.http.get(`/api/offers/${offer.id}/interested`).set(bearer(employer));
    expect(lockedInterest.status).toBe(403);
    expect(lockedInterest.body.code).toBe('COMPANY_NOT_VERIFIED');

    const queue = await t.http.get('/api/company-verifications').set(bearer(coordinator));
    expect(queue.status).toBe(200);
    expect(queue.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          companyId: employer.companyId,
          companyName: name,
          town: 'Backnang',
          contactName: 'Petra Holzer',
          contactEmail: employer.email,
        }),
      ]),
    );
    const byEmployer = await t.http.get('/api/company-verifications').set(bearer(employer));
    expect(byEmployer.status).toBe(403);

    const approved = await t.http
      .post(`/api/company-verifications/${employer.companyId}/approve`)
      .set(bearer(coordinator));
    expect(approved.status).toBe(200);
    expect(approved.body).toEqual({ companyId: employer.companyId, status: 'verified', notified: 1 });
    const mails = await mailsTo(employer.email);
    expect(mails.at(-1)!.subject).toBe('Passgenau: your company has been checked');
    expect(mails.at(-1)!.body).toMatch(/\/profiles/);

    const open = await t.http.get('/api/profiles').set(bearer(employer));
    expect(open.status).toBe(200);
    const after = await t.http.get('/api/company-verifications').set(bearer(coordinator));
    expect(after.body.map((c: { companyId: string }) => c.companyId)).not.toContain(employer.companyId);
    const twice = await t.http
      .post(`/api/company-verifications/${employer.companyId}/reject`)
      .set(bearer(coordinator));
    expect(twice.status).toBe(409);
  });

  it('a refused firm stays locked and is told so', async () => {
    const employer = await signUpFirm(firmName());
    const iba = await createAccount(t, 'iba_staff');
    const rejected = await t.http
      .post(`/api/company-verifications/${employer.companyId}/reject`)
      .set(bearer(iba));
    expect(rejected.status).toBe(200);
    expect(rejected.body.status).toBe('rejected');
    expect((await mailsTo(employer.email)).at(-1)!.subject).toBe('Passgenau: Prüfung Ihrer Firma');
    const locked = await t.http.get('/api/profiles').set(bearer(employer));
    expect(locked.status).toBe(403);
    expect(locked.body.errors).toEqual([{ field: 'company', code: 'CHECK_REFUSED', message: 'check refused' }]);
  });

  it('lists who marked interest by pseudonym, only visible profiles, each read logged', async () => {
    const employer = await signUpFirm(firmName());
    await t.http.post(`/api/company-verifications/${employer.companyId}/approve`).set(bearer(coordinator));
    const offer = await createOffer(t, employer);

    async function interestedCandidate(
      visible: boolean,
    ): Promise<{ candidateId: string; pseudonym: string }> {
      const candidate = await createAccount(t, 'candidate');
      const pseudonym = `K-${randomBytes(3).toString('hex').toUpperCase()}`;
      await db(t).query(
        `INSERT INTO candidate_profile (candidate_id, pseudonym, status, published_at, confirmed_at)
         VALUES ($1, $2, $3, now(), now())`,
        [candidate.candidateId, pseudonym, visible ? 'published' : 'draft'],
      );
      await db(t).query(
        `INSERT INTO consent_record (candidate_id, purpose, text_version, granted_on_behalf)
         VALUES ($1, 'searchable_profile', 'test-v1', false)`,
        [candidate.candidateId],
      );
      const marked = await t.http
        .put(`/api/job-board/offers/${offer.id}/interest`)
        .set(bearer(candidate))
        .send({});
      expect(marked.status).toBe(200);
      return { candidateId: candidate.candidateId!, pseudonym };
    }
    const shown = await interestedCandidate(true);
    const hidden = await interestedCandidate(false);

    const list = await t.http.get(`/api/offers/${offer.id}/interested`).set(bearer(employer));
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(2);
    expect(list.body.items).toEqual([{ pseudonym: shown.pseudonym, markedAt: expect.any(String) }]);
    const logged = await db(t).query(
      `SELECT candidate_id FROM access_log WHERE action = 'list_offer_interest' AND actor_account_id = $1`,
      [employer.accountId],
    );
    expect(logged).toEqual([{ candidate_id: shown.candidateId }]);
    expect(JSON.stringify(list.body)).not.toContain(hidden.pseudonym);

    const otherFirm = await createAccount(t, 'employer');
    const foreign = await t.http.get(`/api/offers/${offer.id}/interested`).set(bearer(otherFirm));
    expect(foreign.status).toBe(404);
    const staff = await t.http.get(`/api/offers/${offer.id}/interested`).set(bearer(coordinator));
    expect(staff.status).toBe(200);
  });
});
