import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { completeness } from '@passgenau/domain';
import type { AuthContext, RequestMeta } from '../../common/auth-context';
import { DomainError, type FieldError } from '../../common/domain-error';
import { AccessLogService } from '../audit/access-log.service';
import { CandidateAccess } from '../candidates/candidate-access.service';
import { TaxonomyLabelsService } from '../taxonomy/taxonomy-labels.service';
import type { UpdateProfileDto } from './dto/profile.dto';
import type {
  ProfileListResponse,
  ProfileResponse,
  PseudonymousProfileResponse,
} from './dto/profile.response';
import type { ProfileListQuery } from './dto/profile-list.query';
import { planEvidence, type ExistingEvidence } from './evidence-plan';
import { ProfileLoader } from './profile.loader';
import { ProfilesMessage } from './profiles.errors';

/** SQL condition for profiles employers may see now (published, consent, not overdue for reconfirmation). */
export const VISIBLE_TO_EMPLOYERS = `
  p.status = 'published'
  AND EXISTS (SELECT 1 FROM consent_record r WHERE r.candidate_id = p.candidate_id AND r.purpose = 'searchable_profile' AND r.withdrawn_at IS NULL)
  AND p.confirmed_at > now() - interval '104 days'`;

@Injectable()
export class ProfilesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CandidateAccess,
    private readonly accessLog: AccessLogService,
    private readonly loader: ProfileLoader,
    private readonly taxonomy: TaxonomyLabelsService,
  ) {}

  /** Opening the profile is a read of personal data, logged once. */
  async get(auth: AuthContext, candidateId: string, meta: RequestMeta): Promise<ProfileResponse> {
    await this.access.assert(auth, candidateId, 'read');
    const profile = await this.current(candidateId);
    await this.accessLog.record(auth, [candidateId], 'read_profile', meta);
    return profile;
  }

  /** The profile as it is now, answered to a change by someone allowed to make it: not a read. */
  private async current(candidateId: string): Promise<ProfileResponse> {
    return this.loader.toFull(await this.loader.load(candidateId));
  }

  /** Every code must exist in the taxonomy (and be an occupation where an occupation is asked for). */
  private async checkCodes(dto: UpdateProfileDto): Promise<void> {
    const wanted: Array<{ code: string; field: string; occupation: boolean }> = [
      ...dto.competences.map((c, i) => ({ code: c.code, field: `competences.${i}.code`, occupation: false })),
      ...dto.education.flatMap((e, i) =>
        e.occupationCode
          ? [{ code: e.occupationCode, field: `education.${i}.occupationCode`, occupation: true }]
          : [],
      ),
      ...dto.experience.map((e, i) => ({
        code: e.occupationCode,
        field: `experience.${i}.occupationCode`,
        occupation: true,
      })),
      ...dto.wishes.occupations.map((code, i) => ({
        code,
        field: `wishes.occupations.${i}`,
        occupation: true,
      })),
    ];
    const known = await this.taxonomy.lookup(wanted.map((w) => w.code));
    const errors: FieldError[] = wanted
      .filter((w) => !known.has(w.code) || (w.occupation && known.get(w.code)!.kind !== 'occupation'))
      .map((w) => ({
        field: w.field,
        message: known.has(w.code) ? 'must be an occupation code' : 'unknown taxonomy code',
      }));
    if (dto.mobility.homeTownAgs) {
      const [town] = await this.dataSource.query(`SELECT 1 FROM town WHERE ags = $1`, [
        dto.mobility.homeTownAgs,
      ]);
      if (!town) errors.push({ field: 'mobility.homeTownAgs', message: 'unknown town' });
    }
    const seen = new Set<string>();
    dto.competences.forEach((c, i) => {
      if (seen.has(c.code)) errors.push({ field: `competences.${i}.code`, message: 'listed twice' });
      seen.add(c.code);
    });
    const languages = new Set<string>();
    dto.languages.forEach((l, i) => {
      if (languages.has(l.language))
        errors.push({ field: `languages.${i}.language`, message: 'listed twice' });
      languages.add(l.language);
    });
    dto.competences.forEach((c, i) =>
      c.evidence.forEach((e, j) => {
        if (e.kind === 'mentor' && !e.observedOn)
          errors.push({
            field: `competences.${i}.evidence.${j}.observedOn`,
            message: 'required for mentor evidence',
          });
      }),
    );
    if (errors.length > 0)
      throw new DomainError(
        'VALIDATION_FAILED',
        `Invalid input: ${errors.map((e) => e.field).join(', ')}`,
        errors,
      );
  }

  /**
   * Saves the whole draft at once (the wizard autosaves), in one transaction. Assessments by
   * providers are kept: they come only through the assessment import. Mentor evidence and texts
   * record who wrote them; a mentor's change is marked as made on the candidate's behalf.
   */
  async update(auth: AuthContext, candidateId: string, dto: UpdateProfileDto): Promise<ProfileResponse> {
    await this.access.assert(auth, candidateId, 'act');
    await this.checkCodes(dto);
    const onBehalf = auth.candidateId !== candidateId;
    await this.dataSource.transaction(async (manager) => {
      await this.loader.ensure(candidateId, manager);
      await manager.query(`SELECT 1 FROM candidate_profile WHERE candidate_id = $1 FOR UPDATE`, [
        candidateId,
      ]);
      await manager.query(
        `UPDATE candidate SET birth_year = $2, phone = $3, updated_at = now() WHERE id = $1`,
        [candidateId, dto.birthYear ?? null, dto.phone ?? null],
      );
      await manager.query(
        `UPDATE candidate_profile SET maths_level = $2, computer_level = $3, school_years = $4, school_country = $5, school_level = $6,
                wished_occupations = $7, wished_kinds = $8, hours_per_week = $9, earliest_start = $10, home_town_ags = $11,
                home_place = $12, travel_km = $13, travel_minutes = $14, driving_licences = $15, work_permit = $16,
                updated_at = now(), updated_by_account_id = $17, updated_on_behalf = $18
          WHERE candidate_id = $1`,
        [
          candidateId,
          dto.mathsLevel ?? null,
          dto.computerLevel ?? null,
          dto.schooling.years ?? null,
          dto.schooling.country ?? null,
          dto.schooling.level ?? null,
          [...new Set(dto.wishes.occupations)],
          [...new Set(dto.wishes.kinds)],
          dto.wishes.hoursPerWeek ?? null,
          dto.wishes.earliestStart ?? null,
          dto.mobility.homeTownAgs ?? null,
          dto.mobility.homePlace?.trim() || null,
          dto.mobility.travelKm ?? null,
          dto.mobility.travelMinutes ?? null,
          [...new Set(dto.mobility.drivingLicences)],
          dto.workPermit,
          auth.accountId,
          onBehalf,
        ],
      );
      await this.replaceLists(manager, auth, candidateId, dto);
      // A published profile that lost its minimum content goes back to draft rather than show gaps.
      const saved = await this.loader.load(candidateId, manager);
      if (saved.profile['status'] === 'published' && !completeness(this.loader.content(saved)).publishable) {
        await manager.query(
          `UPDATE candidate_profile SET status = 'draft', published_at = NULL WHERE candidate_id = $1`,
          [candidateId],
        );
      }
    });
    return this.current(candidateId);
  }

  private async replaceLists(
    manager: EntityManager,
    auth: AuthContext,
    candidateId: string,
    dto: UpdateProfileDto,
  ): Promise<void> {
    await manager.query(`DELETE FROM profile_language WHERE candidate_id = $1`, [candidateId]);
    for (const l of dto.languages) {
      await manager.query(
        `INSERT INTO profile_language (candidate_id, language, native, overall, understanding, speaking, writing) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          candidateId,
          l.language,
          l.native ?? false,
          l.overall ?? null,
          l.understanding ?? null,
          l.speaking ?? null,
          l.writing ?? null,
        ],
      );
    }
    await manager.query(`DELETE FROM german_certificate WHERE candidate_id = $1`, [candidateId]);
    for (const c of dto.germanCertificates) {
      await manager.query(
        `INSERT INTO german_certificate (candidate_id, kind, name, level, issued_on) VALUES ($1, $2, $3, $4, $5)`,
        [candidateId, c.kind, c.name ?? null, c.level, c.issuedOn],
      );
    }
    await this.saveCompetences(manager, auth, candidateId, dto);
    await manager.query(`DELETE FROM profile_education WHERE candidate_id = $1`, [candidateId]);
    for (const e of dto.education) {
      await manager.query(
        `INSERT INTO profile_education (candidate_id, kind, title, title_lang, occupation_code, country, year_completed, recognition)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          candidateId,
          e.kind,
          e.title.trim(),
          e.titleLang,
          e.occupationCode ?? null,
          e.country ?? null,
          e.yearCompleted ?? null,
          e.recognition,
        ],
      );
    }
    await manager.query(`DELETE FROM profile_experience WHERE candidate_id = $1`, [candidateId]);
    for (const e of dto.experience) {
      await manager.query(
        `INSERT INTO profile_experience (candidate_id, occupation_code, years, country) VALUES ($1, $2, $3, $4)`,
        [candidateId, e.occupationCode, e.years, e.country ?? null],
      );
    }
    // A text version is rewritten only when its words or language changed, so authorship stays true.
    for (const t of dto.texts) {
      const [current] = await manager.query(
        `SELECT text, lang FROM profile_text WHERE candidate_id = $1 AND subject = $2 AND version = $3`,
        [candidateId, t.subject, t.version],
      );
      if (current && current.text === t.text && current.lang === t.lang) continue;
      if (t.text.trim() === '') {
        await manager.query(
          `DELETE FROM profile_text WHERE candidate_id = $1 AND subject = $2 AND version = $3`,
          [candidateId, t.subject, t.version],
        );
        continue;
      }
      await manager.query(
        `INSERT INTO profile_text (candidate_id, subject, version, text, lang, written_by_account_id, written_by_name)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (candidate_id, subject, version) DO UPDATE
           SET text = EXCLUDED.text, lang = EXCLUDED.lang, written_by_account_id = EXCLUDED.written_by_account_id,
               written_by_name = EXCLUDED.written_by_name, written_at = now()`,
        [candidateId, t.subject, t.version, t.text, t.lang, auth.accountId, auth.displayName],
      );
    }
  }

  /**
   * Competences and their evidence. Evidence keeps its author: a row is matched by its id (or, for
   * clients without ids, by kind and author on the same competence) and updated in place, never
   * deleted and re-inserted under the saver's name. Self evidence is the candidate's (a mentor may
   * change it on their behalf); mentor evidence only the mentor who observed it creates, changes or
   * removes; provider assessments come only through the assessment routes. Removing a competence
   * removes its evidence with it, which is the candidate's right.
   */
  private async saveCompetences(
    manager: EntityManager,
    auth: AuthContext,
    candidateId: string,
    dto: UpdateProfileDto,
  ): Promise<void> {
    const existing: ExistingEvidence[] = await manager.query(
      `SELECT e.id, e.kind, e.level, e.observed_by_account_id, to_char(e.observed_on, 'YYYY-MM-DD') AS observed_on,
              c.concept_code
         FROM competence_evidence e JOIN profile_competence c ON c.id = e.competence_id
        WHERE c.candidate_id = $1`,
      [candidateId],
    );
    const plan = planEvidence(auth, dto, existing);
    if (plan.forbidden.length > 0)
      throw new DomainError('FORBIDDEN', ProfilesMessage.NOT_YOUR_EVIDENCE, plan.forbidden);
    if (plan.invalid.length > 0)
      throw new DomainError(
        'VALIDATION_FAILED',
        `Invalid input: ${plan.invalid.map((e) => e.field).join(', ')}`,
        plan.invalid,
      );
    const codes = dto.competences.map((c) => c.code);
    await manager.query(
      `DELETE FROM profile_competence WHERE candidate_id = $1 AND NOT (concept_code = ANY($2))`,
      [candidateId, codes],
    );
    const competenceIds = new Map<string, string>();
    if (codes.length > 0) {
      const rows: Array<{ id: string; concept_code: string }> = await manager.query(
        `INSERT INTO profile_competence (candidate_id, concept_code) SELECT $1, unnest($2::text[])
         ON CONFLICT (candidate_id, concept_code) DO UPDATE SET concept_code = EXCLUDED.concept_code
         RETURNING id, concept_code`,
        [candidateId, codes],
      );
      for (const r of rows) competenceIds.set(r.concept_code, r.id);
    }
    if (plan.remove.length > 0)
      await manager.query(`DELETE FROM competence_evidence WHERE id = ANY($1::uuid[])`, [plan.remove]);
    for (const u of plan.update) {
      await manager.query(`UPDATE competence_evidence SET level = $2, observed_on = $3 WHERE id = $1`, [
        u.id,
        u.level,
        u.observedOn,
      ]);
    }
    for (const n of plan.insert) {
      await manager.query(
        `INSERT INTO competence_evidence (competence_id, kind, level, observed_by_account_id, observed_by_name, observed_on, created_by_account_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          competenceIds.get(n.code),
          n.kind,
          n.level,
          n.kind === 'mentor' ? auth.accountId : null,
          n.kind === 'mentor' ? auth.displayName : null,
          n.observedOn,
          auth.accountId,
        ],
      );
    }
  }

  /** Employers see a profile only with consent and the minimum content (see PUBLISH_MINIMUM). */
  async publish(auth: AuthContext, candidateId: string): Promise<ProfileResponse> {
    await this.access.assert(auth, candidateId, 'act');
    const loaded = await this.loader.load(candidateId);
    const result = completeness(this.loader.content(loaded));
    const errors: FieldError[] = [];
    if (!loaded.consent)
      errors.push({ field: 'consent', message: 'consent to a searchable profile is missing' });
    for (const item of result.missing.filter((m) =>
      ['german_level', 'competences', 'wishes', 'home_place'].includes(m),
    )) {
      errors.push({ field: item, message: 'required before publishing' });
    }
    if (errors.length > 0) throw new DomainError('UNPROCESSABLE', ProfilesMessage.NOT_PUBLISHABLE, errors);
    await this.dataSource.query(
      `UPDATE candidate_profile SET status = 'published', published_at = coalesce(published_at, now()), confirmed_at = now(),
              reminder_sent_at = NULL WHERE candidate_id = $1`,
      [candidateId],
    );
    return this.current(candidateId);
  }

  async unpublish(auth: AuthContext, candidateId: string): Promise<ProfileResponse> {
    await this.access.assert(auth, candidateId, 'act');
    await this.loader.ensure(candidateId);
    await this.dataSource.query(
      `UPDATE candidate_profile SET status = 'draft', published_at = NULL WHERE candidate_id = $1`,
      [candidateId],
    );
    return this.current(candidateId);
  }

  /** "Still up to date": restarts the 90 days; a profile hidden for being overdue comes back. */
  async reconfirm(auth: AuthContext, candidateId: string): Promise<ProfileResponse> {
    await this.access.assert(auth, candidateId, 'act');
    const [, updated] = await this.dataSource.query(
      `UPDATE candidate_profile SET confirmed_at = now(), reminder_sent_at = NULL WHERE candidate_id = $1 AND status = 'published'`,
      [candidateId],
    );
    if (updated === 0)
      throw new DomainError('UNPROCESSABLE', ProfilesMessage.NOT_PUBLISHED, [
        { field: 'status', message: 'not published' },
      ]);
    return this.current(candidateId);
  }

  /** Published profiles for employers, in the pseudonymous form only. */
  async list(auth: AuthContext, query: ProfileListQuery, meta: RequestMeta): Promise<ProfileListResponse> {
    const params: unknown[] = [];
    const where = [VISIBLE_TO_EMPLOYERS];
    if (query.town) {
      params.push(query.town);
      where.push(`p.home_town_ags = $${params.length}`);
    }
    if (query.occupation) {
      params.push(query.occupation);
      const n = params.length;
      where.push(`($${n} = ANY(p.wished_occupations)
        OR EXISTS (SELECT 1 FROM profile_competence c WHERE c.candidate_id = p.candidate_id AND c.concept_code = $${n})
        OR EXISTS (SELECT 1 FROM profile_experience x WHERE x.candidate_id = p.candidate_id AND x.occupation_code = $${n}))`);
    }
    const filter = where.join(' AND ');
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM candidate_profile p WHERE ${filter}`,
      params,
    );
    const rows: Array<{ candidate_id: string }> = await this.dataSource.query(
      `SELECT p.candidate_id FROM candidate_profile p WHERE ${filter}
        ORDER BY p.confirmed_at DESC, p.pseudonym LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.pageSize, (query.page - 1) * query.pageSize],
    );
    const items: PseudonymousProfileResponse[] = [];
    for (const row of rows) items.push(this.loader.toPseudonymous(await this.loader.load(row.candidate_id)));
    await this.accessLog.recordAppearances(
      auth,
      rows.map((r) => r.candidate_id),
      'list_pseudonymous_profiles',
      meta,
    );
    return { total, page: query.page, pageSize: query.pageSize, items };
  }

  async getPseudonymous(
    auth: AuthContext,
    pseudonym: string,
    meta: RequestMeta,
  ): Promise<PseudonymousProfileResponse> {
    const [row] = await this.dataSource.query(
      `SELECT p.candidate_id FROM candidate_profile p WHERE p.pseudonym = $1 AND ${VISIBLE_TO_EMPLOYERS}`,
      [pseudonym.toUpperCase()],
    );
    if (!row) throw new DomainError('NOT_FOUND', ProfilesMessage.PROFILE_NOT_FOUND);
    const profile = this.loader.toPseudonymous(await this.loader.load(row.candidate_id));
    await this.accessLog.record(auth, [row.candidate_id], 'read_pseudonymous_profile', meta);
    return profile;
  }
}
