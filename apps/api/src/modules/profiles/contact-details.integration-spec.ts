import { SEARCHABLE_PROFILE_CONSENT } from '@passgenau/domain';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { bearer, createAccount, db } from '../../../test/factories';

const WELDER = 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b';
const WAIBLINGEN = '08119079';

describe('free text reaches employers without contact details', () => {
  let t: TestApp;
  let skill: string;

  beforeAll(async () => {
    t = await createTestApp();
    const search = await t.http.get('/api/taxonomy/skills').query({ q: 'зварювання', lang: 'uk' });
    skill = search.body.hits[0].code;
  });

  afterAll(async () => {
    await t.app.close();
  });

  const draft = (about: string, educationTitle: string) => ({
    languages: [{ language: 'de', overall: 'B1' }],
    germanCertificates: [],
    competences: [{ code: skill, evidence: [{ kind: 'self', level: 'good' }] }],
    schooling: {},
    education: [{ kind: 'vocational', title: educationTitle, titleLang: 'de', recognition: 'not_started' }],
    experience: [],
    texts: [{ subject: 'about', version: 'original', text: about, lang: 'de' }],
    wishes: { occupations: [WELDER], kinds: ['job'] },
    mobility: { homeTownAgs: WAIBLINGEN, drivingLicences: [] },
    workPermit: 'permitted',
  });

  it('holds back name, phone, e-mail and street from the employer view and tells the candidate why', async () => {
    const candidate = await createAccount(t, 'candidate');
    await db(t).query(`UPDATE candidate SET given_name = 'Oksana', family_name = 'Kovalenko' WHERE id = $1`, [
      candidate.candidateId,
    ]);
    const path = `/api/candidates/${candidate.candidateId}/profile`;
    const saved = await t.http
      .put(path)
      .set(bearer(candidate))
      .send(
        draft(
          'Ich bin Oksana Kovalenko, Schweißerin. Tel. 0151 2345678, oksana.k@example.org, Fronackerstraße 12.',
          'Schweißerin (Oksana Kovalenko)',
        ),
      );
    expect(saved.status).toBe(200);
    // The candidate keeps her words and is told what employers will not see.
    expect(saved.body.texts[0].original.text).toContain('0151 2345678');
    expect(saved.body.employerNotices).toEqual([
      {
        field: 'texts.about.original',
        withheld: expect.arrayContaining(['name', 'phone', 'email', 'street']),
        message: expect.stringContaining('held back'),
      },
      { field: 'education.0.title', withheld: ['name'], message: expect.any(String) },
    ]);

    await t.http
      .post(`/api/candidates/${candidate.candidateId}/consent`)
      .set(bearer(candidate))
      .send({ textVersion: SEARCHABLE_PROFILE_CONSENT.version });
    const published = await t.http.post(`${path}/publish`).set(bearer(candidate));
    expect(published.status).toBe(200);

    const employer = await createAccount(t, 'employer');
    const seen = await t.http.get(`/api/profiles/${published.body.pseudonym}`).set(bearer(employer));
    expect(seen.status).toBe(200);
    const text = JSON.stringify(seen.body);
    for (const secret of ['Oksana', 'Kovalenko', '2345678', 'example.org', 'Fronackerstraße']) {
      expect(text).not.toContain(secret);
    }
    expect(seen.body.texts[0].text).toContain('Schweißerin');
    expect(seen.body.education[0].title).toBe('Schweißerin ([…] […])');
  });

  it('gives the profile a new pseudonym when it is unpublished, so old and new cannot be linked', async () => {
    const candidate = await createAccount(t, 'candidate');
    const path = `/api/candidates/${candidate.candidateId}/profile`;
    await t.http.put(path).set(bearer(candidate)).send(draft('Ich schweiße gern.', 'Schweißerin'));
    await t.http
      .post(`/api/candidates/${candidate.candidateId}/consent`)
      .set(bearer(candidate))
      .send({ textVersion: SEARCHABLE_PROFILE_CONSENT.version });
    const first = await t.http.post(`${path}/publish`).set(bearer(candidate));
    expect(first.status).toBe(200);
    const unpublished = await t.http.post(`${path}/unpublish`).set(bearer(candidate));
    expect(unpublished.body.pseudonym).not.toBe(first.body.pseudonym);
    const again = await t.http.post(`${path}/publish`).set(bearer(candidate));
    expect(again.body.pseudonym).toBe(unpublished.body.pseudonym);
    const employer = await createAccount(t, 'employer');
    expect((await t.http.get(`/api/profiles/${first.body.pseudonym}`).set(bearer(employer))).status).toBe(
      404,
    );
    expect((await t.http.get(`/api/profiles/${again.body.pseudonym}`).set(bearer(employer))).status).toBe(
      200,
    );
  });
});
