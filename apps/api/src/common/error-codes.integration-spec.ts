import { createTestApp, type TestApp } from '../../test/test-app';
import { authorise, bearer, createAccount, TEST_PASSWORD } from '../../test/factories';
import { ERROR_CODES, statusForCode } from './domain-error';

/** The feature error codes on their main cases, against the real API and database. */
describe('feature error codes', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.app.close();
  });

  function expectCode(response: { status: number; body: { code?: unknown } }, code: string): void {
    expect({ status: response.status, code: response.body.code }).toEqual({
      status: statusForCode(code as never),
      code,
    });
  }

  it('serves the ErrorCode enum and the error response in the OpenAPI document', async () => {
    const document = await t.http.get('/api/openapi.json');
    expect(document.status).toBe(200);
    expect(document.body.components.schemas.ErrorCode.enum).toEqual([...ERROR_CODES]);
    expect(document.body.components.schemas.ErrorResponse.properties.code).toEqual({
      $ref: '#/components/schemas/ErrorCode',
    });
    expect(document.body.paths['/api/admin/accounts/{id}'].patch.responses.default.content).toEqual({
      'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' } },
    });
  });

  it('ACCOUNT_SELF_DISABLE and ACCOUNT_ROLE_NOT_CHANGEABLE for refused account changes', async () => {
    const admin = await createAccount(t, 'admin');
    const candidate = await createAccount(t, 'candidate');
    expectCode(
      await t.http
        .patch(`/api/admin/accounts/${admin.accountId}`)
        .set(bearer(admin))
        .send({ disabled: true }),
      'ACCOUNT_SELF_DISABLE',
    );
    expectCode(
      await t.http
        .patch(`/api/admin/accounts/${candidate.accountId}`)
        .set(bearer(admin))
        .send({ role: 'mentor' }),
      'ACCOUNT_ROLE_NOT_CHANGEABLE',
    );
    // ACCOUNT_LAST_ADMIN needs every other admin disabled; in this shared database that would sign
    // out the admins of tests running beside it, so only its status is checked (feature-error-code.spec).
  });

  it('AUTH_BAD_CREDENTIALS for a wrong password, alike for an unknown e-mail', async () => {
    const mentor = await createAccount(t, 'mentor');
    expectCode(
      await t.http.post('/api/auth/login').send({ email: mentor.email, password: `${TEST_PASSWORD}-wrong` }),
      'AUTH_BAD_CREDENTIALS',
    );
    expectCode(
      await t.http
        .post('/api/auth/login')
        .send({ email: 'nobody@test.passgenau.de', password: TEST_PASSWORD }),
      'AUTH_BAD_CREDENTIALS',
    );
  });

  it('PROFILE_CONSENT_MISSING when publishing before consent, naming consent', async () => {
    const candidate = await createAccount(t, 'candidate');
    const publish = await t.http
      .post(`/api/candidates/${candidate.candidateId}/profile/publish`)
      .set(bearer(candidate));
    expectCode(publish, 'PROFILE_CONSENT_MISSING');
    expect(publish.body.errors).toEqual(
      expect.arrayContaining([{ field: 'consent', code: 'MISSING_FOR_STEP', message: expect.any(String) }]),
    );
  });

  it('CONSENT_NOT_GIVEN when withdrawing consent that was never given', async () => {
    const candidate = await createAccount(t, 'candidate');
    expectCode(
      await t.http.delete(`/api/candidates/${candidate.candidateId}/consent`).set(bearer(candidate)),
      'CONSENT_NOT_GIVEN',
    );
  });

  it('MENTOR_NOT_FOUND and MENTOR_ALREADY_AUTHORISED for mentor authorisations', async () => {
    const candidate = await createAccount(t, 'candidate');
    const mentor = await createAccount(t, 'mentor');
    const unknown = await t.http
      .post('/api/me/mentors')
      .set(bearer(candidate))
      .send({ mentorEmail: 'no-mentor@test.passgenau.de' });
    expectCode(unknown, 'MENTOR_NOT_FOUND');
    expect(unknown.body.errors).toEqual([
      { field: 'mentorEmail', code: 'NOT_FOUND', message: expect.any(String) },
    ]);
    await authorise(t, candidate, mentor);
    expectCode(
      await t.http.post('/api/me/mentors').set(bearer(candidate)).send({ mentorEmail: mentor.email }),
      'MENTOR_ALREADY_AUTHORISED',
    );
  });

  it('COMPANY_NOT_YOURS when an employer writes to another firm', async () => {
    const mine = await createAccount(t, 'employer');
    const other = await createAccount(t, 'employer');
    expectCode(
      await t.http.patch(`/api/companies/${other.companyId}`).set(bearer(mine)).send({ name: 'Übernommen' }),
      'COMPANY_NOT_YOURS',
    );
  });
});
