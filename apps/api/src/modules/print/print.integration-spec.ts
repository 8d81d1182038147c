import { SEARCHABLE_PROFILE_CONSENT } from '@passgenau/domain';
import { binary, readPdf } from '../../../test/pdf-text';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { authorise, bearer, createAccount, db, type TestAccount } from '../../../test/factories';
import { TOWN, addSite, createEmployer, createOffer, type TestEmployer } from '../companies/test-factories';
import { SearchOutboxWorker } from '../matching-index/search-outbox.worker';
import { PdfRenderer } from './pdf-renderer.service';
import { matchListPages } from './templates/match-list.template';

const ARABIC = 'أعمل في المخبز منذ سنوات طويلة';
const UKRAINIAN = 'Я хочу працювати пекарем у Шорндорфі';
const GERMAN = 'Größere Brötchen für die Bäckerei Weiß';
const FIRM = 'Bäckerei Groß & Söhne';

interface Built {
  account: TestAccount;
  pseudonym: string;
  givenName: string;
  familyName: string;
  phone: string;
}


describe('printouts (PDF)', () => {
  let t: TestApp;
  let firm: TestEmployer;
  let otherFirm: TestEmployer;
  let staff: TestAccount;
  let coordinator: TestAccount;
  let mentor: TestAccount;
  let otherMentor: TestAccount;
  let offerId: string;
  let skills: string[];
  let occupation: string;
  const people: Built[] = [];

  async function candidate(i: number, texts: Array<{ subject: string; text: string; lang: string }>): Promise<Built> {
    const account = await createAccount(t, 'candidate');
    const givenName = `Amal${i}`;
    const familyName = `Haddadzadeh${i}`;
    const phone = `+49 151 7766${String(i).padStart(3, '0')}`;
    await db(t).query(`UPDATE candidate SET given_name = $2, family_name = $3 WHERE id = $1`, [
      account.candidateId,
      givenName,
      familyName,
    ]);
    const saved = await t.http
      .put(`/api/candidates/${account.candidateId}/profile`)
      .set(bearer(account))
      .send({
        phone,
        birthYear: 1990,
        languages: [{ language: 'de', overall: i % 2 === 0 ? 'B2' : 'B1' }, { language: 'ar', native: true }],
        germanCertificates: [],
        education: [],
        experience: [],
        texts: texts.map((x) => ({ ...x, version: 'original' })),
        schooling: { years: 10, country: 'SY', level: 'lower_secondary' },
        // The first skills in varying numbers, so the candidates score differently.
        competences: skills.slice(0, 1 + (i % skills.length)).map((code) => ({
          code,
          evidence: [{ kind: 'self', level: 'good' }],
        })),
        wishes: { occupations: [], kinds: ['job'], earliestStart: '2026-01-01' },
        mobility: { homeTownAgs: TOWN.schorndorf, homePlace: 'Schlichtener Straße 12', travelKm: 40, drivingLicences: [] },
        workPermit: 'permitted',
      });
    if (saved.status !== 200) throw new Error(JSON.stringify(saved.body));
    const consent = await t.http
      .post(`/api/candidates/${account.candidateId}/consent`)
      .set(bearer(account))
      .send({ textVersion: SEARCHABLE_PROFILE_CONSENT.version });
    expect(consent.status).toBeLessThan(300);
    const published = await t.http.post(`/api/candidates/${account.candidateId}/profile/publish`).set(bearer(account));
    expect(published.status).toBe(200);
    return { account, pseudonym: published.body.pseudonym, givenName, familyName, phone };
  }

  async function pdf(path: string, who: TestAccount, query: Record<string, string | number> = {}) {
    return t.http.get(path).query(query).set(bearer(who)).buffer(true).parse(binary);
  }

  async function printLog(action: string, accountId: string): Promise<string[]> {
    const rows: Array<{ candidate_id: string }> = await db(t).query(
      `SELECT candidate_id FROM access_log WHERE action = $1 AND actor_account_id = $2 ORDER BY candidate_id`,
      [action, accountId],
    );
    return rows.map((r) => r.candidate_id);
  }

  beforeAll(async () => {
    t = await createTestApp();
    // Skills and an occupation picked at random, so the lists hold only this run's candidates of this file.
    skills = (
      await db(t).query(
        `SELECT code FROM taxonomy_concept WHERE kind = 'skill' AND code LIKE 'http://data.europa.eu/esco/skill/%'
          ORDER BY random() LIMIT 3`,
      )
    ).map((r: { code: string }) => r.code);
    [{ code: occupation }] = await db(t).query(
      `SELECT code FROM taxonomy_concept WHERE kind = 'occupation' ORDER BY random() LIMIT 1`,
    );
    firm = await createEmployer(t);
    await db(t).query(`UPDATE company SET name = $2, verification_status = 'verified' WHERE id = $1`, [firm.companyId, FIRM]);
    otherFirm = await createEmployer(t);
    await db(t).query(`UPDATE company SET verification_status = 'verified' WHERE id = $1`, [otherFirm.companyId]);
    const site = await addSite(t, firm, { townAgs: TOWN.schorndorf, street: 'Marktplatz 1' });
    offerId = (
      await createOffer(t, firm, {
        siteId: site.id,
        title: 'Bäcker/in – Frühschicht',
        kind: 'job',
        occupationCode: occupation,
        requiredCompetences: [skills[0], skills[1]],
        niceToHaveCompetences: [skills[2]],
      })
    ).id;
    staff = await createAccount(t, 'iba_staff', { name: 'Petra Größer' });
    coordinator = await createAccount(t, 'coordinator');
    mentor = await createAccount(t, 'mentor', { name: 'Jürgen Weißmüller' });
    otherMentor = await createAccount(t, 'mentor');
    for (let i = 0; i < 5; i++) {
      people.push(
        await candidate(i, [
          { subject: 'about', text: ARABIC, lang: 'ar' },
          { subject: 'wishes', text: UKRAINIAN, lang: 'uk' },
          { subject: 'experience', text: GERMAN, lang: 'de' },
        ]),
      );
    }
    await authorise(t, people[0].account, mentor);
    expect(await t.app.get(SearchOutboxWorker).drain(30_000)).toBe(true);
  }, 120_000);

  afterAll(async () => {
    await t.app.close();
  });

  function expectNoPersonalData(text: string) {
    for (const p of people) {
      expect(text).not.toContain(p.givenName);
      expect(text).not.toContain(p.familyName);
      expect(text).not.toContain(p.account.email);
      expect(text).not.toContain(p.phone);
    }
    expect(text).not.toContain('Schlichtener');
    expect(text).not.toContain('@');
  }

  it('prints a firm’s match list for IBA staff: the firm, every match by pseudonym, and the right page count', async () => {
    const response = await pdf(`/api/print/companies/${firm.companyId}/matches.pdf`, staff, { lang: 'de' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="matches-company-[0-9a-f]{8}\.pdf"$/);
    const body = response.body as Buffer;
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, pages } = readPdf(body);
    expect(text).toContain(FIRM);
    expect(text).toContain('Bäcker/in – Frühschicht');
    expect(text).toContain('Passende Profile');
    expect(text).toContain('Petra Größer');
    const printed = [...text.matchAll(/\d+\. (K-[A-Z0-9]+)/g)].map((m) => m[1]);
    // This file's candidates have the offer's skills, so they lead the list; candidates of other
    // files in the same database may follow (matching leaves out only whom a hard rule excludes).
    expect(printed.slice(0, people.length).sort()).toEqual(people.map((p) => p.pseudonym).sort());
    expect(printed.length).toBeLessThanOrEqual(20);
    // Most skills first: the candidate with all three offer skills ranks above the one with one.
    expect(printed.indexOf(people[2].pseudonym)).toBeLessThan(printed.indexOf(people[0].pseudonym));
    expect(pages).toBe(matchListPages(printed.length));
    expect(pages).toBeGreaterThanOrEqual(2);
    expectNoPersonalData(text);
  });

  it('writes one access-log entry per candidate printed, once per printout', async () => {
    const before = await printLog('print_match_list', coordinator.accountId);
    expect(before).toEqual([]);
    const response = await pdf(`/api/print/companies/${firm.companyId}/matches.pdf`, coordinator, { top: 2 });
    expect(response.status).toBe(200);
    const { text, pages } = readPdf(response.body);
    const printed = [...text.matchAll(/\d+\. (K-[A-Z0-9]+)/g)].map((m) => m[1]);
    expect(printed).toHaveLength(2);
    expect(pages).toBe(1);
    const logged = await printLog('print_match_list', coordinator.accountId);
    const ids = people.filter((p) => printed.includes(p.pseudonym)).map((p) => p.account.candidateId!);
    expect(logged).toEqual([...ids].sort());
    const [row] = await db(t).query(
      `SELECT route, actor_role FROM access_log WHERE action = 'print_match_list' AND actor_account_id = $1 LIMIT 1`,
      [coordinator.accountId],
    );
    expect(row).toEqual({ route: `GET /api/print/companies/${firm.companyId}/matches.pdf`, actor_role: 'coordinator' });
  });

  it('prints an offer’s match list for its own firm in the language asked for', async () => {
    const response = await pdf(`/api/print/offers/${offerId}/matches.pdf`, firm, { lang: 'ar', top: 3 });
    expect(response.status).toBe(200);
    const { text, pages } = readPdf(response.body);
    expect(text).toContain('الملفات المناسبة');
    expect(text).toContain(FIRM);
    expect(pages).toBe(1);
    expectNoPersonalData(text);
    expect((await printLog('print_match_list', firm.accountId)).length).toBe(3);
  });

  it('answers 404 for another firm’s list and 403 for roles that never see match lists', async () => {
    const other = await pdf(`/api/print/companies/${firm.companyId}/matches.pdf`, otherFirm);
    expect(other.status).toBe(404);
    expect(JSON.parse(other.body.toString()).code).toBe('NOT_FOUND');
    expect((await pdf(`/api/print/offers/${offerId}/matches.pdf`, otherFirm)).status).toBe(404);
    expect((await pdf(`/api/print/companies/00000000-0000-4000-8000-000000000000/matches.pdf`, staff)).status).toBe(404);
    for (const who of [people[1].account, mentor]) {
      const response = await pdf(`/api/print/companies/${firm.companyId}/matches.pdf`, who);
      expect(response.status).toBe(403);
    }
    expect(await printLog('print_match_list', otherFirm.accountId)).toEqual([]);
  });

  it('refuses a bad count or language with 400 naming the field', async () => {
    for (const [query, field] of [
      [{ top: 0 }, 'top'],
      [{ top: 101 }, 'top'],
      [{ top: 'many' }, 'top'],
      [{ lang: 'xx' }, 'lang'],
    ] as const) {
      const response = await pdf(`/api/print/companies/${firm.companyId}/matches.pdf`, staff, query);
      expect(response.status).toBe(400);
      const body = JSON.parse(response.body.toString());
      expect(body.code).toBe('VALIDATION_FAILED');
      expect([...new Set(body.errors.map((e: { field: string }) => e.field))]).toEqual([field]);
    }
    const badId = await pdf(`/api/print/companies/not-a-uuid/matches.pdf`, staff);
    expect(badId.status).toBe(400);
  });

  it('prints the pseudonymous one-page profile: texts as written, no name, contact or address', async () => {
    const person = people[1];
    const response = await pdf(`/api/print/profiles/${person.pseudonym}.pdf`, firm, { lang: 'de' });
    expect(response.status).toBe(200);
    const { text, pages } = readPdf(response.body);
    expect(pages).toBe(1);
    expect(text).toContain(`Profil ${person.pseudonym}`);
    expect(text).toContain(ARABIC);
    expect(text).toContain(UKRAINIAN);
    expect(text).toContain(GERMAN);
    expect(text).toContain('Schorndorf');
    expectNoPersonalData(text);
    expect(text).not.toContain('1990');
    expect(await printLog('print_profile', firm.accountId)).toEqual([person.account.candidateId]);
  });

  it('answers 404 for a pseudonym that is not visible and 403 for candidates and mentors', async () => {
    expect((await pdf(`/api/print/profiles/K-ZZZZZZ.pdf`, firm)).status).toBe(404);
    expect((await pdf(`/api/print/profiles/${people[1].pseudonym}.pdf`, people[2].account)).status).toBe(403);
    expect((await pdf(`/api/print/profiles/${people[1].pseudonym}.pdf`, mentor)).status).toBe(403);
  });

  it('prints the full pass for the candidate and an authorised mentor, with who supports them', async () => {
    const person = people[0];
    for (const who of [person.account, mentor]) {
      const response = await pdf(`/api/print/candidates/${person.account.candidateId}/profile.pdf`, who, { lang: 'uk' });
      expect(response.status).toBe(200);
      const { text, pages } = readPdf(response.body);
      expect(pages).toBe(1);
      expect(text).toContain('Паспорт компетенцій');
      expect(text).toContain(`${person.givenName} ${person.familyName}`);
      expect(text).toContain(person.account.email);
      expect(text).toContain(person.phone);
      expect(text).toContain('Jürgen Weißmüller');
      expect(text).toContain(ARABIC);
      expect(text).toContain(UKRAINIAN);
      expect(text).toContain(GERMAN);
    }
    // The candidate's own printout is no access by someone else; the mentor's is.
    expect(await printLog('print_profile', person.account.accountId)).toEqual([]);
    expect(await printLog('print_profile', mentor.accountId)).toEqual([person.account.candidateId]);
  });

  it('keeps the full pass from everyone else: other candidates and mentors 404, staff and firms 403', async () => {
    const path = `/api/print/candidates/${people[0].account.candidateId}/profile.pdf`;
    expect((await pdf(path, otherMentor)).status).toBe(404);
    expect((await pdf(path, people[3].account)).status).toBe(404);
    expect((await pdf(path, staff)).status).toBe(403);
    expect((await pdf(path, firm)).status).toBe(403);
    expect(await printLog('print_profile', otherMentor.accountId)).toEqual([]);
  });

  it('prints two documents at the same time and leaves no page open', async () => {
    const [a, b] = await Promise.all([
      pdf(`/api/print/companies/${firm.companyId}/matches.pdf`, staff),
      pdf(`/api/print/profiles/${people[3].pseudonym}.pdf`, staff),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(readPdf(b.body).text).toContain(`Profil ${people[3].pseudonym}`);
    expect(await t.app.get(PdfRenderer).openPages()).toBe(0);
  });
});
