import request from 'supertest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { bearer, createAccount, db, TEST_PASSWORD, uniqueEmail } from '../../../test/factories';

/** Cookies of a response as a Cookie header value. */
function cookiesOf(response: request.Response): string {
  const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  return setCookie.map((c) => c.split(';')[0]).join('; ');
}

describe('sign-up, sign-in, sessions and password reset', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.app.close();
  });

  describe('sign-up', () => {
    it('mails a link; opening it creates the candidate account with its candidate record and signs in', async () => {
      const email = uniqueEmail('Amina');
      const requested = await t.http
        .post('/api/auth/signup')
        .send({ email, password: TEST_PASSWORD, givenName: 'Amina', familyName: 'Haddad', language: 'ar' });
      expect(requested.status).toBe(202);
      expect(requested.body).toEqual({ accepted: true });
      const [before] = await db(t).query(`SELECT count(*)::int AS n FROM account WHERE email = $1`, [
        email.toLowerCase(),
      ]);
      expect(before.n).toBe(0);
      const [mail] = await db(t).query(`SELECT delivery_body AS body FROM mail_outbox WHERE recipient = $1`, [
        email.toLowerCase(),
      ]);
      expect(mail.body).toMatch(/\/sign-up\?token=/);
      const token = decodeURIComponent(/token=([^\s]+)/.exec(mail.body)![1]!);
      const response = await t.http.post('/api/auth/signup/confirm').send({ token });
      expect(response.status).toBe(201);
      expect(response.body.account).toMatchObject({
        role: 'candidate',
        email: email.toLowerCase(),
        preferredLanguage: 'ar',
      });
      expect(response.body.account.candidateId).toEqual(expect.any(String));
      const me = await t.http.get('/api/auth/me').set('Authorization', `Bearer ${response.body.accessToken}`);
      expect(me.status).toBe(200);
      expect(me.body.displayName).toBe('Amina Haddad');
      const login = await t.http.post('/api/auth/login').send({ email, password: TEST_PASSWORD });
      expect(login.status).toBe(200);
      const again = await t.http.post('/api/auth/signup/confirm').send({ token });
      expect(again.status).toBe(400);
      expect(again.body.errors).toEqual([
        { field: 'token', code: 'LINK_INVALID', message: expect.any(String) },
      ]);
    });

    it('refuses a common or short password with a 400 naming the field, and creates nothing', async () => {
      const email = uniqueEmail('weak');
      for (const [password, problem] of [
        ['password123', { code: 'PASSWORD_COMMON' }],
        ['short', { code: 'PASSWORD_TOO_SHORT', limit: 10 }],
      ] as const) {
        const response = await t.http
          .post('/api/auth/signup')
          .send({ email, password, givenName: 'A', familyName: 'B' });
        expect(response.status).toBe(400);
        expect(response.body.errors).toEqual([
          { field: 'password', ...problem, message: expect.any(String) },
        ]);
      }
      const [row] = await db(t).query(
        `SELECT (SELECT count(*) FROM account WHERE email = $1)::int + (SELECT count(*) FROM signup_request WHERE email = $1)::int AS n`,
        [email],
      );
      expect(row.n).toBe(0);
    });

    it('refuses unknown fields such as a role', async () => {
      const response = await t.http.post('/api/auth/signup').send({
        email: uniqueEmail('x'),
        password: TEST_PASSWORD,
        givenName: 'A',
        familyName: 'B',
        role: 'admin',
      });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain('role');
    });
  });

  describe('sign-in', () => {
    it('sets httpOnly SameSite cookies and returns a bearer token', async () => {
      const account = await createAccount(t, 'mentor');
      const response = await t.http
        .post('/api/auth/login')
        .send({ email: account.email, password: TEST_PASSWORD });
      expect(response.status).toBe(200);
      expect(response.body.accessToken.split('.')).toHaveLength(3);
      const cookies = ([] as string[]).concat(response.headers['set-cookie']);
      const access = cookies.find((c) => c.startsWith('pg_access='))!;
      const refresh = cookies.find((c) => c.startsWith('pg_refresh='))!;
      expect(access).toMatch(/HttpOnly/);
      expect(access).toMatch(/SameSite=Strict/);
      expect(refresh).toMatch(/Path=\/api\/auth/);
      const me = await t.http.get('/api/auth/me').set('Cookie', cookiesOf(response));
      expect(me.body.accountId).toBe(account.accountId);
    });

    it('gives the same answer for an unknown e-mail and a wrong password', async () => {
      const account = await createAccount(t, 'mentor');
      const wrong = await t.http
        .post('/api/auth/login')
        .send({ email: account.email, password: 'Not-The-Password-1' });
      const unknown = await t.http
        .post('/api/auth/login')
        .send({ email: uniqueEmail('nobody'), password: 'Not-The-Password-1' });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(wrong.body.message).toBe(unknown.body.message);
      expect(wrong.body.code).toBe('AUTH_BAD_CREDENTIALS');
    });

    it('refuses the eleventh try from the same source after ten wrong passwords, even with the right password', async () => {
      const account = await createAccount(t, 'employer');
      for (let i = 0; i < 10; i++) {
        const response = await t.http
          .post('/api/auth/login')
          .send({ email: account.email, password: `Wrong-Password-${i}` });
        expect(response.status).toBe(401);
      }
      const eleventh = await t.http
        .post('/api/auth/login')
        .send({ email: account.email, password: TEST_PASSWORD });
      expect(eleventh.status).toBe(429);
      expect(eleventh.body.code).toBe('AUTH_TOO_MANY_FAILURES');
      // When the window has passed the right password works again.
      await db(t).query(`UPDATE login_failure SET at = at - interval '16 minutes' WHERE account_key = $1`, [
        account.email,
      ]);
      const later = await t.http
        .post('/api/auth/login')
        .send({ email: account.email, password: TEST_PASSWORD });
      expect(later.status).toBe(200);
    });

    it('limits sign-in requests per IP address', async () => {
      const limited = await createTestApp({ env: { PASSGENAU_AUTH_REQUESTS_PER_MINUTE: '3' } });
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 5; i++) {
          statuses.push(
            (
              await limited.http
                .post('/api/auth/login')
                .send({ email: uniqueEmail('ip'), password: 'whatever-123' })
            ).status,
          );
        }
        expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
        expect(statuses.slice(3)).toEqual([429, 429]);
      } finally {
        await limited.app.close();
      }
    });
  });

  describe('refresh and sign-out', () => {
    it('rotates the refresh token and ends the session when an old one is reused', async () => {
      const account = await createAccount(t, 'mentor');
      const login = await t.http
        .post('/api/auth/login')
        .send({ email: account.email, password: TEST_PASSWORD });
      const cookies = cookiesOf(login);
      const csrf = login.body.csrfToken;
      const first = await t.http.post('/api/auth/refresh').set('Cookie', cookies).set('X-CSRF-Token', csrf);
      expect(first.status).toBe(200);
      const rotated = cookiesOf(first);
      expect(rotated).not.toEqual(cookies);
      // A second refresh with the same token at once (two tabs) is tolerated…
      const racingTab = await t.http
        .post('/api/auth/refresh')
        .set('Cookie', cookies)
        .set('X-CSRF-Token', csrf);
      expect(racingTab.status).toBe(200);
      // …later it means the token was stolen.
      await db(t).query(
        `UPDATE refresh_token SET used_at = used_at - interval '1 minute' WHERE used_at IS NOT NULL`,
      );
      const stolen = await t.http.post('/api/auth/refresh').set('Cookie', cookies).set('X-CSRF-Token', csrf);
      expect(stolen.status).toBe(401);
      // Reuse of a spent token ended the whole session: the newest access token is dead too.
      const me = await t.http.get('/api/auth/me').set('Authorization', `Bearer ${first.body.accessToken}`);
      expect(me.status).toBe(401);
    });

    it('sign-out ends the session on the server: the access token stops working at once', async () => {
      const account = await createAccount(t, 'coordinator');
      expect((await t.http.get('/api/auth/me').set(bearer(account))).status).toBe(200);
      expect((await t.http.post('/api/auth/logout').set(bearer(account))).status).toBe(204);
      const after = await t.http.get('/api/auth/me').set(bearer(account));
      expect(after.status).toBe(401);
      expect(after.body.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('CSRF', () => {
    it('refuses cookie-authenticated writes without the token and accepts them with it', async () => {
      const account = await createAccount(t, 'candidate');
      const login = await t.http
        .post('/api/auth/login')
        .send({ email: account.email, password: TEST_PASSWORD });
      const cookies = cookiesOf(login);
      const without = await t.http
        .post('/api/me/mentors')
        .set('Cookie', cookies)
        .send({ mentorEmail: 'x@example.org' });
      expect(without.status).toBe(403);
      expect(without.body.code).toBe('CSRF_TOKEN_INVALID');
      const forged = await t.http
        .post('/api/me/mentors')
        .set('Cookie', cookies)
        .set('X-CSRF-Token', 'forged-token')
        .send({ mentorEmail: 'x@example.org' });
      expect(forged.status).toBe(403);
      const withToken = await t.http
        .post('/api/me/mentors')
        .set('Cookie', cookies)
        .set('X-CSRF-Token', login.body.csrfToken)
        .send({ mentorEmail: uniqueEmail('no-mentor') });
      expect(withToken.status).toBe(404); // passed CSRF; no such mentor
    });

    it('needs no CSRF token for bearer-authenticated writes', async () => {
      const candidate = await createAccount(t, 'candidate');
      const mentor = await createAccount(t, 'mentor');
      const response = await t.http
        .post('/api/me/mentors')
        .set(bearer(candidate))
        .send({ mentorEmail: mentor.email });
      expect(response.status).toBe(201);
    });
  });

  describe('password reset', () => {
    it('mails a link to the outbox, sets the new password once and ends every session', async () => {
      const account = await createAccount(t, 'mentor');
      const response = await t.http
        .post('/api/auth/password-reset/request')
        .send({ email: account.email, language: 'uk' });
      expect(response.status).toBe(202);
      const [mail] = await db(t).query(
        `SELECT subject, delivery_body AS body FROM mail_outbox WHERE recipient = $1`,
        [account.email],
      );
      expect(mail.body).toMatch(/reset-password\?token=/);
      const token = decodeURIComponent(/token=([^\s]+)/.exec(mail.body)![1]!);

      const weak = await t.http
        .post('/api/auth/password-reset/confirm')
        .send({ token, newPassword: '12345678901' });
      expect(weak.status).toBe(400);
      expect(weak.body.errors[0].field).toBe('newPassword');

      const confirm = await t.http
        .post('/api/auth/password-reset/confirm')
        .send({ token, newPassword: 'Neues-Passwort-Weinberg' });
      expect(confirm.status).toBe(204);
      expect((await t.http.get('/api/auth/me').set(bearer(account))).status).toBe(401);
      expect(
        (await t.http.post('/api/auth/login').send({ email: account.email, password: TEST_PASSWORD })).status,
      ).toBe(401);
      expect(
        (
          await t.http
            .post('/api/auth/login')
            .send({ email: account.email, password: 'Neues-Passwort-Weinberg' })
        ).status,
      ).toBe(200);

      const again = await t.http
        .post('/api/auth/password-reset/confirm')
        .send({ token, newPassword: 'Noch-ein-Passwort-2026' });
      expect(again.status).toBe(400);
      expect(again.body.errors[0].field).toBe('token');
    });

    it('answers an unknown e-mail exactly like a known one and writes no mail', async () => {
      const email = uniqueEmail('unknown');
      const response = await t.http.post('/api/auth/password-reset/request').send({ email });
      expect(response.status).toBe(202);
      expect(response.body).toEqual({ accepted: true });
      const [row] = await db(t).query(`SELECT count(*)::int AS n FROM mail_outbox WHERE recipient = $1`, [
        email,
      ]);
      expect(row.n).toBe(0);
    });
  });

  describe('candidates without e-mail', () => {
    it('a mentor creates the account; the candidate signs in once with the printed code and sets a password', async () => {
      const mentor = await createAccount(t, 'mentor');
      const created = await t.http
        .post('/api/mentor/candidates')
        .set(bearer(mentor))
        .send({ givenName: 'Yonas', familyName: 'Tesfaye' });
      expect(created.status).toBe(201);
      const { loginName, accessCode } = created.body;
      expect(loginName).toMatch(/^k-[a-z0-9]{7}$/);
      expect(accessCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{2}$/);

      const first = await t.http.post('/api/auth/access-code').send({
        loginName,
        code: accessCode.toLowerCase().replace(/-/g, ' '),
        newPassword: 'Sonnenblume-am-Neckar',
      });
      expect(first.status).toBe(200);
      expect(first.body.account).toMatchObject({ role: 'candidate', loginName, email: null });
      const mentors = await t.http
        .get('/api/me/mentors')
        .set('Authorization', `Bearer ${first.body.accessToken}`);
      expect(mentors.body).toEqual([
        expect.objectContaining({
          mentorAccountId: mentor.accountId,
          active: true,
          grantedWhenMentorCreatedAccount: true,
        }),
      ]);

      const reuse = await t.http
        .post('/api/auth/access-code')
        .send({ loginName, code: accessCode, newPassword: 'Andere-Blume-am-Neckar' });
      expect(reuse.status).toBe(401);
      const login = await t.http
        .post('/api/auth/login')
        .send({ email: loginName, password: 'Sonnenblume-am-Neckar' });
      expect(login.status).toBe(200);
    });
  });
});
