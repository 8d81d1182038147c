import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isUiLanguage, type UiLanguage } from '@passgenau/domain';
import type { AuthContext, RequestMeta } from '../../common/auth-context';
import { DomainError } from '../../common/domain-error';
import { AccessLogService } from '../audit/access-log.service';
import { MailService } from '../mail/mail.service';
import { QUEUES } from '../jobs/job-queue';
import { JobsService } from '../jobs/jobs.service';
import {
  MERGE_RESTORABLE_DAYS,
  type DuplicatePairResponse,
  type MergeDuplicateDto,
  type MergedCandidateResponse,
  type MergeResultResponse,
  type RestoredCandidateResponse,
} from './dto/duplicates.dto';
import { DuplicatesMessage } from './duplicates.errors';
import { MERGE_NOTICE_MAIL, RESTORE_NOTICE_MAIL } from './duplicates.mail-texts';
import { ProfileLoader } from './profile.loader';

// The two rules of duplicate detection, on candidates `a` and `b`. The list and the merge check
// use the same text, so only a pair the list shows can be merged.
const SAME_NAME_AND_BIRTH_YEAR = `lower(a.family_name) = lower(b.family_name) AND lower(a.given_name) = lower(b.given_name)
  AND a.birth_year = b.birth_year`;
const PHONE_DIGITS = (c: string) => `regexp_replace(${c}.phone, '[^0-9]', '', 'g')`;
const SAME_PHONE = `${PHONE_DIGITS('a')} = ${PHONE_DIGITS('b')} AND ${PHONE_DIGITS('a')} <> ''`;
const NOT_DISMISSED = `NOT EXISTS (SELECT 1 FROM duplicate_decision d WHERE d.candidate_a = a.id AND d.candidate_b = b.id)`;

/**
 * Tables of a candidate record, in the order they are restored (parents first). `moved` tables
 * may have rows that a merge moved to the kept record: a restore moves them back.
 */
const ARCHIVED_TABLES: { table: string; where: string; movedColumn?: string }[] = [
  { table: 'account', where: 'id = $2' },
  { table: 'candidate', where: 'id = $1' },
  { table: 'candidate_profile', where: 'candidate_id = $1' },
  { table: 'profile_language', where: 'candidate_id = $1', movedColumn: 'candidate_id' },
  { table: 'german_certificate', where: 'candidate_id = $1' },
  { table: 'profile_competence', where: 'candidate_id = $1', movedColumn: 'candidate_id' },
  {
    table: 'competence_evidence',
    where: 'competence_id IN (SELECT id FROM profile_competence WHERE candidate_id = $1)',
    movedColumn: 'competence_id',
  },
  { table: 'profile_education', where: 'candidate_id = $1' },
  { table: 'profile_experience', where: 'candidate_id = $1' },
  { table: 'profile_text', where: 'candidate_id = $1' },
  { table: 'mentorship', where: 'candidate_id = $1', movedColumn: 'candidate_id' },
  { table: 'consent_record', where: 'candidate_id = $1' },
  { table: 'duplicate_decision', where: 'candidate_a = $1 OR candidate_b = $1' },
];

type ArchivedRows = Record<string, Record<string, unknown>[]>;

const dateOnly = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Possible duplicate profiles for Team IBA: same name and birth year is likely the same person;
 * a shared phone alone is only a hint (families share phones). Never merged automatically; a
 * merge keeps the removed record restorable for 30 days and tells the candidate.
 */
@Injectable()
export class DuplicatesService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loader: ProfileLoader,
    private readonly accessLog: AccessLogService,
    private readonly mail: MailService,
    private readonly jobs: JobsService,
  ) {}

  /** Daily at 03:30 (Europe/Berlin) through the job queue: archives past their 30 days are erased. */
  onModuleInit(): void {
    this.jobs.register({
      name: QUEUES.mergeArchivePurge,
      cron: '30 3 * * *',
      handle: async () => void (await this.purgeExpired()),
    });
  }

  /** The flagged pairs; every candidate shown is logged once (name and birth year are shown). */
  async list(auth: AuthContext, meta: RequestMeta): Promise<DuplicatePairResponse[]> {
    const rows = await this.dataSource.query(`
      WITH pairs AS (
        SELECT a.id AS a, b.id AS b, 'likely' AS strength, 'same_name_and_birth_year' AS reason
          FROM candidate a JOIN candidate b ON a.id < b.id AND ${SAME_NAME_AND_BIRTH_YEAR}
         WHERE ${NOT_DISMISSED}
        UNION ALL
        SELECT a.id, b.id, 'hint', 'same_phone'
          FROM candidate a JOIN candidate b ON a.id < b.id AND ${SAME_PHONE}
           AND NOT (${SAME_NAME_AND_BIRTH_YEAR})
         WHERE ${NOT_DISMISSED}
      )
      SELECT p.a, p.b, p.strength, p.reason,
             ca.given_name || ' ' || ca.family_name AS name_a, ca.birth_year AS year_a,
             cb.given_name || ' ' || cb.family_name AS name_b, cb.birth_year AS year_b
        FROM pairs p JOIN candidate ca ON ca.id = p.a JOIN candidate cb ON cb.id = p.b
       ORDER BY p.strength DESC, name_a
       LIMIT 500`);
    const pairs: DuplicatePairResponse[] = rows.map((r: Record<string, unknown>) => ({
      candidateA: {
        id: r['a'] as string,
        name: r['name_a'] as string,
        birthYear: r['year_a'] as number | null,
      },
      candidateB: {
        id: r['b'] as string,
        name: r['name_b'] as string,
        birthYear: r['year_b'] as number | null,
      },
      strength: r['strength'] as 'likely' | 'hint',
      reason: r['reason'] as string,
    }));
    const shown = [...new Set(pairs.flatMap((p) => [p.candidateA.id, p.candidateB.id]))];
    await this.accessLog.record(auth, shown, 'list_duplicates', meta);
    return pairs;
  }

  /**
   * Team IBA decided a flagged pair is one person: what the kept profile lacks (competences with
   * their evidence, languages) moves over; mentor authorisations move only when the candidate is
   * told by e-mail. The other record is archived (restorable for 30 days) and removed.
   */
  async merge(auth: AuthContext, dto: MergeDuplicateDto, meta: RequestMeta): Promise<MergeResultResponse> {
    const { keep, remove, reason } = dto;
    if (keep === remove)
      throw new DomainError('DUPLICATE_SAME_CANDIDATE', DuplicatesMessage.SAME_CANDIDATE, [
        { code: 'CONFLICTING', field: 'remove', message: 'same as keep' },
      ]);
    const [a, b] = keep < remove ? [keep, remove] : [remove, keep];
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.query(
        `SELECT c.id, c.account_id, c.given_name || ' ' || c.family_name AS name,
                acc.email, acc.login_name, acc.preferred_language
           FROM candidate c JOIN account acc ON acc.id = c.account_id
          WHERE c.id = ANY($1) ORDER BY c.id FOR UPDATE OF c, acc`,
        [[a, b]],
      );
      if (found.length !== 2)
        throw new DomainError('NOT_FOUND', DuplicatesMessage.CANDIDATE_NOT_FOUND, [
          {
            code: 'NOT_FOUND',
            field: found.some((r: { id: string }) => r.id === keep) ? 'remove' : 'keep',
            message: 'not found',
          },
        ]);
      const [flagged] = await manager.query(
        `SELECT 1 FROM candidate a, candidate b
          WHERE a.id = $1 AND b.id = $2 AND ((${SAME_NAME_AND_BIRTH_YEAR}) OR (${SAME_PHONE})) AND ${NOT_DISMISSED}`,
        [a, b],
      );
      if (!flagged)
        throw new DomainError('DUPLICATE_PAIR_NOT_FLAGGED', DuplicatesMessage.PAIR_NOT_FLAGGED, [
          { code: 'WRONG_STATE', field: 'remove', message: 'not listed as a possible duplicate of keep' },
        ]);
      const kept = found.find((r: { id: string }) => r.id === keep);
      const removed = found.find((r: { id: string }) => r.id === remove);

      const archiveId = await this.archive(manager, auth, keep, removed, reason);
      await this.loader.ensure(keep, manager);
      await manager.query(
        `UPDATE profile_competence SET candidate_id = $1 WHERE candidate_id = $2
            AND concept_code NOT IN (SELECT concept_code FROM profile_competence WHERE candidate_id = $1)`,
        [keep, remove],
      );
      await manager.query(
        `UPDATE competence_evidence e SET competence_id = k.id
           FROM profile_competence r, profile_competence k
          WHERE e.competence_id = r.id AND r.candidate_id = $2 AND k.candidate_id = $1 AND k.concept_code = r.concept_code`,
        [keep, remove],
      );
      await manager.query(
        `UPDATE profile_language SET candidate_id = $1 WHERE candidate_id = $2
            AND language NOT IN (SELECT language FROM profile_language WHERE candidate_id = $1)`,
        [keep, remove],
      );

      // The candidate is told at every address they have; without one, authorisations stay with
      // the archived record (the candidate can authorise the mentors again).
      const recipients = [kept, removed].filter(
        (r, i, all) => r.email && all.findIndex((o) => o.email === r.email) === i,
      );
      let mentors: string[] = [];
      if (recipients.length > 0) {
        const moved = await manager.query(
          `UPDATE mentorship m SET candidate_id = $1 FROM account a
            WHERE a.id = m.mentor_account_id AND m.candidate_id = $2 AND m.withdrawn_at IS NULL
              AND m.mentor_account_id NOT IN (SELECT mentor_account_id FROM mentorship WHERE candidate_id = $1 AND withdrawn_at IS NULL)
           RETURNING a.display_name`,
          [keep, remove],
        );
        mentors = (moved[0] as { display_name: string }[]).map((m) => m.display_name);
      }
      // Archives in which the removed record was the kept one now belong to the kept record.
      await manager.query(
        `UPDATE merged_candidate_archive SET kept_candidate_id = $1 WHERE kept_candidate_id = $2`,
        [keep, remove],
      );
      await manager.query(`DELETE FROM duplicate_decision WHERE candidate_a = $1 OR candidate_b = $1`, [
        remove,
      ]);
      const keys = [removed.email, removed.login_name].filter(Boolean);
      await manager.query(`DELETE FROM login_failure WHERE account_key = ANY($1)`, [keys]);
      // Cascades to candidate, profile, languages, competences, evidence, texts, mentorships, consent, sessions.
      await manager.query(`DELETE FROM account WHERE id = $1`, [removed.account_id]);

      const [{ restorable_until: until }] = await manager.query(
        `SELECT restorable_until FROM merged_candidate_archive WHERE id = $1`,
        [archiveId],
      );
      for (const r of recipients) {
        const lang: UiLanguage = isUiLanguage(r.preferred_language) ? r.preferred_language : 'de';
        const text = MERGE_NOTICE_MAIL[lang];
        await this.mail.write(
          {
            to: r.email,
            subject: text.subject,
            body: text.body({
              signInWith: kept.email ?? kept.login_name,
              restorableUntil: dateOnly(until),
              mentors,
            }),
          },
          manager,
        );
      }
      await this.accessLog.record(auth, [keep, remove], 'merge_duplicates', meta, manager);
      return {
        archiveId,
        keptCandidateId: keep,
        restorableUntil: (until as Date).toISOString(),
        mentorsMoved: mentors.length,
        candidateNotified: recipients.length > 0,
      };
    });
  }

  /** Copies every row of the removed record, as it is before the merge, into the archive. */
  private async archive(
    manager: EntityManager,
    auth: AuthContext,
    keep: string,
    removed: { id: string; account_id: string; name: string },
    reason: string,
  ): Promise<string> {
    const parts = ARCHIVED_TABLES.map(
      ({ table, where }) =>
        `'${table}', (SELECT coalesce(jsonb_agg(to_jsonb(t)), '[]'::jsonb) FROM ${table} t WHERE ${where})`,
    );
    const [{ id }] = await manager.query(
      `INSERT INTO merged_candidate_archive
         (kept_candidate_id, removed_candidate_id, removed_name, merged_by_account_id, merged_by_name, reason, data, restorable_until)
       VALUES ($3, $1, $4, $5, $6, $7, jsonb_build_object(${parts.join(', ')}), now() + make_interval(days => $8))
       RETURNING id`,
      [
        removed.id,
        removed.account_id,
        keep,
        removed.name,
        auth.accountId,
        auth.displayName,
        reason,
        MERGE_RESTORABLE_DAYS,
      ],
    );
    return id;
  }

  /** Merges that can still be undone, newest first; both people of every merge shown are logged. */
  async listMerged(auth: AuthContext, meta: RequestMeta): Promise<MergedCandidateResponse[]> {
    const rows = await this.dataSource.query(
      `SELECT m.id, m.kept_candidate_id, c.given_name || ' ' || c.family_name AS kept_name, c.birth_year,
              m.removed_candidate_id, m.removed_name, m.merged_at, m.merged_by_name, m.reason, m.restorable_until
         FROM merged_candidate_archive m JOIN candidate c ON c.id = m.kept_candidate_id
        WHERE m.restored_at IS NULL AND m.restorable_until > now()
        ORDER BY m.merged_at DESC LIMIT 500`,
    );
    const items: MergedCandidateResponse[] = rows.map((r: Record<string, unknown>) => ({
      archiveId: r['id'] as string,
      kept: {
        id: r['kept_candidate_id'] as string,
        name: r['kept_name'] as string,
        birthYear: r['birth_year'] as number | null,
      },
      removedCandidateId: r['removed_candidate_id'] as string,
      removedName: r['removed_name'] as string,
      mergedAt: (r['merged_at'] as Date).toISOString(),
      mergedByName: r['merged_by_name'] as string,
      reason: r['reason'] as string,
      restorableUntil: (r['restorable_until'] as Date).toISOString(),
    }));
    const shown = [...new Set(items.flatMap((i) => [i.kept.id, i.removedCandidateId]))];
    await this.accessLog.record(auth, shown, 'list_merged_duplicates', meta);
    return items;
  }

  /**
   * Undoes a merge within 30 days: the removed record comes back with its ids, and what the merge
   * moved to the kept record (competences, evidence, languages, mentor authorisations) moves back.
   */
  async restore(auth: AuthContext, archiveId: string, meta: RequestMeta): Promise<RestoredCandidateResponse> {
    return this.dataSource.transaction(async (manager) => {
      const [archive] = await manager.query(
        `SELECT id, kept_candidate_id, removed_candidate_id, data, restored_at, restorable_until > now() AS open
           FROM merged_candidate_archive WHERE id = $1 FOR UPDATE`,
        [archiveId],
      );
      if (!archive) throw new DomainError('NOT_FOUND', DuplicatesMessage.ARCHIVE_NOT_FOUND);
      if (archive.restored_at || !archive.open)
        throw new DomainError('MERGE_NOT_RESTORABLE', DuplicatesMessage.NOT_RESTORABLE, [
          {
            code: 'WRONG_STATE',
            field: 'id',
            message: archive.restored_at ? 'already restored' : 'older than 30 days',
          },
        ]);
      const data = archive.data as ArchivedRows;
      const [account] = data['account'] ?? [];
      if (!account) throw new DomainError('MERGE_NOT_RESTORABLE', DuplicatesMessage.NOT_RESTORABLE);
      const [taken] = await manager.query(
        `SELECT (email = $1) AS email FROM account WHERE id = $3 OR email = $1 OR login_name = $2 LIMIT 1`,
        [account['email'] ?? null, account['login_name'] ?? null, account['id']],
      );
      if (taken)
        throw new DomainError('MERGE_IDENTIFIER_TAKEN', DuplicatesMessage.IDENTIFIER_TAKEN, [
          {
            code: 'TAKEN',
            field: taken.email ? 'email' : 'loginName',
            message: 'now used by another account',
          },
        ]);
      await this.insertArchivedRows(manager, data, account['id'] as string);
      await this.tellRestored(manager, archive.kept_candidate_id, account);
      await manager.query(
        `UPDATE merged_candidate_archive SET data = NULL, restored_at = now(), restored_by_account_id = $2 WHERE id = $1`,
        [archiveId, auth.accountId],
      );
      await this.accessLog.record(
        auth,
        [archive.kept_candidate_id, archive.removed_candidate_id],
        'restore_merged_candidate',
        meta,
        manager,
      );
      return { candidateId: archive.removed_candidate_id };
    });
  }

  /** The person is told at the addresses of both records, each in its language. */
  private async tellRestored(
    manager: EntityManager,
    keptCandidateId: string,
    restored: Record<string, unknown>,
  ) {
    const [kept] = await manager.query(
      `SELECT a.email, a.preferred_language FROM candidate c JOIN account a ON a.id = c.account_id WHERE c.id = $1`,
      [keptCandidateId],
    );
    const recipients = [
      { email: restored['email'] as string | null, language: restored['preferred_language'] },
      { email: kept?.email as string | null, language: kept?.preferred_language },
    ].filter((r, i, all) => r.email && all.findIndex((o) => o.email === r.email) === i);
    const restoredSignIn = (restored['email'] ?? restored['login_name']) as string;
    for (const r of recipients) {
      const text = RESTORE_NOTICE_MAIL[isUiLanguage(r.language) ? r.language : 'de'];
      await this.mail.write(
        { to: r.email!, subject: text.subject, body: text.body({ restoredSignIn }) },
        manager,
      );
    }
  }

  private async insertArchivedRows(manager: EntityManager, data: ArchivedRows, accountId: string) {
    // References to accounts deleted since the merge: a mentorship of a gone mentor is dropped,
    // any other reference (who granted, observed, wrote …) becomes empty as on deletion.
    const referenced = new Set<string>();
    for (const rows of Object.values(data))
      for (const row of rows)
        for (const [key, value] of Object.entries(row))
          if (key.endsWith('_account_id') && typeof value === 'string') referenced.add(value);
    const existing = new Set<string>(
      (await manager.query(`SELECT id FROM account WHERE id = ANY($1)`, [[...referenced]])).map(
        (r: { id: string }) => r.id,
      ),
    );
    existing.add(accountId);

    for (const { table, movedColumn } of ARCHIVED_TABLES) {
      const rows = (data[table] ?? [])
        .filter((row) => table !== 'mentorship' || existing.has(row['mentor_account_id'] as string))
        .map((row) =>
          Object.fromEntries(
            Object.entries(row).map(([key, value]) => [
              key,
              key.endsWith('_account_id') && typeof value === 'string' && !existing.has(value) ? null : value,
            ]),
          ),
        );
      if (rows.length === 0) continue;
      // Only columns that still exist and that the archive has: later columns take their defaults.
      const columns: string[] = (
        await manager.query(
          `SELECT column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = $1 AND column_name = ANY($2)
            ORDER BY ordinal_position`,
          [table, Object.keys(rows[0])],
        )
      ).map((r: { column_name: string }) => `"${r.column_name}"`);
      const list = columns.join(', ');
      const onConflict = movedColumn
        ? `ON CONFLICT (id) DO UPDATE SET "${movedColumn}" = EXCLUDED."${movedColumn}"`
        : '';
      await manager.query(
        `INSERT INTO ${table} (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb) ${onConflict}`,
        [JSON.stringify(rows)],
      );
    }
  }

  /**
   * Erases archived records whose 30 days are over, like an Art. 17 erasure (the access log about
   * them is anonymised), and forgets restored merges after the same time. For a scheduled job;
   * returns how many archived records were erased.
   */
  async purgeExpired(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      // Deleting an archive that holds a record erases it (trigger merged_candidate_archive_erase).
      await manager.query(`SET LOCAL passgenau.erasure = 'on'`);
      const [rows] = await manager.query(
        `DELETE FROM merged_candidate_archive WHERE restorable_until <= now() RETURNING data IS NOT NULL AS archived`,
      );
      return (rows as { archived: boolean }[]).filter((r) => r.archived).length;
    });
  }

  async dismiss(auth: AuthContext, first: string, second: string): Promise<void> {
    if (first === second)
      throw new DomainError('DUPLICATE_SAME_CANDIDATE', DuplicatesMessage.SAME_CANDIDATE, [
        { code: 'CONFLICTING', field: 'candidateB', message: 'same as candidateA' },
      ]);
    const [a, b] = first < second ? [first, second] : [second, first];
    const found = await this.dataSource.query(`SELECT id FROM candidate WHERE id = ANY($1)`, [[a, b]]);
    if (found.length !== 2) throw new DomainError('NOT_FOUND', DuplicatesMessage.CANDIDATE_NOT_FOUND);
    await this.dataSource.query(
      `INSERT INTO duplicate_decision (candidate_a, candidate_b, decision, decided_by_account_id) VALUES ($1, $2, 'dismissed', $3)
       ON CONFLICT (candidate_a, candidate_b) DO NOTHING`,
      [a, b, auth.accountId],
    );
  }
}
