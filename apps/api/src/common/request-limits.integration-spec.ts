import { createTestApp, type TestApp } from '../../test/test-app';
import { bearer, createAccount, type TestAccount } from '../../test/factories';

function nested(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

function expectErrorShape(body: unknown, statusCode: number, code: string): void {
  expect(body).toMatchObject({
    statusCode,
    code,
    message: expect.any(String),
    requestId: expect.any(String),
  });
}

describe('request limits: body sizes, array sizes, NUL characters and nesting', () => {
  let t: TestApp;
  let candidate: TestAccount;

  beforeAll(async () => {
    t = await createTestApp();
    candidate = await createAccount(t, 'candidate');
  });

  afterAll(async () => {
    await t.app.close();
  });

  const profilePath = () => `/api/candidates/${candidate.candidateId}/profile`;

  describe('body limits per route (item 7)', () => {
    it('answers a profile body over 256 kB with 413 in the error shape', async () => {
      const response = await t.http
        .put(profilePath())
        .set(bearer(candidate))
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ texts: [{ language: 'de', text: 'x'.repeat(300 * 1024) }] }));
      expect(response.status).toBe(413);
      expectErrorShape(response.body, 413, 'PAYLOAD_TOO_LARGE');
    });

    it('refuses an oversized array with one 400 naming the field, without transforming its elements', async () => {
      const competences = Array.from({ length: 500 }, () => ({}));
      const response = await t.http.put(profilePath()).set(bearer(candidate)).send({ competences });
      expect(response.status).toBe(400);
      expectErrorShape(response.body, 400, 'VALIDATION_FAILED');
      // Only the list itself: its 500 broken elements were never transformed or validated.
      expect(response.body.errors).toEqual([
        {
          field: 'competences',
          code: 'TOO_MANY',
          message: expect.stringContaining('no more than 100'),
          limit: 100,
        },
      ]);
    });

    it('checks nested lists before transformation too, naming the path', async () => {
      const competences = [{ code: 'x', evidence: Array.from({ length: 500 }, () => ({})) }];
      const response = await t.http.put(profilePath()).set(bearer(candidate)).send({ competences });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['competences.0.evidence']);
    });

    it('refuses a body on a route for signed-in users without a session before reading it', async () => {
      // Broken JSON: had the body been parsed, the answer would be 400 MALFORMED_JSON.
      const unread = await t.http
        .put(profilePath())
        .set('Content-Type', 'application/json')
        .send(`{"texts": "${'x'.repeat(200 * 1024)}`);
      expect(unread.status).toBe(401);
      expectErrorShape(unread.body, 401, 'UNAUTHENTICATED');
    });

    it('refuses a body declared larger than any route accepts with 413 before reading it', async () => {
      const started = Date.now();
      const response = await t.http
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ email: 'x'.repeat(3 * 1024 * 1024) }))
        .catch((error: { response?: { status: number; body: unknown } }) => {
          // The server answers and closes without reading; the client may notice while still sending.
          if (error.response) return error.response;
          throw error;
        });
      expect(response.status).toBe(413);
      expectErrorShape(response.body, 413, 'PAYLOAD_TOO_LARGE');
      expect(Date.now() - started).toBeLessThan(5000);
    });

    it('keeps small public bodies small: 413 above 100 kB on sign-in', async () => {
      const response = await t.http
        .post('/api/auth/login')
        .send({ email: 'x'.repeat(150 * 1024), password: 'y' });
      expect(response.status).toBe(413);
      expectErrorShape(response.body, 413, 'PAYLOAD_TOO_LARGE');
    });

    it('still accepts a normal profile save of the signed-in candidate', async () => {
      const response = await t.http.put(profilePath()).set(bearer(candidate)).send({ competences: [] });
      // Incomplete drafts are a 400 naming fields, not a size problem.
      expect([200, 400]).toContain(response.status);
      expect(response.body.code).not.toBe('PAYLOAD_TOO_LARGE');
    });
  });

  describe('NUL characters and deep nesting (item 12)', () => {
    it('refuses a NUL character in a JSON body with 400 naming the field, also unauthenticated', async () => {
      const response = await t.http
        .post('/api/auth/login')
        .send({ email: 'amina\u0000@example.org', password: 'irrelevant-password' });
      expect(response.status).toBe(400);
      expectErrorShape(response.body, 400, 'VALIDATION_FAILED');
      expect(response.body.errors).toEqual([
        { field: 'email', code: 'UNSAFE_INPUT', message: expect.stringContaining('NUL') },
      ]);
    });

    it('refuses a NUL character in a query string with 400 naming the parameter', async () => {
      const response = await t.http.get('/api/taxonomy/skills?q=Schwei%00en&lang=de');
      expect(response.status).toBe(400);
      expectErrorShape(response.body, 400, 'VALIDATION_FAILED');
      expect(response.body.errors).toEqual([
        { field: 'q', code: 'UNSAFE_INPUT', message: expect.stringContaining('NUL') },
      ]);
    });

    it('refuses a NUL character in a path parameter with 400', async () => {
      const response = await t.http.get('/api/job-board/offers/abc%00def');
      expect(response.status).toBe(400);
      expectErrorShape(response.body, 400, 'VALIDATION_FAILED');
      expect(response.body.errors[0].field).toBe('path');
    });

    it('refuses a NUL character in a cookie with 400', async () => {
      const response = await t.http.post('/api/auth/refresh').set('Cookie', 'pg_refresh=ab%00cd');
      expect(response.status).toBe(400);
      expectErrorShape(response.body, 400, 'VALIDATION_FAILED');
    });

    it('refuses JSON nested 100,000 deep with 400 naming the field, not a stack overflow', async () => {
      const response = await t.http
        .put(profilePath())
        .set(bearer(candidate))
        .set('Content-Type', 'application/json')
        .send(`{"competences": ${nested(100_000)}}`);
      expect(response.status).toBe(400);
      expectErrorShape(response.body, 400, 'VALIDATION_FAILED');
      expect(response.body.errors[0].field).toMatch(/^competences/);
    });

    it('refuses deep nesting on a public route with 400', async () => {
      const response = await t.http
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .send(`{"email": ${nested(20_000)}, "password": "x"}`);
      expect(response.status).toBe(400);
      expectErrorShape(response.body, 400, 'VALIDATION_FAILED');
      expect(response.body.errors[0].field).toMatch(/^email/);
    });
  });
});
