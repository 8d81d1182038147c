import { DemoAccountsInProductionError, prepareData } from '../../app.factory';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../database/seeds/demo-data.seeder';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { bearer, createAccount, TEST_PASSWORD } from '../../../test/factories';

describe('admin: accounts, roles, outbox; demo accounts', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.app.close();
  });

  it('lists accounts with filters and paging', async () => {
    const admin = await createAccount(t, 'admin');
    const coordinator = await createAccount(t, 'coordinator');
    const response = await t.http
      .get('/api/admin/accounts')
      .query({ q: coordinator.email.slice(0, 20), role: 'coordinator' })
      .set(bearer(admin));
    expect(response.status).toBe(200);
    expect(response.body.items).toEqual([
      expect.objectContaining({ id: coordinator.accountId, role: 'coordinator', disabled: false }),
    ]);
    const page = await t.http.get('/api/admin/accounts').query({ pageSize: 2, page: 1 }).set(bearer(admin));
    expect(page.body.items).toHaveLength(2);
    expect(page.body.total).toBeGreaterThan(2);
  });

  it('changes a staff role and disables an account; both end its sessions at once', async () => {
    const admin = await createAccount(t, 'admin');
    const mentor = await createAccount(t, 'mentor');
    expect(
      (
        await t.http
          .patch(`/api/admin/accounts/${mentor.accountId}`)
          .set(bearer(admin))
          .send({ role: 'iba_staff' })
      ).status,
    ).toBe(204);
    expect((await t.http.get('/api/auth/me').set(bearer(mentor))).status).toBe(401);
    const relogin = await t.http
      .post('/api/auth/login')
      .send({ email: mentor.email, password: TEST_PASSWORD });
    expect(relogin.body.account.role).toBe('iba_staff');

    expect(
      (
        await t.http
          .patch(`/api/admin/accounts/${mentor.accountId}`)
          .set(bearer(admin))
          .send({ disabled: true })
      ).status,
    ).toBe(204);
    expect(
      (await t.http.get('/api/auth/me').set('Authorization', `Bearer ${relogin.body.accessToken}`)).status,
    ).toBe(401);
    expect(
      (await t.http.post('/api/auth/login').send({ email: mentor.email, password: TEST_PASSWORD })).status,
    ).toBe(401);
  });

  it('refuses role changes to or from candidate and employer, and unknown roles, naming the field', async () => {
    const admin = await createAccount(t, 'admin');
    const candidate = await createAccount(t, 'candidate');
    const toMentor = await t.http
      .patch(`/api/admin/accounts/${candidate.accountId}`)
      .set(bearer(admin))
      .send({ role: 'mentor' });
    expect(toMentor.status).toBe(422);
    expect(toMentor.body.errors[0].field).toBe('role');
    const bogus = await t.http
      .patch(`/api/admin/accounts/${candidate.accountId}`)
      .set(bearer(admin))
      .send({ role: 'superuser' });
    expect(bogus.status).toBe(400);
    expect(bogus.body.errors[0].field).toBe('role');
    const badId = await t.http
      .patch('/api/admin/accounts/not-a-uuid')
      .set(bearer(admin))
      .send({ disabled: true });
    expect(badId.status).toBe(400);
    expect(badId.body.errors[0].field).toBe('id');
    const selfDisable = await t.http
      .patch(`/api/admin/accounts/${admin.accountId}`)
      .set(bearer(admin))
      .send({ disabled: true });
    expect(selfDisable.status).toBe(422);
  });

  it('shows the mail outbox to admins', async () => {
    const admin = await createAccount(t, 'admin');
    const mentor = await createAccount(t, 'mentor');
    await t.http.post('/api/auth/password-reset/request').send({ email: mentor.email });
    const outbox = await t.http.get('/api/admin/outbox').set(bearer(admin));
    expect(outbox.status).toBe(200);
    expect(outbox.body.items.find((m: { recipient: string }) => m.recipient === mentor.email)).toMatchObject({
      subject: 'Passgenau: neues Passwort festlegen',
      deliveredAt: null,
    });
  });

  it('seeds one demo account of every role with the documented password', async () => {
    for (const demo of DEMO_ACCOUNTS) {
      const response = await t.http
        .post('/api/auth/login')
        .send({ email: demo.email, password: DEMO_PASSWORD });
      expect([demo.email, response.status, response.body.account?.role]).toEqual([
        demo.email,
        200,
        demo.role,
      ]);
    }
    const employer = await t.http
      .post('/api/auth/login')
      .send({ email: 'employer@demo.passgenau.de', password: DEMO_PASSWORD });
    expect(employer.body.account).toMatchObject({
      companyRole: 'manager',
      companyName: expect.stringContaining('Demo'),
    });
  });

  it('refuses to prepare a production start while demo accounts exist', async () => {
    await expect(prepareData(t.app, { seedDemoData: false, production: true })).rejects.toBeInstanceOf(
      DemoAccountsInProductionError,
    );
  });
});
