import { createTestApp, type TestApp } from '../../../test/test-app';
import { bearer, createAccount, db, type TestAccount } from '../../../test/factories';
import { MailService } from '../mail/mail.service';

describe('admin pages that show candidates are logged', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.app.close();
  });

  async function rows(candidate: TestAccount, action: string, actor: TestAccount) {
    return db(t).query(
      `SELECT actor_role, route FROM access_log WHERE candidate_id = $1 AND action = $2 AND actor_account_id = $3`,
      [candidate.candidateId, action, actor.accountId],
    );
  }

  it('the account list writes one entry per candidate shown, none for other accounts', async () => {
    const admin = await createAccount(t, 'admin');
    const candidate = await createAccount(t, 'candidate');
    const other = await createAccount(t, 'candidate');
    const mentor = await createAccount(t, 'mentor');
    const response = await t.http
      .get('/api/admin/accounts')
      .query({ q: candidate.email, pageSize: 100 })
      .set(bearer(admin));
    expect(response.status).toBe(200);
    expect(response.body.items.map((a: { id: string }) => a.id)).toEqual([candidate.accountId]);
    expect(await rows(candidate, 'list_accounts', admin)).toEqual([
      { actor_role: 'admin', route: 'GET /api/admin/accounts' },
    ]);
    expect(await rows(other, 'list_accounts', admin)).toEqual([]);

    await t.http.get('/api/admin/accounts').query({ q: mentor.email }).set(bearer(admin));
    const [{ n }] = await db(t).query(
      `SELECT count(*)::int AS n FROM access_log WHERE actor_account_id = $1 AND action = 'list_accounts'`,
      [admin.accountId],
    );
    expect(n).toBe(1);
  });

  it('the outbox writes one entry per candidate among the recipients shown', async () => {
    const admin = await createAccount(t, 'admin');
    const candidate = await createAccount(t, 'candidate');
    const mail = t.app.get(MailService);
    await mail.write({ to: candidate.email, subject: 'Passgenau: Test', body: 'one' });
    await mail.write({ to: candidate.email, subject: 'Passgenau: Test', body: 'two' });
    const response = await t.http.get('/api/admin/outbox').query({ pageSize: 100 }).set(bearer(admin));
    expect(response.status).toBe(200);
    expect(response.body.items.map((m: { recipient: string }) => m.recipient)).toContain(candidate.email);
    expect(await rows(candidate, 'read_outbox', admin)).toEqual([
      { actor_role: 'admin', route: 'GET /api/admin/outbox' },
    ]);
  });
});
