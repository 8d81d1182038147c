import { createTestApp, type TestApp } from '../../../test/test-app';

describe('API basics', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.app.close();
  });

  it('reports database and search up', async () => {
    const response = await t.http.get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok', database: 'up', search: 'up' });
  });

  it('sends security headers and a request id', async () => {
    const response = await t.http.get('/api/health').set('X-Request-Id', 'caller-supplied-id-1');
    expect(response.headers['x-request-id']).toBe('caller-supplied-id-1');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('serves the OpenAPI document and the browsable docs', async () => {
    const spec = await t.http.get('/api/openapi.json');
    expect(spec.status).toBe(200);
    expect(Object.keys(spec.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/taxonomy/occupations',
        '/api/taxonomy/skills',
        '/api/towns',
      ]),
    );
    const docs = await t.http.get('/api/docs');
    expect(docs.status).toBe(200);
    expect(docs.text).toContain('swagger');
  });

  it('answers unknown routes with 404 in the error shape', async () => {
    const response = await t.http.get('/api/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({
      statusCode: 404,
      code: 'NOT_FOUND',
      requestId: expect.any(String),
    });
  });

  it('answers malformed JSON with 400 and oversized bodies with 413, never 500', async () => {
    const malformed = await t.http.post('/api/auth/login').set('Content-Type', 'application/json').send('{"a":');
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('MALFORMED_JSON');
    const huge = await t.http
      .post('/api/health')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ text: 'x'.repeat(2 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses methods a route does not have with a 4xx in the error shape', async () => {
    const response = await t.http.delete('/api/towns');
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('NOT_FOUND');
  });
});

describe('the committed OpenAPI document', () => {
  it('matches what the API serves (run `npx nx run api:openapi` after changing a DTO)', async () => {
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const t = await createTestApp();
    try {
      const served = (await t.http.get('/api/openapi.json')).body;
      const committed = JSON.parse(readFileSync(resolve(__dirname, '../../../openapi.json'), 'utf8'));
      expect(served).toEqual(committed);
    } finally {
      await t.app.close();
    }
  });
});
