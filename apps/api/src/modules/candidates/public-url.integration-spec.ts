import { createTestApp, type TestApp } from '../../../test/test-app';
import { bearer, createAccount, uniqueEmail } from '../../../test/factories';

describe('one public address for printed cards and e-mailed links', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { PUBLIC_URL: 'https://passgenau.example.org' } });
  });

  afterAll(async () => {
    await t.app.close();
  });

  it("gives the access card of a mentor's new candidate the PUBLIC_URL of the invitation links", async () => {
    const mentor = await createAccount(t, 'mentor');
    const created = await t.http
      .post('/api/mentor/candidates')
      .set(bearer(mentor))
      .send({ givenName: 'Yonas', familyName: 'Tesfaye', language: 'ar' });
    expect(created.status).toBe(201);
    expect(created.body.signInUrl).toBe('https://passgenau.example.org/access-code');

    const iba = await createAccount(t, 'iba_staff');
    const invited = await t.http
      .post('/api/invitations')
      .set(bearer(iba))
      .send({
        kind: 'employer',
        email: uniqueEmail('firma'),
        companyName: 'Bäckerei Beispiel',
        language: 'de',
      });
    expect(invited.status).toBe(201);
    expect(invited.body.acceptUrl).toMatch(/^https:\/\/passgenau\.example\.org\/invitations\//);
  });
});
