import { SEARCHABLE_PROFILE_CONSENT, type CefrLevel } from '@passgenau/domain';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { authorise, bearer, createAccount, db, type TestAccount } from '../../../test/factories';
import {
  OCCUPATION,
  SKILL,
  TOWN,
  addSite,
  createEmployer,
  createOffer,
  type TestEmployer,
} from '../companies/test-factories';
import { SearchOutboxWorker } from '../matching-index/search-outbox.worker';
import { MATCH_RECALL, PostgresMatchRecall, type MatchRecall } from './match-recall';
import { MeilisearchMatchRecall } from './meilisearch-match-recall';

interface Built {
  account: TestAccount;
  pseudonym: string;
}

describe('matching: offers ↔ candidates', () => {
  let t: TestApp;
  let employer: TestEmployer;
  let offerId: string;
  let weakerOfferId: string;
  let relatedSkill: string;
  const c = {} as Record<'best' | 'self' | 'related' | 'noPermit' | 'noGerman' | 'far', Built>;

  async function verify(companyId: string) {
    await db(t).query(`UPDATE company SET verification_status = 'verified' WHERE id = $1`, [companyId]);
  }

  /** A published, visible profile with one competence (self-declared) and German at `german`. */
  async function candidate(options: {
    skill: string;
    german: CefrLevel;
    town?: string;
    travelKm?: number;
    workPermit?: string;
    evidence?: 'self' | 'assessed' | 'confirmed';
    extraSkills?: string[];
  }): Promise<Built> {
    const account = await createAccount(t, 'candidate');
    const saved = await t.http
      .put(`/api/candidates/${account.candidateId}/profile`)
      .set(bearer(account))
      .send({
        languages: [{ language: 'de', overall: options.german }],
        germanCertificates: [],
        education: [],
        experience: [],
        texts: [],
        schooling: { years: 10, country: 'SY', level: 'lower_secondary' },
        competences: [options.skill, ...(options.extraSkills ?? [])].map((code) => ({
          code,
          evidence: [{ kind: 'self', level: 'good' }],
        })),
        wishes: { occupations: [OCCUPATION.welder], kinds: ['apprenticeship'], earliestStart: '2026-01-01' },
        mobility: {
          homeTownAgs: options.town ?? TOWN.waiblingen,
          travelKm: options.travelKm ?? 20,
          drivingLicences: [],
        },
        workPermit: options.workPermit ?? 'permitted',
      });
    if (saved.status !== 200) throw new Error(JSON.stringify(saved.body));
    if (options.evidence && options.evidence !== 'self') {
      // Assessment results arrive through the assessment import; here they are written straight.
      await db(t).query(
        `INSERT INTO competence_evidence (competence_id, kind, level, provider, procedure, assessed_on, confirmed_at)
         SELECT id, 'provider', 'very_good', 'Bildungsträger Remstal', 'MYSKILLS', '2026-10-01', $2
           FROM profile_competence WHERE candidate_id = $1 AND concept_code = $3`,
        [account.candidateId, options.evidence === 'confirmed' ? new Date() : null, options.skill],
      );
    }
    const consent = await t.http
      .post(`/api/candidates/${account.candidateId}/consent`)
      .set(bearer(account))
      .send({ textVersion: SEARCHABLE_PROFILE_CONSENT.version });
    expect(consent.status).toBeLessThan(300);
    const published = await t.http
      .post(`/api/candidates/${account.candidateId}/profile/publish`)
      .set(bearer(account));
    expect(published.status).toBe(200);
    return { account, pseudonym: published.body.pseudonym };
  }

  beforeAll(async () => {
    t = await createTestApp();
    [{ skill_code: relatedSkill }] = await db(t).query(
      `SELECT skill_code FROM occupation_skill WHERE occupation_code = $1 AND skill_code <> $2 ORDER BY skill_code LIMIT 1`,
      [OCCUPATION.welder, SKILL.operateWeldingEquipment],
    );
    employer = await createEmployer(t);
    await verify(employer.companyId);
    const site = await addSite(t, employer, { townAgs: TOWN.waiblingen, street: 'Bahnhofstraße 1' });
    offerId = (
      await createOffer(t, employer, {
        siteId: site.id,
        requiredCompetences: [SKILL.operateWeldingEquipment],
        niceToHaveCompetences: [SKILL.operateForklift],
        germanMinimum: { overall: 'B1' },
        germanStrict: true,
        startsOn: '2027-09-01',
      })
    ).id;
    weakerOfferId = (
      await createOffer(t, employer, {
        siteId: site.id,
        title: 'Lagerhelfer/in',
        kind: 'job',
        occupationCode: OCCUPATION.warehouseWorker,
        requiredCompetences: [SKILL.operateForklift],
        niceToHaveCompetences: [SKILL.operateWeldingEquipment],
      })
    ).id;

    c.best = await candidate({
      skill: SKILL.operateWeldingEquipment,
      german: 'B2',
      evidence: 'confirmed',
      extraSkills: [SKILL.operateForklift],
    });
    c.self = await candidate({ skill: SKILL.operateWeldingEquipment, german: 'B1' });
    c.related = await candidate({ skill: relatedSkill, german: 'B1' });
    c.noPermit = await candidate({
      skill: SKILL.operateWeldingEquipment,
      german: 'C1',
      evidence: 'confirmed',
      workPermit: 'not_permitted',
    });
    c.noGerman = await candidate({
      skill: SKILL.operateWeldingEquipment,
      german: 'A1',
      evidence: 'confirmed',
    });
    c.far = await candidate({
      skill: SKILL.operateWeldingEquipment,
      german: 'C1',
      evidence: 'confirmed',
      town: TOWN.murrhardt,
      travelKm: 5,
    });
    // Recall reads the matching indexes: wait until the outbox worker has pushed every change.
    expect(await t.app.get(SearchOutboxWorker).drain(30_000)).toBe(true);
  });

  afterAll(async () => {
    await t.app.close();
  });

  const mine = (items: Array<{ pseudonym: string }>) =>
    items.map((i) => i.pseudonym).filter((p) => Object.values(c).some((b) => b.pseudonym === p));

  it('ranks the offer’s candidates by the score and leaves out whom a hard rule excludes', async () => {
    const response = await t.http
      .get(`/api/offers/${offerId}/matches`)
      .query({ pageSize: 100 })
      .set(bearer(employer));
    expect(response.status).toBe(200);
    expect(mine(response.body.items)).toEqual([c.best.pseudonym, c.self.pseudonym, c.related.pseudonym]);
    const scores = response.body.items.map((i: { score: number }) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // may not work, German far below a strict minimum, too far: not proposed at all.
    for (const excluded of [c.noPermit, c.noGerman, c.far]) {
      expect(JSON.stringify(response.body)).not.toContain(excluded.pseudonym);
    }
  });

  it('explains each match with codes, numbers and the labels of every code', async () => {
    const response = await t.http
      .get(`/api/offers/${offerId}/matches`)
      .query({ pageSize: 100 })
      .set(bearer(employer));
    const byPseudonym = (p: string) =>
      response.body.items.find((i: { pseudonym: string }) => i.pseudonym === p);
    const best = byPseudonym(c.best.pseudonym);
    expect(best).toMatchObject({
      homeTownName: 'Waiblingen',
      percent: Math.round(best.score * 100),
      explanation: {
        required: {
          covered: [{ code: SKILL.operateWeldingEquipment, evidence: 'confirmed', weight: 1 }],
          related: [],
          missing: [],
        },
        niceToHave: { covered: [{ code: SKILL.operateForklift, evidence: 'self' }], missing: [] },
        language: {
          fit: 'meets',
          strict: true,
          parts: [{ part: 'overall', minimum: 'B1', actual: 'B2', gap: 0 }],
        },
        distance: { fit: 'within', km: 0, travelKm: 20 },
        availability: { fit: 'in_time', startsOn: '2027-09-01', earliestStart: '2026-01-01', lateDays: 0 },
        wishes: { kind: 'wished', occupation: 'occupation' },
        workPermit: 'yes',
      },
    });
    expect(Object.keys(best).sort()).toEqual([
      'explanation',
      'homeTownName',
      'percent',
      'pseudonym',
      'score',
    ]);
    expect(byPseudonym(c.self.pseudonym).explanation.required.covered[0].evidence).toBe('self');
    const related = byPseudonym(c.related.pseudonym).explanation.required;
    expect(related.related).toEqual([
      expect.objectContaining({
        code: SKILL.operateWeldingEquipment,
        via: relatedSkill,
        occupationCode: OCCUPATION.welder,
      }),
    ]);
    const codes = response.body.concepts.map((x: { code: string }) => x.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        SKILL.operateWeldingEquipment,
        SKILL.operateForklift,
        relatedSkill,
        OCCUPATION.welder,
      ]),
    );
    const weld = response.body.concepts.find(
      (x: { code: string }) => x.code === SKILL.operateWeldingEquipment,
    );
    expect(weld.labels.de.text).toEqual(expect.any(String));
    expect(weld.labels.ar.text).toEqual(expect.any(String));
  });

  it('pages through the ranking', async () => {
    const all = await t.http
      .get(`/api/offers/${offerId}/matches`)
      .query({ pageSize: 100 })
      .set(bearer(employer));
    const second = await t.http
      .get(`/api/offers/${offerId}/matches`)
      .query({ page: 2, pageSize: 1 })
      .set(bearer(employer));
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ total: all.body.total, page: 2, pageSize: 1 });
    expect(second.body.items.map((i: { pseudonym: string }) => i.pseudonym)).toEqual([
      all.body.items[1].pseudonym,
    ]);
    const bad = await t.http
      .get(`/api/offers/${offerId}/matches`)
      .query({ pageSize: 1000 })
      .set(bearer(employer));
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('pageSize');
  });

  it('logs every candidate of the list as an appearance, and opening one as a read', async () => {
    await t.http.get(`/api/offers/${offerId}/matches`).query({ pageSize: 100 }).set(bearer(employer));
    const appearances = await db(t).query(
      `SELECT candidate_id FROM access_log_appearance WHERE action = 'list_offer_matches' AND actor_company_id = $1`,
      [employer.companyId],
    );
    const seen = appearances.map((r: { candidate_id: string }) => r.candidate_id);
    expect(seen).toEqual(expect.arrayContaining([c.best.account.candidateId, c.self.account.candidateId]));
    expect(seen).not.toContain(c.noPermit.account.candidateId);

    const opened = await t.http
      .get(`/api/offers/${offerId}/matches/${c.self.pseudonym}`)
      .set(bearer(employer));
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({
      pseudonym: c.self.pseudonym,
      explanation: { language: { fit: 'meets' } },
    });
    const reads = await db(t).query(
      `SELECT count(*)::int AS n FROM access_log WHERE action = 'read_offer_match' AND candidate_id = $1 AND actor_company_id = $2`,
      [c.self.account.candidateId, employer.companyId],
    );
    expect(reads[0].n).toBe(1);
    // An excluded candidate is not a match: same 404 as a pseudonym that does not exist.
    const excluded = await t.http
      .get(`/api/offers/${offerId}/matches/${c.noPermit.pseudonym}`)
      .set(bearer(employer));
    expect(excluded.status).toBe(404);
    const unknown = await t.http.get(`/api/offers/${offerId}/matches/K-ZZZZ`).set(bearer(employer));
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('NOT_FOUND');
  });

  it('shows an offer’s matches to its verified firm, IBA staff and coordinators only', async () => {
    const other = await createEmployer(t);
    await verify(other.companyId);
    const foreign = await t.http.get(`/api/offers/${offerId}/matches`).set(bearer(other));
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('NOT_FOUND');
    expect(JSON.stringify(foreign.body)).not.toContain(c.best.pseudonym);
    const foreignOne = await t.http
      .get(`/api/offers/${offerId}/matches/${c.best.pseudonym}`)
      .set(bearer(other));
    expect(foreignOne.status).toBe(404);
    const guessed = await t.http
      .get(`/api/offers/3f0c9a4e-5b7d-4e21-9c3a-8d2b6f1e0a57/matches`)
      .set(bearer(employer));
    expect(guessed.status).toBe(404);
    const malformed = await t.http.get(`/api/offers/not-an-id/matches`).set(bearer(employer));
    expect(malformed.status).toBe(400);

    // The own firm before its check: refused with the reason, nothing shown.
    const unchecked = await createEmployer(t);
    const uncheckedOffer = await createOffer(t, unchecked, {
      requiredCompetences: [SKILL.operateWeldingEquipment],
    });
    await db(t).query(`UPDATE company SET verification_status = 'pending' WHERE id = $1`, [
      unchecked.companyId,
    ]);
    const refused = await t.http.get(`/api/offers/${uncheckedOffer.id}/matches`).set(bearer(unchecked));
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('COMPANY_NOT_VERIFIED');

    for (const role of ['iba_staff', 'coordinator'] as const) {
      const staff = await createAccount(t, role);
      const ok = await t.http
        .get(`/api/offers/${offerId}/matches`)
        .query({ pageSize: 100 })
        .set(bearer(staff));
      expect(ok.status).toBe(200);
      expect(mine(ok.body.items)).toEqual([c.best.pseudonym, c.self.pseudonym, c.related.pseudonym]);
    }
    for (const role of ['candidate', 'mentor', 'admin'] as const) {
      const someone = await createAccount(t, role);
      const denied = await t.http.get(`/api/offers/${offerId}/matches`).set(bearer(someone));
      expect(denied.status).toBe(403);
    }
  });

  it('proposes open offers to a candidate, best first, with the explanation', async () => {
    const response = await t.http.get('/api/me/matches').query({ pageSize: 100 }).set(bearer(c.best.account));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ candidateId: c.best.account.candidateId, blockedBy: [] });
    const ids = response.body.items.map((i: { offer: { id: string } }) => i.offer.id);
    expect(ids).toContain(offerId);
    expect(ids).toContain(weakerOfferId);
    expect(ids.indexOf(offerId)).toBeLessThan(ids.indexOf(weakerOfferId));
    const first = response.body.items[ids.indexOf(offerId)];
    expect(first).toMatchObject({
      offer: {
        id: offerId,
        title: 'Ausbildung Schweißer/in',
        kind: 'apprenticeship',
        companyId: employer.companyId,
        occupationCode: OCCUPATION.welder,
        place: 'Waiblingen',
        startsOn: '2027-09-01',
      },
      explanation: {
        required: { covered: [{ code: SKILL.operateWeldingEquipment, evidence: 'confirmed' }] },
      },
    });
    const same = await t.http
      .get(`/api/candidates/${c.best.account.candidateId}/matches`)
      .query({ pageSize: 100 })
      .set(bearer(c.best.account));
    expect(same.body.items.map((i: { offer: { id: string } }) => i.offer.id)).toEqual(ids);
  });

  it('a candidate who may not work is told why no offer is proposed', async () => {
    const response = await t.http.get('/api/me/matches').set(bearer(c.noPermit.account));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ total: 0, items: [], blockedBy: ['may_not_work'] });
  });

  it('a candidate’s matches: the candidate, authorised mentors and IBA staff; logged; others get a 404', async () => {
    const url = `/api/candidates/${c.self.account.candidateId}/matches`;
    const mentor = await createAccount(t, 'mentor');
    await authorise(t, c.self.account, mentor);
    const byMentor = await t.http.get(url).set(bearer(mentor));
    expect(byMentor.status).toBe(200);
    const staff = await createAccount(t, 'iba_staff');
    expect((await t.http.get(url).set(bearer(staff))).status).toBe(200);
    const logged = await db(t).query(
      `SELECT actor_role FROM access_log WHERE action = 'read_candidate_matches' AND candidate_id = $1 ORDER BY at`,
      [c.self.account.candidateId],
    );
    expect(logged.map((r: { actor_role: string }) => r.actor_role)).toEqual(['mentor', 'iba_staff']);

    const strangerMentor = await createAccount(t, 'mentor');
    const notAuthorised = await t.http.get(url).set(bearer(strangerMentor));
    expect(notAuthorised.status).toBe(404);
    const otherCandidate = await t.http.get(url).set(bearer(c.best.account));
    expect(otherCandidate.status).toBe(404);
    expect(JSON.stringify(otherCandidate.body)).not.toContain(offerId);
    const guessed = await t.http
      .get(`/api/candidates/3f0c9a4e-5b7d-4e21-9c3a-8d2b6f1e0a57/matches`)
      .set(bearer(staff));
    expect(guessed.status).toBe(404);
    for (const role of ['employer', 'coordinator', 'admin'] as const) {
      const someone = await createAccount(t, role);
      expect((await t.http.get(url).set(bearer(someone))).status).toBe(403);
    }
  });

  it('the offer keeps its matching rules (strict German, accepted distance)', async () => {
    const read = await t.http.get(`/api/offers/${offerId}`).set(bearer(employer));
    expect(read.body).toMatchObject({ germanStrict: true, maxDistanceKm: null });
    const changed = await t.http
      .patch(`/api/offers/${offerId}`)
      .set(bearer(employer))
      .send({ maxDistanceKm: 60 });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ germanStrict: true, maxDistanceKm: 60 });
    // Now the firm accepts Murrhardt: the far candidate is proposed, with a distance the firm accepts.
    const matches = await t.http
      .get(`/api/offers/${offerId}/matches`)
      .query({ pageSize: 100 })
      .set(bearer(employer));
    const far = matches.body.items.find((i: { pseudonym: string }) => i.pseudonym === c.far.pseudonym);
    expect(far.explanation.distance).toMatchObject({ fit: 'offer_accepts', offerMaxKm: 60, travelKm: 5 });
    const invalid = await t.http
      .patch(`/api/offers/${offerId}`)
      .set(bearer(employer))
      .send({ maxDistanceKm: 900 });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors[0].field).toBe('maxDistanceKm');
    await t.http.patch(`/api/offers/${offerId}`).set(bearer(employer)).send({ maxDistanceKm: null });
  });

  it('recalls from the matching indexes, and PostgreSQL recalls the same candidates and offers', async () => {
    expect(t.app.get<MatchRecall>(MATCH_RECALL).source).toBe('meilisearch');
    const offer = {
      codes: [SKILL.operateWeldingEquipment, SKILL.operateForklift, relatedSkill],
      occupationCode: OCCUPATION.welder,
      location: { lat: 48.8303, lon: 9.3169 },
      maxDistanceKm: null,
    };
    const fromIndex = await t.app.get(MeilisearchMatchRecall).candidatesForOffer(offer, 500);
    const fromPostgres = await t.app.get(PostgresMatchRecall).candidatesForOffer(offer, 1000);
    for (const built of [c.best, c.self, c.related, c.noGerman]) {
      expect(fromIndex).toContain(built.account.candidateId);
      expect(fromPostgres).toContain(built.account.candidateId);
    }
    // PostgreSQL recall already leaves out who may not work; the index cannot tell, the score does.
    expect(fromPostgres).not.toContain(c.noPermit.account.candidateId);
    const candidate = {
      codes: [SKILL.operateWeldingEquipment, SKILL.operateForklift],
      wishedOccupations: [OCCUPATION.welder],
      home: { lat: 48.8303, lon: 9.3169 },
      travelKm: 20,
    };
    // Required competences first: with room for one, the one candidate with both required
    // competences is recalled, not whoever changed their profile last.
    const recall = t.app.get(MeilisearchMatchRecall);
    const both = [SKILL.operateWeldingEquipment, SKILL.operateForklift];
    expect(await recall.candidatesForOffer({ ...offer, required: both }, 1)).toEqual([
      c.best.account.candidateId,
    ]);
    const firstFive = await recall.candidatesForOffer({ ...offer, required: both }, 5);
    expect(firstFive[0]).toBe(c.best.account.candidateId);
    expect(new Set(firstFive).size).toBe(firstFive.length);
    for (const recall of [t.app.get(MeilisearchMatchRecall), t.app.get(PostgresMatchRecall)]) {
      const offers = await recall.offersForCandidate(candidate, 500);
      expect(offers).toEqual(expect.arrayContaining([offerId, weakerOfferId]));
    }
  });
});
