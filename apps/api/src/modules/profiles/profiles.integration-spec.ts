import { SEARCHABLE_PROFILE_CONSENT } from '@passgenau/domain';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { authorise, bearer, createAccount, db, type TestAccount } from '../../../test/factories';

const WELDER = 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b';
const WAIBLINGEN = '08119079';

function draft(overrides: Record<string, unknown> = {}) {
  return {
    birthYear: 1994,
    phone: '+49 151 2345678',
    languages: [
      { language: 'uk', native: true, overall: 'C2' },
      { language: 'de', overall: 'A2', speaking: 'B1' },
    ],
    germanCertificates: [{ kind: 'telc', level: 'A2', issuedOn: '2025-05-20' }],
    mathsLevel: 'good',
    computerLevel: 'basic',
    competences: [] as unknown[],
    schooling: { years: 11, country: 'UA', level: 'upper_secondary' },
    education: [
      {
        kind: 'vocational',
        title: 'Зварювальник 4 розряду',
        titleLang: 'uk',
        occupationCode: WELDER,
        country: 'UA',
        yearCompleted: 2014,
        recognition: 'in_progress',
      },
    ],
    experience: [{ occupationCode: WELDER, years: 6, country: 'UA' }],
    texts: [
      {
        subject: 'about',
        version: 'original',
        text: 'Я шість років працював зварювальником у Харкові.',
        lang: 'uk',
      },
    ],
    wishes: { occupations: [WELDER], kinds: ['job'], hoursPerWeek: 39, earliestStart: '2027-01-15' },
    mobility: {
      homeTownAgs: WAIBLINGEN,
      homePlace: 'Fronackerstraße 12',
      travelKm: 20,
      drivingLicences: ['B'],
    },
    workPermit: 'needs_approval',
    ...overrides,
  };
}

describe('competence profiles', () => {
  let t: TestApp;
  let weldingSkill: string;

  beforeAll(async () => {
    t = await createTestApp();
    const search = await t.http.get('/api/taxonomy/skills').query({ q: 'зварювання', lang: 'uk' });
    weldingSkill = search.body.hits[0].code;
  });

  afterAll(async () => {
    await t.app.close();
  });

  async function candidateWithMentor(): Promise<{ candidate: TestAccount; mentor: TestAccount }> {
    const candidate = await createAccount(t, 'candidate');
    const mentor = await createAccount(t, 'mentor', { name: 'Helga Mentorin' });
    await authorise(t, candidate, mentor);
    return { candidate, mentor };
  }

  async function publishable(candidate: TestAccount, by: TestAccount = candidate) {
    const saved = await t.http
      .put(`/api/candidates/${candidate.candidateId}/profile`)
      .set(bearer(by))
      .send(
        draft({ competences: [{ code: weldingSkill, evidence: [{ kind: 'self', level: 'very_good' }] }] }),
      );
    expect(saved.status).toBe(200);
    await t.http
      .post(`/api/candidates/${candidate.candidateId}/consent`)
      .set(bearer(candidate))
      .send({ textVersion: SEARCHABLE_PROFILE_CONSENT.version });
    const published = await t.http
      .post(`/api/candidates/${candidate.candidateId}/profile/publish`)
      .set(bearer(candidate));
    expect(published.status).toBe(200);
    return published.body;
  }

  it('a candidate creates and updates their own profile', async () => {
    const candidate = await createAccount(t, 'candidate');
    const empty = await t.http.get(`/api/candidates/${candidate.candidateId}/profile`).set(bearer(candidate));
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({
      status: 'draft',
      pseudonym: expect.stringMatching(/^K-[A-Z2-9]{4,6}$/),
      completeness: { percent: 0 },
    });

    const saved = await t.http
      .put(`/api/candidates/${candidate.candidateId}/profile`)
      .set(bearer(candidate))
      .send(draft());
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      birthYear: 1994,
      workPermit: 'needs_approval',
      updatedOnBehalf: false,
      mobility: { homeTownName: 'Waiblingen' },
    });
    expect(saved.body.languages.map((l: { language: string }) => l.language)).toEqual(['uk', 'de']);
    expect(saved.body.experience[0].occupationLabels.de.text).toBe('Schweißer/Schweißerin');
    expect(saved.body.completeness.missing).toContain('competences');
    expect(saved.body.pseudonym).toBe(empty.body.pseudonym);

    const changed = await t.http
      .put(`/api/candidates/${candidate.candidateId}/profile`)
      .set(bearer(candidate))
      .send(
        draft({
          languages: [{ language: 'de', overall: 'B1' }],
          competences: [{ code: weldingSkill, evidence: [{ kind: 'self', level: 'good' }] }],
        }),
      );
    expect(changed.body.languages).toEqual([expect.objectContaining({ language: 'de', overall: 'B1' })]);
    expect(changed.body.competences[0]).toMatchObject({
      code: weldingSkill,
      labels: { de: { text: 'Schweißgeräte bedienen' } },
    });
  });

  it('refuses a profile without its schooling, wishes or mobility block with 400 naming each, and keeps the saved one', async () => {
    const candidate = await createAccount(t, 'candidate');
    const url = `/api/candidates/${candidate.candidateId}/profile`;
    await t.http.put(url).set(bearer(candidate)).send(draft()).expect(200);
    const { schooling: _s, wishes: _w, mobility: _m, ...rest } = draft();
    const missing = await t.http.put(url).set(bearer(candidate)).send(rest);
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe('VALIDATION_FAILED');
    for (const field of ['schooling', 'wishes', 'mobility'])
      expect(missing.body.errors).toContainEqual(expect.objectContaining({ field, code: 'REQUIRED' }));
    const notObjects = await t.http
      .put(url)
      .set(bearer(candidate))
      .send({ ...rest, schooling: 'x', wishes: [], mobility: 3 });
    expect(notObjects.status).toBe(400);
    for (const field of ['schooling', 'wishes', 'mobility'])
      expect(notObjects.body.errors).toContainEqual(expect.objectContaining({ field }));
    const kept = await t.http.get(url).set(bearer(candidate));
    expect(kept.body.mobility).toMatchObject({ homeTownName: 'Waiblingen' });
  });

  it('an authorised mentor edits on the candidate’s behalf; texts keep the original beside the tidied version', async () => {
    const { candidate, mentor } = await candidateWithMentor();
    await t.http.put(`/api/candidates/${candidate.candidateId}/profile`).set(bearer(candidate)).send(draft());
    const byMentor = await t.http
      .put(`/api/candidates/${candidate.candidateId}/profile`)
      .set(bearer(mentor))
      .send(
        draft({
          competences: [
            { code: weldingSkill, evidence: [{ kind: 'mentor', level: 'good', observedOn: '2026-10-01' }] },
          ],
          texts: [
            {
              subject: 'about',
              version: 'original',
              text: 'Я шість років працював зварювальником у Харкові.',
              lang: 'uk',
            },
            {
              subject: 'about',
              version: 'tidied',
              text: 'Ich habe sechs Jahre als Schweißer in Charkiw gearbeitet.',
              lang: 'de',
            },
          ],
        }),
      );
    expect(byMentor.status).toBe(200);
    expect(byMentor.body).toMatchObject({ updatedOnBehalf: true, updatedBy: 'Helga Mentorin' });
    expect(byMentor.body.texts).toEqual([
      {
        subject: 'about',
        original: expect.objectContaining({ lang: 'uk', writtenBy: 'Test candidate' }),
        tidied: expect.objectContaining({ lang: 'de', writtenBy: 'Helga Mentorin' }),
      },
    ]);
    expect(byMentor.body.competences[0].evidence[0]).toMatchObject({
      kind: 'mentor',
      observedBy: 'Helga Mentorin',
      observedOn: '2026-10-01',
    });

    const stranger = await createAccount(t, 'mentor');
    expect(
      (
        await t.http
          .put(`/api/candidates/${candidate.candidateId}/profile`)
          .set(bearer(stranger))
          .send(draft())
      ).status,
    ).toBe(404);
  });

  it('publishes only with consent and the minimum content, naming what is missing', async () => {
    const candidate = await createAccount(t, 'candidate');
    await t.http
      .put(`/api/candidates/${candidate.candidateId}/profile`)
      .set(bearer(candidate))
      .send(draft({ wishes: { occupations: [], kinds: [] } }));
    const refused = await t.http
      .post(`/api/candidates/${candidate.candidateId}/profile/publish`)
      .set(bearer(candidate));
    expect(refused.status).toBe(422);
    expect(refused.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'competences',
      'consent',
      'wishes',
    ]);
    const profile = await publishable(candidate);
    expect(profile.visibility).toMatchObject({ visible: true, since: expect.any(String), reasons: [] });
  });

  it('shows employers the pseudonymous form only: no name, contact, address or permit details', async () => {
    const { candidate } = await candidateWithMentor();
    const full = await publishable(candidate);
    const employer = await createAccount(t, 'employer');
    const response = await t.http.get(`/api/profiles/${full.pseudonym}`).set(bearer(employer));
    expect(response.status).toBe(200);
    const body = response.body;
    expect(body.pseudonym).toBe(full.pseudonym);
    expect(body.mayWork).toBe('with_approval');
    expect(body.homeTownName).toBe('Waiblingen');
    expect(body.competences[0].labels.de.text).toBe('Schweißgeräte bedienen');
    const text = JSON.stringify(body);
    for (const secret of [
      full.givenName,
      full.familyName,
      candidate.email,
      '2345678',
      'Fronackerstraße',
      'needs_approval',
      '1994',
      candidate.candidateId!,
    ]) {
      expect(text).not.toContain(secret);
    }
    for (const key of [
      'givenName',
      'familyName',
      'email',
      'phone',
      'birthYear',
      'workPermit',
      'homePlace',
      'candidateId',
      'mobility',
    ]) {
      expect(body).not.toHaveProperty(key);
    }
    // Employers never reach the full profile.
    expect(
      (await t.http.get(`/api/candidates/${candidate.candidateId}/profile`).set(bearer(employer))).status,
    ).toBe(403);
    // The read is logged for the candidate.
    const log = await t.http.get('/api/me/access-log').set(bearer(candidate));
    expect(log.body.items[0]).toMatchObject({ actorRole: 'employer', action: 'read_pseudonymous_profile' });
  });

  it('lists published profiles for employers with filters by town and occupation, and hides them at once when consent is withdrawn', async () => {
    const candidate = await createAccount(t, 'candidate');
    const profile = await publishable(candidate);
    const employer = await createAccount(t, 'employer');
    const byTown = await t.http
      .get('/api/profiles')
      .query({ town: WAIBLINGEN, occupation: WELDER, pageSize: 100 })
      .set(bearer(employer));
    expect(byTown.status).toBe(200);
    expect(byTown.body.items.map((p: { pseudonym: string }) => p.pseudonym)).toContain(profile.pseudonym);
    expect(byTown.body.items.every((p: { homeTownName: string }) => p.homeTownName === 'Waiblingen')).toBe(
      true,
    );
    const elsewhere = await t.http
      .get('/api/profiles')
      .query({ town: '08119001', pageSize: 100 })
      .set(bearer(employer));
    expect(elsewhere.body.items.map((p: { pseudonym: string }) => p.pseudonym)).not.toContain(
      profile.pseudonym,
    );

    await t.http.delete(`/api/candidates/${candidate.candidateId}/consent`).set(bearer(candidate));
    expect((await t.http.get(`/api/profiles/${profile.pseudonym}`).set(bearer(employer))).status).toBe(404);
    const after = await t.http
      .get('/api/profiles')
      .query({ town: WAIBLINGEN, pageSize: 100 })
      .set(bearer(employer));
    expect(after.body.items.map((p: { pseudonym: string }) => p.pseudonym)).not.toContain(profile.pseudonym);
    const own = await t.http.get(`/api/candidates/${candidate.candidateId}/profile`).set(bearer(candidate));
    expect(own.body.visibility).toMatchObject({ visible: false, reasons: ['no_consent'] });
  });

  describe('invalid data gets a 400 naming the field', () => {
    let candidate: TestAccount;

    beforeAll(async () => {
      candidate = await createAccount(t, 'candidate');
    });

    it.each([
      ['CEFR "B7"', draft({ languages: [{ language: 'de', overall: 'B7' }] }), 'languages.0.overall'],
      [
        'a certificate from the future',
        draft({ germanCertificates: [{ kind: 'telc', level: 'B1', issuedOn: '2099-01-01' }] }),
        'germanCertificates.0.issuedOn',
      ],
      [
        'an unknown taxonomy code',
        draft({ competences: [{ code: 'http://data.europa.eu/esco/skill/does-not-exist', evidence: [] }] }),
        'competences.0.code',
      ],
      [
        'a skill where an occupation is needed',
        draft({
          experience: [
            {
              occupationCode: 'http://data.europa.eu/esco/skill/000f1d3d-220f-4789-9c0a-cc742521fb02',
              years: 2,
            },
          ],
        }),
        'experience.0.occupationCode',
      ],
      [
        // A body over the route's 256 kB is a 413 (request-limits.integration-spec.ts).
        'a text over 4,000 characters',
        draft({
          texts: [{ subject: 'about', version: 'original', text: 'x'.repeat(4001), lang: 'de' }],
        }),
        'texts.0.text',
      ],
      [
        'an unknown town',
        draft({ mobility: { homeTownAgs: '99999999', drivingLicences: [] } }),
        'mobility.homeTownAgs',
      ],
      ['an unknown field', draft({ salary: 1 }), 'salary'],
    ])('%s', async (_name, body, field) => {
      const response = await t.http
        .put(`/api/candidates/${candidate.candidateId}/profile`)
        .set(bearer(candidate))
        .send(body);
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });

    it('an assessment dated in the future', async () => {
      const iba = await createAccount(t, 'iba_staff');
      const response = await t.http
        .post('/api/assessments')
        .set(bearer(iba))
        .send({
          candidateId: candidate.candidateId,
          provider: 'Kammer',
          procedure: 'Praxistest',
          assessedOn: '2099-03-01',
          results: [{ code: weldingSkill, level: 'good' }],
        });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['assessedOn']);
    });
  });

  describe('assessment results', () => {
    it('IBA staff attach a result; it shows first as the strongest evidence and can be confirmed by IBA', async () => {
      const candidate = await createAccount(t, 'candidate');
      await t.http
        .put(`/api/candidates/${candidate.candidateId}/profile`)
        .set(bearer(candidate))
        .send(draft({ competences: [{ code: weldingSkill, evidence: [{ kind: 'self', level: 'good' }] }] }));
      const iba = await createAccount(t, 'iba_staff');
      const attached = await t.http
        .post('/api/assessments')
        .set(bearer(iba))
        .send({
          candidateId: candidate.candidateId,
          provider: 'Bildungszentrum Waiblingen',
          procedure: 'MYSKILLS',
          assessedOn: '2026-10-14',
          results: [{ code: weldingSkill, level: 'very_good' }],
        });
      expect(attached.status).toBe(201);
      expect(
        (await t.http.post(`/api/evidence/${attached.body.evidenceIds[0]}/confirm`).set(bearer(iba))).status,
      ).toBe(204);
      const profile = await t.http
        .get(`/api/candidates/${candidate.candidateId}/profile`)
        .set(bearer(candidate));
      expect(
        profile.body.competences[0].evidence.map((e: { kind: string; confirmedByIba: boolean }) => [
          e.kind,
          e.confirmedByIba,
        ]),
      ).toEqual([
        ['provider', true],
        ['self', false],
      ]);
      // Saving the draft again keeps the assessment.
      await t.http
        .put(`/api/candidates/${candidate.candidateId}/profile`)
        .set(bearer(candidate))
        .send(draft({ competences: [{ code: weldingSkill, evidence: [] }] }));
      const again = await t.http
        .get(`/api/candidates/${candidate.candidateId}/profile`)
        .set(bearer(candidate));
      expect(again.body.competences[0].evidence.map((e: { kind: string }) => e.kind)).toEqual(['provider']);
    });

    it('imports a good CSV for many candidates', async () => {
      const a = await createAccount(t, 'candidate');
      const b = await createAccount(t, 'candidate');
      const iba = await createAccount(t, 'iba_staff');
      const csv = [
        'candidate,provider,procedure,assessedOn,code,level',
        `${a.candidateId},Handwerkskammer,Kompetenzcheck,2026-09-01,${weldingSkill},good`,
        `${b.email},Handwerkskammer,Kompetenzcheck,2026-09-01,${weldingSkill},basic`,
      ].join('\n');
      const preview = await t.http
        .post('/api/assessments/csv/preview')
        .set(bearer(iba))
        .attach('file', Buffer.from(csv), 'results.csv');
      expect(preview.status).toBe(200);
      expect(preview.body).toMatchObject({ valid: 2, invalid: 0 });
      const imported = await t.http
        .post('/api/assessments/csv')
        .set(bearer(iba))
        .attach('file', Buffer.from(csv), 'results.csv');
      expect(imported.status).toBe(201);
      expect(imported.body.imported).toBe(2);
      const profileB = await t.http.get(`/api/candidates/${b.candidateId}/profile`).set(bearer(b));
      expect(profileB.body.competences[0].evidence[0]).toMatchObject({
        kind: 'provider',
        provider: 'Handwerkskammer',
        level: 'basic',
      });
    });

    it('imports nothing from a file with bad rows and reports the errors per row', async () => {
      const a = await createAccount(t, 'candidate');
      const iba = await createAccount(t, 'iba_staff');
      const csv = [
        'candidate,provider,procedure,assessedOn,code,level',
        `${a.candidateId},Kammer,Test,2026-09-01,${weldingSkill},good`,
        `nobody@example.org,Kammer,Test,2026-09-01,${weldingSkill},good`,
        `${a.candidateId},Kammer,Test,2099-09-01,${weldingSkill},excellent`,
        `${a.candidateId},Kammer,Test,2026-09-01,http://example.org/unknown,good`,
      ].join('\n');
      const count = async () =>
        (await db(t).query(`SELECT count(*)::int AS n FROM competence_evidence WHERE provider = 'Kammer'`))[0]
          .n;
      const before = await count();
      const preview = await t.http
        .post('/api/assessments/csv/preview')
        .set(bearer(iba))
        .attach('file', Buffer.from(csv), 'results.csv');
      expect(preview.body).toMatchObject({ valid: 1, invalid: 3 });
      expect(
        preview.body.rows.map((r: { row: number; errors: Array<{ field: string }> }) => [
          r.row,
          r.errors.map((e) => e.field),
        ]),
      ).toEqual([
        [2, []],
        [3, ['candidate']],
        [4, ['assessedOn', 'level']],
        [5, ['code']],
      ]);
      const imported = await t.http
        .post('/api/assessments/csv')
        .set(bearer(iba))
        .attach('file', Buffer.from(csv), 'results.csv');
      expect(imported.status).toBe(400);
      expect(imported.body.errors.map((e: { field: string }) => e.field)).toEqual([
        'rows.3.candidate',
        'rows.4.assessedOn',
        'rows.4.level',
        'rows.5.code',
      ]);
      expect(await count()).toBe(before);
    });

    it('refuses a file without the needed columns or without a file', async () => {
      const iba = await createAccount(t, 'iba_staff');
      const wrong = await t.http
        .post('/api/assessments/csv/preview')
        .set(bearer(iba))
        .attach('file', Buffer.from('name,score\nA,1\n'), 'x.csv');
      expect(wrong.status).toBe(400);
      expect(wrong.body.errors[0].field).toBe('file');
      const none = await t.http.post('/api/assessments/csv/preview').set(bearer(iba));
      expect(none.status).toBe(400);
      expect(none.body.errors[0].field).toBe('file');
    });
  });

  describe('export and erasure', () => {
    it('exports every piece of the candidate’s data as JSON', async () => {
      const { candidate, mentor } = await candidateWithMentor();
      await publishable(candidate);
      await t.http.get(`/api/candidates/${candidate.candidateId}`).set(bearer(mentor));
      const response = await t.http
        .get(`/api/candidates/${candidate.candidateId}/export`)
        .set(bearer(candidate));
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        format: 'passgenau-candidate-export-v1',
        account: { email: candidate.email },
        profile: {
          birthYear: 1994,
          phone: '+49 151 2345678',
          workPermit: 'needs_approval',
          status: 'published',
        },
        mentorships: [expect.objectContaining({ mentor: 'Helga Mentorin' })],
        consents: [expect.objectContaining({ text_version: SEARCHABLE_PROFILE_CONSENT.version })],
      });
      expect(response.body.profile.competences).toHaveLength(1);
      expect(response.body.profile.texts[0].original.text).toContain('Харкові');
      expect(response.body.accessLog.map((e: { action: string }) => e.action)).toContain('read_candidate');
      const mentorExport = await t.http
        .get(`/api/candidates/${candidate.candidateId}/export`)
        .set(bearer(mentor));
      expect(mentorExport.status).toBe(403);
    });

    it('erases the candidate from PostgreSQL and anonymises the access log', async () => {
      const { candidate, mentor } = await candidateWithMentor();
      const profile = await publishable(candidate);
      await t.http.get(`/api/candidates/${candidate.candidateId}`).set(bearer(mentor));
      const other = await createAccount(t, 'candidate');
      expect(
        (await t.http.delete(`/api/candidates/${candidate.candidateId}`).set(bearer(other))).status,
      ).toBe(404);

      expect(
        (await t.http.delete(`/api/candidates/${candidate.candidateId}`).set(bearer(candidate))).status,
      ).toBe(204);
      const id = candidate.candidateId!;
      const left = await db(t).query(
        `SELECT
           (SELECT count(*) FROM account WHERE id = $1 OR email = $3)::int AS accounts,
           (SELECT count(*) FROM candidate WHERE id = $2)::int AS candidates,
           (SELECT count(*) FROM candidate_profile WHERE candidate_id = $2 OR pseudonym = $4)::int AS profiles,
           (SELECT count(*) FROM profile_language WHERE candidate_id = $2)::int AS languages,
           (SELECT count(*) FROM profile_competence WHERE candidate_id = $2)::int AS competences,
           (SELECT count(*) FROM profile_text WHERE candidate_id = $2)::int AS texts,
           (SELECT count(*) FROM mentorship WHERE candidate_id = $2)::int AS mentorships,
           (SELECT count(*) FROM consent_record WHERE candidate_id = $2)::int AS consents,
           (SELECT count(*) FROM auth_session WHERE account_id = $1)::int AS sessions,
           (SELECT count(*) FROM access_log WHERE candidate_id = $2 OR route LIKE '%' || $2::text || '%')::int AS log_mentions,
           (SELECT count(*) FROM mail_outbox WHERE recipient = $3)::int AS mails`,
        [candidate.accountId, id, candidate.email, profile.pseudonym],
      );
      expect(left[0]).toEqual({
        accounts: 0,
        candidates: 0,
        profiles: 0,
        languages: 0,
        competences: 0,
        texts: 0,
        mentorships: 0,
        consents: 0,
        sessions: 0,
        log_mentions: 0,
        mails: 0,
      });
      const [anonymised] = await db(t).query(
        `SELECT count(*)::int AS n FROM access_log WHERE actor_account_id = $1 AND candidate_id IS NULL AND route LIKE '%[erased]%'`,
        [mentor.accountId],
      );
      expect(anonymised.n).toBeGreaterThan(0);
      expect((await t.http.get('/api/auth/me').set(bearer(candidate))).status).toBe(401);
    });
  });

  describe('freshness', () => {
    it('reminds after 90 days, hides after the grace period and shows again on reconfirmation', async () => {
      const { candidate } = await candidateWithMentor();
      const profile = await publishable(candidate);
      const employer = await createAccount(t, 'employer');
      const { FreshnessService } = await import('./freshness.service');
      await db(t).query(
        `UPDATE candidate_profile SET confirmed_at = now() - interval '95 days' WHERE candidate_id = $1`,
        [candidate.candidateId],
      );
      expect(await t.app.get(FreshnessService).sendReminders()).toBeGreaterThanOrEqual(1);
      const mails = await db(t).query(`SELECT recipient FROM mail_outbox WHERE body LIKE '%' || $1 || '%'`, [
        profile.pseudonym,
      ]);
      expect(mails.map((m: { recipient: string }) => m.recipient)).toEqual(
        expect.arrayContaining([candidate.email]),
      );
      expect(mails).toHaveLength(2); // the candidate and the mentor
      expect((await t.http.get(`/api/profiles/${profile.pseudonym}`).set(bearer(employer))).status).toBe(200);

      await db(t).query(
        `UPDATE candidate_profile SET confirmed_at = now() - interval '110 days' WHERE candidate_id = $1`,
        [candidate.candidateId],
      );
      expect((await t.http.get(`/api/profiles/${profile.pseudonym}`).set(bearer(employer))).status).toBe(404);
      const own = await t.http.get(`/api/candidates/${candidate.candidateId}/profile`).set(bearer(candidate));
      expect(own.body.visibility.reasons).toEqual(['needs_reconfirmation']);

      expect(
        (
          await t.http
            .post(`/api/candidates/${candidate.candidateId}/profile/reconfirm`)
            .set(bearer(candidate))
        ).status,
      ).toBe(200);
      expect((await t.http.get(`/api/profiles/${profile.pseudonym}`).set(bearer(employer))).status).toBe(200);
    });
  });

  describe('duplicates', () => {
    it('flags same name and birth year as likely, a shared phone as a hint, and lets IBA staff dismiss a pair', async () => {
      const iba = await createAccount(t, 'iba_staff');
      const a = await createAccount(t, 'candidate');
      const b = await createAccount(t, 'candidate');
      const c = await createAccount(t, 'candidate');
      await db(t).query(
        `UPDATE candidate SET given_name = 'Zaid', family_name = 'Testduplikat', birth_year = 1990, phone = NULL WHERE id = ANY($1)`,
        [[a.candidateId, b.candidateId]],
      );
      await db(t).query(`UPDATE candidate SET phone = '+49 170 5550001' WHERE id = $1 OR id = $2`, [
        a.candidateId,
        c.candidateId,
      ]);
      const list = await t.http.get('/api/duplicates').set(bearer(iba));
      const mine = list.body.filter(
        (p: { candidateA: { id: string }; candidateB: { id: string } }) =>
          [a.candidateId, b.candidateId, c.candidateId].includes(p.candidateA.id) &&
          [a.candidateId, b.candidateId, c.candidateId].includes(p.candidateB.id),
      );
      expect(
        mine.map((p: { strength: string; reason: string }) => `${p.strength}:${p.reason}`).sort(),
      ).toEqual(['hint:same_phone', 'likely:same_name_and_birth_year']);
      expect(
        (
          await t.http
            .post('/api/duplicates/dismiss')
            .set(bearer(iba))
            .send({ candidateA: b.candidateId, candidateB: a.candidateId })
        ).status,
      ).toBe(204);
      const after = await t.http.get('/api/duplicates').set(bearer(iba));
      expect(
        after.body.some(
          (p: { reason: string; candidateA: { id: string } }) =>
            p.reason === 'same_name_and_birth_year' &&
            [a.candidateId, b.candidateId].includes(p.candidateA.id),
        ),
      ).toBe(false);
    });
  });
});
