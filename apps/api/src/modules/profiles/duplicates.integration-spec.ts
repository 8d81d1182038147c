import { randomBytes } from 'node:crypto';
import { createTestApp, type TestApp } from '../../../test/test-app';
import {
  authorise,
  bearer,
  createAccount,
  db,
  TEST_PASSWORD,
  type TestAccount,
} from '../../../test/factories';
import { DuplicatesService } from './duplicates.service';

interface Pair {
  iba: TestAccount;
  keep: TestAccount;
  remove: TestAccount;
  mentor: TestAccount;
}

describe('duplicates: flagged pairs only, reason, 30-day restore, notice, access log', () => {
  let t: TestApp;
  let skills: string[];

  beforeAll(async () => {
    t = await createTestApp();
    skills = (
      await db(t).query(`SELECT code FROM taxonomy_concept WHERE kind = 'skill' ORDER BY code LIMIT 2`)
    ).map((r: { code: string }) => r.code);
  });

  afterAll(async () => {
    await t.app.close();
  });

  const uniqueName = () => `Dup${randomBytes(4).toString('hex')}`;

  async function sameName(ids: (string | null)[], family = uniqueName()) {
    await db(t).query(
      `UPDATE candidate SET given_name = 'Zaid', family_name = $2, birth_year = 1990, phone = NULL WHERE id = ANY($1)`,
      [ids, family],
    );
  }

  async function competence(candidateId: string, code: string): Promise<string> {
    const [{ id }] = await db(t).query(
      `INSERT INTO profile_competence (candidate_id, concept_code) VALUES ($1, $2) RETURNING id`,
      [candidateId, code],
    );
    return id;
  }

  async function evidence(competenceId: string, kind: 'self' | 'mentor', by: TestAccount): Promise<string> {
    const [{ id }] = await db(t).query(
      `INSERT INTO competence_evidence (competence_id, kind, level, observed_by_account_id, observed_on, created_by_account_id)
       VALUES ($1, $2, 'good', CASE WHEN $2 = 'mentor' THEN $3::uuid END, CASE WHEN $2 = 'mentor' THEN current_date END, $3)
       RETURNING id`,
      [competenceId, kind, by.accountId],
    );
    return id;
  }

  /**
   * keep: skill 0 (self evidence), German. remove: skill 0 (mentor evidence) and skill 1, Arabic,
   * an authorised mentor. Both have the same name and birth year, so the list flags them.
   */
  async function flaggedPair(): Promise<Pair & { removedMentorEvidence: string; removedSkill1: string }> {
    const iba = await createAccount(t, 'iba_staff', { name: 'Ines IBA' });
    const keep = await createAccount(t, 'candidate');
    const remove = await createAccount(t, 'candidate');
    const mentor = await createAccount(t, 'mentor', { name: 'Helga Mentorin' });
    await sameName([keep.candidateId, remove.candidateId]);
    await db(t).query(`UPDATE account SET preferred_language = 'uk' WHERE id = $1`, [keep.accountId]);
    await authorise(t, remove, mentor);
    await evidence(await competence(keep.candidateId!, skills[0]), 'self', keep);
    const removedMentorEvidence = await evidence(
      await competence(remove.candidateId!, skills[0]),
      'mentor',
      mentor,
    );
    const removedSkill1 = await competence(remove.candidateId!, skills[1]);
    await evidence(removedSkill1, 'self', remove);
    await db(t).query(
      `INSERT INTO profile_language (candidate_id, language, overall) VALUES ($1, 'de', 'A2'), ($2, 'ar', 'C2')`,
      [keep.candidateId, remove.candidateId],
    );
    return { iba, keep, remove, mentor, removedMentorEvidence, removedSkill1 };
  }

  const merge = (by: TestAccount, body: Record<string, unknown>) =>
    t.http.post('/api/duplicates/merge').set(bearer(by)).send(body);

  async function count(sql: string, params: unknown[]): Promise<number> {
    const [{ n }] = await db(t).query(`SELECT count(*)::int AS n FROM (${sql}) x`, params);
    return n;
  }

  const candidateExists = (id: string | null) => count(`SELECT 1 FROM candidate WHERE id = $1`, [id]);
  const logRows = (candidateId: string | null, action: string, actor: TestAccount) =>
    count(`SELECT 1 FROM access_log WHERE candidate_id = $1 AND action = $2 AND actor_account_id = $3`, [
      candidateId,
      action,
      actor.accountId,
    ]);

  describe('only flagged pairs, with a reason', () => {
    it('refuses two candidates that the duplicate check does not list (409), and changes nothing', async () => {
      const iba = await createAccount(t, 'iba_staff');
      const a = await createAccount(t, 'candidate');
      const b = await createAccount(t, 'candidate');
      const response = await merge(iba, {
        keep: a.candidateId,
        remove: b.candidateId,
        reason: 'same person',
      });
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ code: 'DUPLICATE_PAIR_NOT_FLAGGED', statusCode: 409 });
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'remove' })]);
      expect(await candidateExists(b.candidateId)).toBe(1);
      expect(
        await count(`SELECT 1 FROM merged_candidate_archive WHERE removed_candidate_id = $1`, [
          b.candidateId,
        ]),
      ).toBe(0);
    });

    it('refuses a pair that was dismissed as two different people', async () => {
      const { iba, keep, remove } = await flaggedPair();
      expect(
        (
          await t.http
            .post('/api/duplicates/dismiss')
            .set(bearer(iba))
            .send({ candidateA: keep.candidateId, candidateB: remove.candidateId })
        ).status,
      ).toBe(204);
      const response = await merge(iba, { keep: keep.candidateId, remove: remove.candidateId, reason: 'x' });
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('DUPLICATE_PAIR_NOT_FLAGGED');
      expect(await candidateExists(remove.candidateId)).toBe(1);
    });

    it('merges a pair flagged only by a shared phone number', async () => {
      const iba = await createAccount(t, 'iba_staff');
      const a = await createAccount(t, 'candidate');
      const b = await createAccount(t, 'candidate');
      const phone = `+49 170 ${randomBytes(3).readUIntBE(0, 3)}`;
      await db(t).query(`UPDATE candidate SET phone = $2 WHERE id = ANY($1)`, [
        [a.candidateId, b.candidateId],
        phone,
      ]);
      const response = await merge(iba, {
        keep: a.candidateId,
        remove: b.candidateId,
        reason: 'same phone, same person',
      });
      expect(response.status).toBe(200);
      expect(await candidateExists(b.candidateId)).toBe(0);
    });

    it('requires a reason of at most 500 characters', async () => {
      const { iba, keep, remove } = await flaggedPair();
      for (const reason of [undefined, '', '   ', 'x'.repeat(501), 42]) {
        const response = await merge(iba, { keep: keep.candidateId, remove: remove.candidateId, reason });
        expect(response.status).toBe(400);
        expect(response.body.code).toBe('VALIDATION_FAILED');
        expect(response.body.errors.map((e: { field: string }) => e.field)).toContain('reason');
      }
      expect(await candidateExists(remove.candidateId)).toBe(1);
    });

    it('answers 404 for an unknown candidate and 400 for the same one twice', async () => {
      const { iba, keep } = await flaggedPair();
      const unknown = await merge(iba, {
        keep: keep.candidateId,
        remove: '3f0c9a4e-5b7d-4e21-9c3a-8d2b6f1e0a57',
        reason: 'same person',
      });
      expect(unknown.status).toBe(404);
      expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'remove' })]);
      const same = await merge(iba, {
        keep: keep.candidateId,
        remove: keep.candidateId,
        reason: 'same person',
      });
      expect(same.status).toBe(400);
    });
  });

  describe('a merge', () => {
    it('moves what the kept record lacks, archives the other with actor and reason, and logs both people', async () => {
      const { iba, keep, remove, mentor, removedMentorEvidence } = await flaggedPair();
      const before = Date.now();
      const response = await merge(iba, {
        keep: keep.candidateId,
        remove: remove.candidateId,
        reason: '  Registered twice; confirmed in person  ',
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        keptCandidateId: keep.candidateId,
        mentorsMoved: 1,
        candidateNotified: true,
      });
      const until = Date.parse(response.body.restorableUntil);
      expect(until - before).toBeGreaterThan(29.9 * 86_400_000);
      expect(until - before).toBeLessThan(30.1 * 86_400_000);

      expect(await candidateExists(remove.candidateId)).toBe(0);
      const codes = await db(t).query(
        `SELECT concept_code FROM profile_competence WHERE candidate_id = $1 ORDER BY concept_code`,
        [keep.candidateId],
      );
      expect(codes.map((c: { concept_code: string }) => c.concept_code)).toEqual(skills);
      const [movedEvidence] = await db(t).query(
        `SELECT e.kind, e.observed_by_account_id, c.candidate_id FROM competence_evidence e
           JOIN profile_competence c ON c.id = e.competence_id WHERE e.id = $1`,
        [removedMentorEvidence],
      );
      expect(movedEvidence).toEqual({
        kind: 'mentor',
        observed_by_account_id: mentor.accountId,
        candidate_id: keep.candidateId,
      });
      const languages = await db(t).query(
        `SELECT language FROM profile_language WHERE candidate_id = $1 ORDER BY language`,
        [keep.candidateId],
      );
      expect(languages.map((l: { language: string }) => l.language)).toEqual(['ar', 'de']);

      const [archive] = await db(t).query(
        `SELECT kept_candidate_id, removed_candidate_id, merged_by_account_id, merged_by_name, reason,
                jsonb_array_length(data -> 'profile_competence') AS competences, data -> 'account' -> 0 ->> 'email' AS email
           FROM merged_candidate_archive WHERE id = $1`,
        [response.body.archiveId],
      );
      expect(archive).toEqual({
        kept_candidate_id: keep.candidateId,
        removed_candidate_id: remove.candidateId,
        merged_by_account_id: iba.accountId,
        merged_by_name: 'Ines IBA',
        reason: 'Registered twice; confirmed in person',
        competences: 2,
        email: remove.email,
      });
      expect(await logRows(keep.candidateId, 'merge_duplicates', iba)).toBe(1);
      expect(await logRows(remove.candidateId, 'merge_duplicates', iba)).toBe(1);
    });

    it('tells the candidate by e-mail in their language and moves mentor authorisations with that notice', async () => {
      const { iba, keep, remove, mentor } = await flaggedPair();
      const response = await merge(iba, {
        keep: keep.candidateId,
        remove: remove.candidateId,
        reason: 'same person',
      });
      expect(response.status).toBe(200);
      const [toKept] = await db(t).query(`SELECT subject, body FROM mail_outbox WHERE recipient = $1`, [
        keep.email,
      ]);
      expect(toKept.subject).toBe('Passgenau: ваші два записи об’єднано');
      expect(toKept.body).toContain(keep.email);
      expect(toKept.body).toContain('Helga Mentorin');
      expect(toKept.body).toContain(response.body.restorableUntil.slice(0, 10));
      const [toRemoved] = await db(t).query(`SELECT subject FROM mail_outbox WHERE recipient = $1`, [
        remove.email,
      ]);
      expect(toRemoved.subject).toBe('Passgenau: Ihre zwei Einträge wurden zusammengeführt');
      expect(
        await count(
          `SELECT 1 FROM mentorship WHERE candidate_id = $1 AND mentor_account_id = $2 AND withdrawn_at IS NULL`,
          [keep.candidateId, mentor.accountId],
        ),
      ).toBe(1);
      const asMentor = await t.http.get(`/api/candidates/${keep.candidateId}/profile`).set(bearer(mentor));
      expect(asMentor.status).toBe(200);
    });

    it('without an e-mail address to tell the candidate, mentor authorisations are not moved', async () => {
      const { iba, keep, remove, mentor } = await flaggedPair();
      await db(t).query(
        `UPDATE account SET login_name = 'dup-' || substr(md5(id::text), 1, 12), email = NULL WHERE id = ANY($1)`,
        [[keep.accountId, remove.accountId]],
      );
      const response = await merge(iba, {
        keep: keep.candidateId,
        remove: remove.candidateId,
        reason: 'same person',
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ mentorsMoved: 0, candidateNotified: false });
      expect(
        await count(`SELECT 1 FROM mentorship WHERE candidate_id = $1 AND mentor_account_id = $2`, [
          keep.candidateId,
          mentor.accountId,
        ]),
      ).toBe(0);
      const [archive] = await db(t).query(
        `SELECT jsonb_array_length(data -> 'mentorship') AS n FROM merged_candidate_archive WHERE id = $1`,
        [response.body.archiveId],
      );
      expect(archive.n).toBe(1);
    });

    it('is refused to other roles', async () => {
      const { keep, remove } = await flaggedPair();
      for (const role of ['candidate', 'mentor', 'employer', 'coordinator'] as const) {
        const other = await createAccount(t, role);
        const response = await merge(other, {
          keep: keep.candidateId,
          remove: remove.candidateId,
          reason: 'x',
        });
        expect(response.status).toBe(403);
      }
      expect(await candidateExists(remove.candidateId)).toBe(1);
    });
  });

  describe('restore within 30 days, purge after', () => {
    it('brings the removed record back with its ids, moves back what moved, and the person can sign in again', async () => {
      const { iba, keep, remove, mentor, removedMentorEvidence, removedSkill1 } = await flaggedPair();
      const merged = await merge(iba, {
        keep: keep.candidateId,
        remove: remove.candidateId,
        reason: 'same person',
      });
      expect(merged.status).toBe(200);

      const listed = await t.http.get('/api/duplicates/merges').set(bearer(iba));
      expect(listed.status).toBe(200);
      expect(listed.body).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            archiveId: merged.body.archiveId,
            removedCandidateId: remove.candidateId,
            kept: expect.objectContaining({ id: keep.candidateId }),
            reason: 'same person',
            mergedByName: 'Ines IBA',
          }),
        ]),
      );
      expect(await logRows(remove.candidateId, 'list_merged_duplicates', iba)).toBe(1);

      const admin = await createAccount(t, 'admin');
      const restored = await t.http
        .post(`/api/duplicates/merges/${merged.body.archiveId}/restore`)
        .set(bearer(admin));
      expect(restored.status).toBe(200);
      expect(restored.body).toEqual({ candidateId: remove.candidateId });

      expect(await candidateExists(remove.candidateId)).toBe(1);
      const [skill1] = await db(t).query(`SELECT candidate_id FROM profile_competence WHERE id = $1`, [
        removedSkill1,
      ]);
      expect(skill1.candidate_id).toBe(remove.candidateId);
      const [ev] = await db(t).query(
        `SELECT c.candidate_id, e.observed_by_account_id FROM competence_evidence e JOIN profile_competence c ON c.id = e.competence_id WHERE e.id = $1`,
        [removedMentorEvidence],
      );
      expect(ev).toEqual({ candidate_id: remove.candidateId, observed_by_account_id: mentor.accountId });
      const keptCodes = await db(t).query(
        `SELECT concept_code FROM profile_competence WHERE candidate_id = $1`,
        [keep.candidateId],
      );
      expect(keptCodes.map((c: { concept_code: string }) => c.concept_code)).toEqual([skills[0]]);
      expect(
        (
          await db(t).query(`SELECT language FROM profile_language WHERE candidate_id = $1`, [
            remove.candidateId,
          ])
        ).map((l: { language: string }) => l.language),
      ).toEqual(['ar']);
      expect(
        await count(
          `SELECT 1 FROM mentorship WHERE candidate_id = $1 AND mentor_account_id = $2 AND withdrawn_at IS NULL`,
          [remove.candidateId, mentor.accountId],
        ),
      ).toBe(1);
      expect(await count(`SELECT 1 FROM mentorship WHERE candidate_id = $1`, [keep.candidateId])).toBe(0);

      const notices = await db(t).query(
        `SELECT recipient, subject, body FROM mail_outbox WHERE recipient = ANY($1) AND subject LIKE '%' || $2 || '%'`,
        [[keep.email, remove.email], 'скасовано'],
      );
      // The kept account reads Ukrainian; the restored one German (its own language).
      expect(notices.map((m: { recipient: string }) => m.recipient)).toEqual([keep.email]);
      expect(notices[0].body).toContain(remove.email);
      expect(
        await count(`SELECT 1 FROM mail_outbox WHERE recipient = $1 AND subject LIKE '%rückgängig%'`, [
          remove.email,
        ]),
      ).toBe(1);
      const login = await t.http
        .post('/api/auth/login')
        .send({ email: remove.email, password: TEST_PASSWORD });
      expect(login.status).toBe(200);
      expect(login.body.account.candidateId).toBe(remove.candidateId);

      const [archive] = await db(t).query(
        `SELECT data, restored_by_account_id, restored_at IS NOT NULL AS restored FROM merged_candidate_archive WHERE id = $1`,
        [merged.body.archiveId],
      );
      expect(archive).toEqual({ data: null, restored_by_account_id: admin.accountId, restored: true });
      expect(await logRows(remove.candidateId, 'restore_merged_candidate', admin)).toBe(1);
      // The access log about the removed record was kept while it was archived.
      expect(await logRows(remove.candidateId, 'merge_duplicates', iba)).toBe(1);

      const again = await t.http
        .post(`/api/duplicates/merges/${merged.body.archiveId}/restore`)
        .set(bearer(admin));
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('MERGE_NOT_RESTORABLE');
    });

    it('keeps the decisions about the removed record: a pair dismissed before the merge stays dismissed after a restore', async () => {
      const { iba, keep, remove } = await flaggedPair();
      const third = await createAccount(t, 'candidate');
      const [{ family_name: family }] = await db(t).query(`SELECT family_name FROM candidate WHERE id = $1`, [
        keep.candidateId,
      ]);
      await db(t).query(
        `UPDATE candidate SET given_name = 'Zaid', family_name = $2, birth_year = 1990 WHERE id = $1`,
        [third.candidateId, family],
      );
      await t.http
        .post('/api/duplicates/dismiss')
        .set(bearer(iba))
        .send({ candidateA: remove.candidateId, candidateB: third.candidateId });
      const merged = await merge(iba, {
        keep: keep.candidateId,
        remove: remove.candidateId,
        reason: 'same person',
      });
      expect(merged.status).toBe(200);
      expect(
        (await t.http.post(`/api/duplicates/merges/${merged.body.archiveId}/restore`).set(bearer(iba)))
          .status,
      ).toBe(200);
      const list = await t.http.get('/api/duplicates').set(bearer(iba));
      const ids = (p: { candidateA: { id: string }; candidateB: { id: string } }) =>
        [p.candidateA.id, p.candidateB.id].sort().join();
      const pairs = list.body.map(ids);
      expect(pairs).toContain([keep.candidateId, remove.candidateId].sort().join());
      expect(pairs).not.toContain([remove.candidateId, third.candidateId].sort().join());
    });

    it('a record merged into one that is merged again stays restorable', async () => {
      const { iba, keep, remove, removedSkill1 } = await flaggedPair();
      const last = await createAccount(t, 'candidate');
      const [{ family_name: family }] = await db(t).query(`SELECT family_name FROM candidate WHERE id = $1`, [
        keep.candidateId,
      ]);
      await sameName([last.candidateId], family);
      const first = await merge(iba, {
        keep: keep.candidateId,
        remove: remove.candidateId,
        reason: 'same person',
      });
      const second = await merge(iba, {
        keep: last.candidateId,
        remove: keep.candidateId,
        reason: 'same person',
      });
      expect([first.status, second.status]).toEqual([200, 200]);
      const [skill] = await db(t).query(`SELECT candidate_id FROM profile_competence WHERE id = $1`, [
        removedSkill1,
      ]);
      expect(skill.candidate_id).toBe(last.candidateId);

      const restored = await t.http
        .post(`/api/duplicates/merges/${first.body.archiveId}/restore`)
        .set(bearer(iba));
      expect(restored.status).toBe(200);
      expect(await candidateExists(remove.candidateId)).toBe(1);
      const [back] = await db(t).query(`SELECT candidate_id FROM profile_competence WHERE id = $1`, [
        removedSkill1,
      ]);
      expect(back.candidate_id).toBe(remove.candidateId);
    });

    it('refuses to restore when another account took over the e-mail address meanwhile', async () => {
      const { iba, keep, remove } = await flaggedPair();
      const merged = await merge(iba, {
        keep: keep.candidateId,
        remove: remove.candidateId,
        reason: 'same person',
      });
      await db(t).query(
        `INSERT INTO account (email, role, display_name) VALUES ($1, 'mentor', 'Someone else')`,
        [remove.email],
      );
      const response = await t.http
        .post(`/api/duplicates/merges/${merged.body.archiveId}/restore`)
        .set(bearer(iba));
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ code: 'MERGE_IDENTIFIER_TAKEN', errors: [{ field: 'email' }] });
      expect(await candidateExists(remove.candidateId)).toBe(0);
    });

    it('after 30 days: no restore, and the purge erases the archive and anonymises the log about it', async () => {
      const { iba, keep, remove } = await flaggedPair();
      const merged = await merge(iba, {
        keep: keep.candidateId,
        remove: remove.candidateId,
        reason: 'same person',
      });
      const fresh = await flaggedPair();
      const notDue = await merge(fresh.iba, {
        keep: fresh.keep.candidateId,
        remove: fresh.remove.candidateId,
        reason: 'same person',
      });
      await db(t).query(
        `UPDATE merged_candidate_archive SET merged_at = now() - interval '31 days', restorable_until = now() - interval '1 day' WHERE id = $1`,
        [merged.body.archiveId],
      );
      const late = await t.http
        .post(`/api/duplicates/merges/${merged.body.archiveId}/restore`)
        .set(bearer(iba));
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('MERGE_NOT_RESTORABLE');
      const listed = await t.http.get('/api/duplicates/merges').set(bearer(iba));
      expect(listed.body.map((m: { archiveId: string }) => m.archiveId)).not.toContain(merged.body.archiveId);

      expect(await t.app.get(DuplicatesService).purgeExpired()).toBeGreaterThanOrEqual(1);
      expect(
        await count(`SELECT 1 FROM merged_candidate_archive WHERE id = $1`, [merged.body.archiveId]),
      ).toBe(0);
      expect(await count(`SELECT 1 FROM access_log WHERE candidate_id = $1`, [remove.candidateId])).toBe(0);
      expect(await count(`SELECT 1 FROM mail_outbox WHERE recipient = $1`, [remove.email])).toBe(0);
      expect(await logRows(keep.candidateId, 'merge_duplicates', iba)).toBe(1);
      // A merge whose 30 days are not over stays restorable.
      expect(
        await count(`SELECT 1 FROM merged_candidate_archive WHERE id = $1`, [notDue.body.archiveId]),
      ).toBe(1);
    });

    it('erasing the kept candidate erases the archived record of the same person', async () => {
      const { iba, keep, remove } = await flaggedPair();
      const merged = await merge(iba, {
        keep: keep.candidateId,
        remove: remove.candidateId,
        reason: 'same person',
      });
      expect(await count(`SELECT 1 FROM access_log WHERE candidate_id = $1`, [remove.candidateId])).toBe(1);
      expect(await count(`SELECT 1 FROM mail_outbox WHERE recipient = $1`, [remove.email])).toBe(1);
      expect((await t.http.delete(`/api/candidates/${keep.candidateId}`).set(bearer(keep))).status).toBe(204);
      expect(await count(`SELECT 1 FROM access_log WHERE candidate_id = $1`, [remove.candidateId])).toBe(0);
      expect(await count(`SELECT 1 FROM mail_outbox WHERE recipient = $1`, [remove.email])).toBe(0);
      expect(
        await count(`SELECT 1 FROM merged_candidate_archive WHERE id = $1`, [merged.body.archiveId]),
      ).toBe(0);
    });
  });

  describe('access log of the list', () => {
    it('logs every candidate the duplicates list shows, once per request, with the actor', async () => {
      const { iba, keep, remove } = await flaggedPair();
      const list = await t.http.get('/api/duplicates').set(bearer(iba));
      expect(list.status).toBe(200);
      expect(
        list.body.some(
          (p: { candidateA: { id: string }; candidateB: { id: string } }) =>
            [p.candidateA.id, p.candidateB.id].sort().join() ===
            [keep.candidateId, remove.candidateId].sort().join(),
        ),
      ).toBe(true);
      expect(await logRows(keep.candidateId, 'list_duplicates', iba)).toBe(1);
      expect(await logRows(remove.candidateId, 'list_duplicates', iba)).toBe(1);
    });
  });

  it('the archive entity matches its migration', async () => {
    const sql = await db(t).driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query).filter((q) => q.includes('merged_candidate_archive'))).toEqual(
      [],
    );
  });
});
