import { createTestApp, type TestApp } from '../../../test/test-app';
import { bearer, createAccount, db, TEST_PASSWORD, uniqueEmail } from '../../../test/factories';

async function tokenFromOutbox(t: TestApp, email: string): Promise<string> {
  const [mail] = await db(t).query(
    `SELECT delivery_body AS body FROM mail_outbox WHERE recipient = $1 ORDER BY created_at DESC LIMIT 1`,
    [email],
  );
  return decodeURIComponent(/\/invitations\/(\S+)/.exec(mail.body)![1]!);
}

describe('invitations', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.app.close();
  });

  it('IBA staff invite an employer with a new company; the employer becomes its manager; the link works once', async () => {
    const iba = await createAccount(t, 'iba_staff');
    const email = uniqueEmail('chefin');
    const created = await t.http
      .post('/api/invitations')
      .set(bearer(iba))
      .send({ kind: 'employer', email, companyName: 'Schreinerei Beispiel', language: 'de' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'employer',
      email,
      companyName: 'Schreinerei Beispiel',
      usedAt: null,
    });
    const token = await tokenFromOutbox(t, email);
    expect(created.body.acceptUrl).toContain(encodeURIComponent(token));

    const preview = await t.http.get(`/api/invitations/${token}`);
    expect(preview.body).toMatchObject({
      kind: 'employer',
      email,
      companyName: 'Schreinerei Beispiel',
      invitedBy: 'Test iba_staff',
    });

    const accepted = await t.http
      .post(`/api/invitations/${token}/accept`)
      .send({ password: TEST_PASSWORD, givenName: 'Maria', familyName: 'Schreiner' });
    expect(accepted.status).toBe(201);
    expect(accepted.body.account).toMatchObject({
      role: 'employer',
      companyRole: 'manager',
      companyName: 'Schreinerei Beispiel',
    });

    const again = await t.http
      .post(`/api/invitations/${token}/accept`)
      .send({ password: TEST_PASSWORD, givenName: 'Maria', familyName: 'Schreiner' });
    expect(again.status).toBe(404);
    expect((await t.http.get(`/api/invitations/${token}`)).status).toBe(404);
  });

  it('a second employer joins an existing company as a member', async () => {
    const coordinator = await createAccount(t, 'coordinator');
    const manager = await createAccount(t, 'employer');
    const email = uniqueEmail('kollege');
    await t.http
      .post('/api/invitations')
      .set(bearer(coordinator))
      .send({ kind: 'employer', email, companyId: manager.companyId });
    const token = await tokenFromOutbox(t, email);
    const accepted = await t.http
      .post(`/api/invitations/${token}/accept`)
      .send({ password: TEST_PASSWORD, givenName: 'Ali', familyName: 'Demir' });
    expect(accepted.body.account).toMatchObject({
      role: 'employer',
      companyId: manager.companyId,
      companyRole: 'member',
    });
  });

  it('an expired link is refused', async () => {
    const iba = await createAccount(t, 'iba_staff');
    const email = uniqueEmail('late');
    await t.http.post('/api/invitations').set(bearer(iba)).send({ kind: 'candidate', email });
    const token = await tokenFromOutbox(t, email);
    await db(t).query(`UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE email = $1`, [
      email,
    ]);
    const accepted = await t.http
      .post(`/api/invitations/${token}/accept`)
      .send({ password: TEST_PASSWORD, givenName: 'A', familyName: 'B' });
    expect(accepted.status).toBe(404);
    const [row] = await db(t).query(`SELECT count(*)::int AS n FROM account WHERE email = $1`, [email]);
    expect(row.n).toBe(0);
  });

  it('a candidate invited by a mentor authorises that mentor by accepting', async () => {
    const mentor = await createAccount(t, 'mentor');
    const email = uniqueEmail('karim');
    expect(
      (
        await t.http
          .post('/api/invitations')
          .set(bearer(mentor))
          .send({ kind: 'candidate', email, language: 'fa' })
      ).status,
    ).toBe(201);
    const [mail] = await db(t).query(`SELECT subject FROM mail_outbox WHERE recipient = $1`, [email]);
    expect(mail.subject).toBe('دعوت به Passgenau');
    const token = await tokenFromOutbox(t, email);
    const accepted = await t.http
      .post(`/api/invitations/${token}/accept`)
      .send({ password: TEST_PASSWORD, givenName: 'Karim', familyName: 'Ahmadi' });
    expect(accepted.body.account.role).toBe('candidate');
    const mine = await t.http.get('/api/mentor/candidates').set(bearer(mentor));
    expect(mine.body.map((c: { givenName: string }) => c.givenName)).toContain('Karim');
  });

  it('only IBA staff and coordinators invite employers; only mentors and IBA staff invite candidates', async () => {
    const mentor = await createAccount(t, 'mentor');
    const coordinator = await createAccount(t, 'coordinator');
    const byMentor = await t.http
      .post('/api/invitations')
      .set(bearer(mentor))
      .send({ kind: 'employer', email: uniqueEmail('x'), companyName: 'X GmbH' });
    expect(byMentor.status).toBe(403);
    const byCoordinator = await t.http
      .post('/api/invitations')
      .set(bearer(coordinator))
      .send({ kind: 'candidate', email: uniqueEmail('y') });
    expect(byCoordinator.status).toBe(403);
  });

  it('names the fields of a bad invitation', async () => {
    const iba = await createAccount(t, 'iba_staff');
    const neither = await t.http
      .post('/api/invitations')
      .set(bearer(iba))
      .send({ kind: 'employer', email: uniqueEmail('z') });
    expect(neither.status).toBe(400);
    expect(neither.body.errors.map((e: { field: string }) => e.field)).toEqual(['companyId', 'companyName']);
    const bad = await t.http
      .post('/api/invitations')
      .set(bearer(iba))
      .send({ kind: 'boss', email: 'not-an-email' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['kind', 'email']),
    );
    const unknownCompany = await t.http
      .post('/api/invitations')
      .set(bearer(iba))
      .send({ kind: 'employer', email: uniqueEmail('w'), companyId: '00000000-0000-4000-8000-000000000000' });
    expect(unknownCompany.status).toBe(404);
    expect(unknownCompany.body.errors[0].field).toBe('companyId');
  });
});
