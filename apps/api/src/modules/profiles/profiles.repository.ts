import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  pseudonymFromBytes,
  type CefrLevel,
  type CoreSkillLevel,
  type DrivingLicence,
  type EvidenceKind,
  type EvidenceLevel,
  type SchoolLevel,
  type WorkKind,
  type WorkPermit,
} from '@passgenau/domain';
import { visibleToEmployersSql } from '../candidates/candidate-access.service';
import type { ExistingEvidence } from './evidence-plan';

/** The one predicate lives with the access policy; re-exported for the profile queries. */
export { visibleToEmployersSql } from '../candidates/candidate-access.service';

export interface CandidateRow {
  id: string;
  account_id: string;
  given_name: string;
  family_name: string;
  birth_year: number | null;
  phone: string | null;
  created_by_account_id: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface ProfileRow {
  candidate_id: string;
  pseudonym: string;
  status: 'draft' | 'published';
  published_at: Date | null;
  confirmed_at: Date | null;
  reminder_sent_at: Date | null;
  maths_level: CoreSkillLevel | null;
  computer_level: CoreSkillLevel | null;
  school_years: number | null;
  school_country: string | null;
  school_level: SchoolLevel | null;
  wished_occupations: string[];
  wished_kinds: WorkKind[];
  hours_per_week: number | null;
  /** YYYY-MM-DD */
  earliest_start: string | null;
  home_town_ags: string | null;
  home_place: string | null;
  travel_km: number | null;
  travel_minutes: number | null;
  driving_licences: DrivingLicence[];
  work_permit: WorkPermit;
  updated_at: Date;
  updated_by_account_id: string | null;
  updated_on_behalf: boolean;
  /** Joined: who saved last, and the home town's name. */
  updated_by_name: string | null;
  town_name: string | null;
}

export interface LanguageRow {
  id: string;
  candidate_id: string;
  language: string;
  native: boolean;
  overall: CefrLevel | null;
  understanding: CefrLevel | null;
  speaking: CefrLevel | null;
  writing: CefrLevel | null;
}

export interface CertificateRow {
  id: string;
  candidate_id: string;
  kind: string;
  name: string | null;
  level: CefrLevel;
  /** YYYY-MM-DD */
  issued_on: string;
}

export interface CompetenceRow {
  id: string;
  candidate_id: string;
  concept_code: string;
  created_at: Date;
}

export interface EvidenceRow {
  id: string;
  competence_id: string;
  kind: EvidenceKind;
  level: EvidenceLevel | null;
  observed_by_account_id: string | null;
  observed_by_name: string | null;
  /** YYYY-MM-DD */
  observed_on: string | null;
  provider: string | null;
  procedure: string | null;
  /** YYYY-MM-DD */
  assessed_on: string | null;
  confirmed_by_account_id: string | null;
  confirmed_at: Date | null;
  created_at: Date;
  created_by_account_id: string | null;
  /** Joined: the observer's current display name. */
  observer_name: string | null;
}

export interface EducationRow {
  id: string;
  candidate_id: string;
  kind: 'vocational' | 'academic';
  title: string;
  title_lang: string;
  occupation_code: string | null;
  country: string | null;
  year_completed: number | null;
  recognition: string;
}

export interface ExperienceRow {
  id: string;
  candidate_id: string;
  occupation_code: string;
  /** numeric(4,1) as text */
  years: string;
  country: string | null;
}

export interface TextRow {
  id: string;
  candidate_id: string;
  subject: string;
  version: 'original' | 'tidied';
  text: string;
  lang: string;
  written_by_account_id: string | null;
  written_by_name: string | null;
  written_at: Date;
}

/** Every row of one candidate's profile. */
export interface ProfileRows {
  candidate: CandidateRow;
  profile: ProfileRow;
  consent: boolean;
  languages: LanguageRow[];
  certificates: CertificateRow[];
  competences: CompetenceRow[];
  evidence: EvidenceRow[];
  education: EducationRow[];
  experience: ExperienceRow[];
  texts: TextRow[];
}

export interface ProfileValues {
  mathsLevel: CoreSkillLevel | null;
  computerLevel: CoreSkillLevel | null;
  schoolYears: number | null;
  schoolCountry: string | null;
  schoolLevel: SchoolLevel | null;
  wishedOccupations: string[];
  wishedKinds: string[];
  hoursPerWeek: number | null;
  earliestStart: string | null;
  homeTownAgs: string | null;
  homePlace: string | null;
  travelKm: number | null;
  travelMinutes: number | null;
  drivingLicences: string[];
  workPermit: WorkPermit;
  updatedByAccountId: string;
  updatedOnBehalf: boolean;
}

export interface ListFilter {
  town?: string;
  occupation?: string;
  limit: number;
  offset: number;
}

/** Groups rows by candidate. */
function byCandidate<T extends { candidate_id: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.candidate_id) ?? [];
    list.push(row);
    map.set(row.candidate_id, list);
  }
  return map;
}

/** Every query of the competence-profile tables. Services keep access checks, rules and audit. */
@Injectable()
export class ProfilesRepository {
  constructor(private readonly dataSource: DataSource) {}

  private db(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  async candidateExists(candidateId: string, manager?: EntityManager): Promise<boolean> {
    const [row] = await this.db(manager).query(`SELECT 1 FROM candidate WHERE id = $1`, [candidateId]);
    return Boolean(row);
  }

  async townExists(ags: string, manager?: EntityManager): Promise<boolean> {
    const [row] = await this.db(manager).query(`SELECT 1 FROM town WHERE ags = $1`, [ags]);
    return Boolean(row);
  }

  /** The profile row of a candidate, created (as an empty draft with a fresh pseudonym) on first use. */
  async ensure(candidateId: string, manager?: EntityManager): Promise<void> {
    const db = this.db(manager);
    const [existing] = await db.query(`SELECT 1 FROM candidate_profile WHERE candidate_id = $1`, [
      candidateId,
    ]);
    if (existing) return;
    for (let attempt = 0; attempt < 20; attempt++) {
      const length = attempt < 10 ? 4 : 6;
      const inserted: unknown[] = await db.query(
        `INSERT INTO candidate_profile (candidate_id, pseudonym) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
        [candidateId, pseudonymFromBytes(randomBytes(length), length)],
      );
      if (inserted.length > 0) return;
      const [row] = await db.query(`SELECT 1 FROM candidate_profile WHERE candidate_id = $1`, [candidateId]);
      if (row) return;
    }
    throw new Error('could not allocate a pseudonym');
  }

  /**
   * Every part of these candidates' profiles in one query per table, whatever their number (a list
   * page of 20 costs as many queries as one profile). Candidates without a profile row are left out.
   */
  async loadMany(candidateIds: string[], manager?: EntityManager): Promise<Map<string, ProfileRows>> {
    const db = this.db(manager);
    const ids = [...new Set(candidateIds)];
    const result = new Map<string, ProfileRows>();
    if (ids.length === 0) return result;
    const q = <T>(sql: string): Promise<T[]> => db.query(sql, [ids]);
    // One after the other: the queries share the caller's connection rather than take ten from the pool.
    const candidates = await q<CandidateRow>(`SELECT * FROM candidate WHERE id = ANY($1::uuid[])`);
    const profiles = await q<ProfileRow>(
      `SELECT p.*, a.display_name AS updated_by_name, t.name AS town_name
         FROM candidate_profile p LEFT JOIN account a ON a.id = p.updated_by_account_id LEFT JOIN town t ON t.ags = p.home_town_ags
        WHERE p.candidate_id = ANY($1::uuid[])`,
    );
    const consents = await q<{ candidate_id: string }>(
      `SELECT DISTINCT candidate_id FROM consent_record
        WHERE candidate_id = ANY($1::uuid[]) AND purpose = 'searchable_profile' AND withdrawn_at IS NULL`,
    );
    const languages = await q<LanguageRow>(
      `SELECT * FROM profile_language WHERE candidate_id = ANY($1::uuid[]) ORDER BY native DESC, language`,
    );
    const certificates = await q<CertificateRow>(
      `SELECT * FROM german_certificate WHERE candidate_id = ANY($1::uuid[]) ORDER BY issued_on DESC`,
    );
    const competences = await q<CompetenceRow>(
      `SELECT * FROM profile_competence WHERE candidate_id = ANY($1::uuid[]) ORDER BY created_at, concept_code`,
    );
    const evidence = await q<EvidenceRow & { candidate_id: string }>(
      `SELECT e.*, c.candidate_id, a.display_name AS observer_name FROM competence_evidence e
         JOIN profile_competence c ON c.id = e.competence_id LEFT JOIN account a ON a.id = e.observed_by_account_id
        WHERE c.candidate_id = ANY($1::uuid[]) ORDER BY e.created_at, e.id`,
    );
    const education = await q<EducationRow>(
      `SELECT * FROM profile_education WHERE candidate_id = ANY($1::uuid[]) ORDER BY year_completed DESC NULLS LAST, id`,
    );
    const experience = await q<ExperienceRow>(
      `SELECT * FROM profile_experience WHERE candidate_id = ANY($1::uuid[]) ORDER BY years DESC, id`,
    );
    const texts = await q<TextRow>(
      `SELECT * FROM profile_text WHERE candidate_id = ANY($1::uuid[]) ORDER BY subject, version`,
    );
    const candidateById = new Map(candidates.map((c) => [c.id, c]));
    const consented = new Set(consents.map((c) => c.candidate_id));
    const grouped = {
      languages: byCandidate(languages),
      certificates: byCandidate(certificates),
      competences: byCandidate(competences),
      evidence: byCandidate(evidence),
      education: byCandidate(education),
      experience: byCandidate(experience),
      texts: byCandidate(texts),
    };
    for (const profile of profiles) {
      const id = profile.candidate_id;
      const candidate = candidateById.get(id);
      if (!candidate) continue;
      result.set(id, {
        candidate,
        profile,
        consent: consented.has(id),
        languages: grouped.languages.get(id) ?? [],
        certificates: grouped.certificates.get(id) ?? [],
        competences: grouped.competences.get(id) ?? [],
        evidence: grouped.evidence.get(id) ?? [],
        education: grouped.education.get(id) ?? [],
        experience: grouped.experience.get(id) ?? [],
        texts: grouped.texts.get(id) ?? [],
      });
    }
    return result;
  }

  async lockProfile(candidateId: string, manager: EntityManager): Promise<void> {
    await manager.query(`SELECT 1 FROM candidate_profile WHERE candidate_id = $1 FOR UPDATE`, [candidateId]);
  }

  async updatePersonal(
    candidateId: string,
    values: { birthYear: number | null; phone: string | null },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE candidate SET birth_year = $2, phone = $3, updated_at = now() WHERE id = $1`,
      [candidateId, values.birthYear, values.phone],
    );
  }

  async updateProfile(candidateId: string, v: ProfileValues, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE candidate_profile SET maths_level = $2, computer_level = $3, school_years = $4, school_country = $5, school_level = $6,
              wished_occupations = $7, wished_kinds = $8, hours_per_week = $9, earliest_start = $10, home_town_ags = $11,
              home_place = $12, travel_km = $13, travel_minutes = $14, driving_licences = $15, work_permit = $16,
              updated_at = now(), updated_by_account_id = $17, updated_on_behalf = $18
        WHERE candidate_id = $1`,
      [
        candidateId,
        v.mathsLevel,
        v.computerLevel,
        v.schoolYears,
        v.schoolCountry,
        v.schoolLevel,
        v.wishedOccupations,
        v.wishedKinds,
        v.hoursPerWeek,
        v.earliestStart,
        v.homeTownAgs,
        v.homePlace,
        v.travelKm,
        v.travelMinutes,
        v.drivingLicences,
        v.workPermit,
        v.updatedByAccountId,
        v.updatedOnBehalf,
      ],
    );
  }

  async replaceLanguages(
    candidateId: string,
    rows: Array<Omit<LanguageRow, 'id' | 'candidate_id'>>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(`DELETE FROM profile_language WHERE candidate_id = $1`, [candidateId]);
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO profile_language (candidate_id, language, native, overall, understanding, speaking, writing)
       SELECT $1, * FROM unnest($2::text[], $3::boolean[], $4::text[], $5::text[], $6::text[], $7::text[])`,
      [
        candidateId,
        rows.map((r) => r.language),
        rows.map((r) => r.native),
        rows.map((r) => r.overall),
        rows.map((r) => r.understanding),
        rows.map((r) => r.speaking),
        rows.map((r) => r.writing),
      ],
    );
  }

  async replaceCertificates(
    candidateId: string,
    rows: Array<Omit<CertificateRow, 'id' | 'candidate_id'>>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(`DELETE FROM german_certificate WHERE candidate_id = $1`, [candidateId]);
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO german_certificate (candidate_id, kind, name, level, issued_on)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::date[])`,
      [
        candidateId,
        rows.map((r) => r.kind),
        rows.map((r) => r.name),
        rows.map((r) => r.level),
        rows.map((r) => r.issued_on),
      ],
    );
  }

  async replaceEducation(
    candidateId: string,
    rows: Array<Omit<EducationRow, 'id' | 'candidate_id'>>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(`DELETE FROM profile_education WHERE candidate_id = $1`, [candidateId]);
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO profile_education (candidate_id, kind, title, title_lang, occupation_code, country, year_completed, recognition)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::smallint[], $8::text[])`,
      [
        candidateId,
        rows.map((r) => r.kind),
        rows.map((r) => r.title),
        rows.map((r) => r.title_lang),
        rows.map((r) => r.occupation_code),
        rows.map((r) => r.country),
        rows.map((r) => r.year_completed),
        rows.map((r) => r.recognition),
      ],
    );
  }

  async replaceExperience(
    candidateId: string,
    rows: Array<{ occupation_code: string; years: number; country: string | null }>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(`DELETE FROM profile_experience WHERE candidate_id = $1`, [candidateId]);
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO profile_experience (candidate_id, occupation_code, years, country)
       SELECT $1, * FROM unnest($2::text[], $3::numeric[], $4::text[])`,
      [candidateId, rows.map((r) => r.occupation_code), rows.map((r) => r.years), rows.map((r) => r.country)],
    );
  }

  async texts(candidateId: string, manager: EntityManager): Promise<TextRow[]> {
    return manager.query(`SELECT * FROM profile_text WHERE candidate_id = $1`, [candidateId]);
  }

  async deleteText(
    candidateId: string,
    subject: string,
    version: string,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `DELETE FROM profile_text WHERE candidate_id = $1 AND subject = $2 AND version = $3`,
      [candidateId, subject, version],
    );
  }

  async writeText(
    candidateId: string,
    t: { subject: string; version: string; text: string; lang: string },
    author: { accountId: string; name: string },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO profile_text (candidate_id, subject, version, text, lang, written_by_account_id, written_by_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (candidate_id, subject, version) DO UPDATE
         SET text = EXCLUDED.text, lang = EXCLUDED.lang, written_by_account_id = EXCLUDED.written_by_account_id,
             written_by_name = EXCLUDED.written_by_name, written_at = now()`,
      [candidateId, t.subject, t.version, t.text, t.lang, author.accountId, author.name],
    );
  }

  /** The candidate's evidence with its competence's code, as the save compares it with the draft. */
  async existingEvidence(candidateId: string, manager: EntityManager): Promise<ExistingEvidence[]> {
    return manager.query(
      `SELECT e.id, e.kind, e.level, e.observed_by_account_id, e.observed_on, c.concept_code
         FROM competence_evidence e JOIN profile_competence c ON c.id = e.competence_id
        WHERE c.candidate_id = $1`,
      [candidateId],
    );
  }

  /** Keeps exactly these competences (removing one removes its evidence); returns their ids by code. */
  async keepCompetences(
    candidateId: string,
    codes: string[],
    manager: EntityManager,
  ): Promise<Map<string, string>> {
    await manager.query(
      `DELETE FROM profile_competence WHERE candidate_id = $1 AND NOT (concept_code = ANY($2))`,
      [candidateId, codes],
    );
    const ids = new Map<string, string>();
    if (codes.length === 0) return ids;
    const rows: Array<{ id: string; concept_code: string }> = await manager.query(
      `INSERT INTO profile_competence (candidate_id, concept_code) SELECT $1, unnest($2::text[])
       ON CONFLICT (candidate_id, concept_code) DO UPDATE SET concept_code = EXCLUDED.concept_code
       RETURNING id, concept_code`,
      [candidateId, codes],
    );
    for (const r of rows) ids.set(r.concept_code, r.id);
    return ids;
  }

  /** Adds these competences (keeping all others); returns the ids of the ones asked for by code. */
  async keepCompetencesAdding(
    candidateId: string,
    codes: string[],
    manager: EntityManager,
  ): Promise<Map<string, string>> {
    const rows: Array<{ id: string; concept_code: string }> = await manager.query(
      `INSERT INTO profile_competence (candidate_id, concept_code) SELECT $1, unnest($2::text[])
       ON CONFLICT (candidate_id, concept_code) DO UPDATE SET concept_code = EXCLUDED.concept_code
       RETURNING id, concept_code`,
      [candidateId, codes],
    );
    return new Map(rows.map((r) => [r.concept_code, r.id]));
  }

  /** An assessment by a provider (through the assessment routes only). */
  async insertProviderEvidence(
    e: {
      competenceId: string;
      level: string;
      provider: string;
      procedure: string;
      assessedOn: string;
      createdByAccountId: string;
    },
    manager: EntityManager,
  ): Promise<string> {
    const [row]: Array<{ id: string }> = await manager.query(
      `INSERT INTO competence_evidence (competence_id, kind, level, provider, procedure, assessed_on, created_by_account_id)
       VALUES ($1, 'provider', $2, $3, $4, $5, $6) RETURNING id`,
      [e.competenceId, e.level, e.provider, e.procedure, e.assessedOn, e.createdByAccountId],
    );
    return row!.id;
  }

  async evidenceKind(evidenceId: string): Promise<EvidenceKind | null> {
    const [row] = await this.dataSource.query(`SELECT kind FROM competence_evidence WHERE id = $1`, [
      evidenceId,
    ]);
    return row?.kind ?? null;
  }

  async confirmEvidence(evidenceId: string, accountId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE competence_evidence SET confirmed_by_account_id = $2, confirmed_at = now() WHERE id = $1`,
      [evidenceId, accountId],
    );
  }

  async deleteEvidence(ids: string[], manager: EntityManager): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(`DELETE FROM competence_evidence WHERE id = ANY($1::uuid[])`, [ids]);
  }

  async updateEvidence(
    changes: Array<{ id: string; level: string | null; observedOn: string | null }>,
    manager: EntityManager,
  ): Promise<void> {
    if (changes.length === 0) return;
    await manager.query(
      `UPDATE competence_evidence e SET level = c.level, observed_on = c.observed_on
         FROM unnest($1::uuid[], $2::text[], $3::date[]) AS c (id, level, observed_on) WHERE e.id = c.id`,
      [changes.map((c) => c.id), changes.map((c) => c.level), changes.map((c) => c.observedOn)],
    );
  }

  async insertEvidence(
    rows: Array<{
      competenceId: string;
      kind: 'self' | 'mentor';
      level: string | null;
      observedByAccountId: string | null;
      observedByName: string | null;
      observedOn: string | null;
      createdByAccountId: string;
    }>,
    manager: EntityManager,
  ): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO competence_evidence (competence_id, kind, level, observed_by_account_id, observed_by_name, observed_on, created_by_account_id)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::text[], $6::date[], $7::uuid[])`,
      [
        rows.map((r) => r.competenceId),
        rows.map((r) => r.kind),
        rows.map((r) => r.level),
        rows.map((r) => r.observedByAccountId),
        rows.map((r) => r.observedByName),
        rows.map((r) => r.observedOn),
        rows.map((r) => r.createdByAccountId),
      ],
    );
  }

  /**
   * Hides the profile from employers (back to draft) under a fresh pseudonym, so the profile an
   * employer saw before cannot be linked to the one published again later.
   */
  async backToDraft(candidateId: string, manager?: EntityManager): Promise<void> {
    const db = this.db(manager);
    for (let attempt = 0; attempt < 20; attempt++) {
      const length = attempt < 10 ? 4 : 6;
      const pseudonym = pseudonymFromBytes(randomBytes(length), length);
      // An UPDATE answers [rows, affected count].
      const [, updated]: [unknown[], number] = await db.query(
        `UPDATE candidate_profile SET status = 'draft', published_at = NULL, pseudonym = $2
          WHERE candidate_id = $1 AND NOT EXISTS (SELECT 1 FROM candidate_profile WHERE pseudonym = $2)
          RETURNING 1`,
        [candidateId, pseudonym],
      );
      if (updated > 0) return;
      const [exists] = await db.query(`SELECT 1 FROM candidate_profile WHERE candidate_id = $1`, [
        candidateId,
      ]);
      if (!exists) return;
    }
    throw new Error('could not allocate a pseudonym');
  }

  async publish(candidateId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE candidate_profile SET status = 'published', published_at = coalesce(published_at, now()), confirmed_at = now(),
              reminder_sent_at = NULL WHERE candidate_id = $1`,
      [candidateId],
    );
  }

  /** Restarts the reconfirmation period of a published profile; false when it is not published. */
  async reconfirm(candidateId: string): Promise<boolean> {
    const [, updated] = await this.dataSource.query(
      `UPDATE candidate_profile SET confirmed_at = now(), reminder_sent_at = NULL WHERE candidate_id = $1 AND status = 'published'`,
      [candidateId],
    );
    return updated > 0;
  }

  /** A page of the profiles employers may see, newest confirmation first, with the total. */
  async listVisible(filter: ListFilter): Promise<{ total: number; candidateIds: string[] }> {
    const params: unknown[] = [];
    const where = [visibleToEmployersSql('p')];
    if (filter.town) {
      params.push(filter.town);
      where.push(`p.home_town_ags = $${params.length}`);
    }
    if (filter.occupation) {
      params.push(filter.occupation);
      const n = params.length;
      where.push(`($${n} = ANY(p.wished_occupations)
        OR EXISTS (SELECT 1 FROM profile_competence c WHERE c.candidate_id = p.candidate_id AND c.concept_code = $${n})
        OR EXISTS (SELECT 1 FROM profile_experience x WHERE x.candidate_id = p.candidate_id AND x.occupation_code = $${n}))`);
    }
    const rows: Array<{ candidate_id: string; total: number }> = await this.dataSource.query(
      `SELECT p.candidate_id, count(*) OVER ()::int AS total FROM candidate_profile p WHERE ${where.join(' AND ')}
        ORDER BY p.confirmed_at DESC, p.pseudonym LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, filter.limit, filter.offset],
    );
    if (rows.length > 0) return { total: rows[0]!.total, candidateIds: rows.map((r) => r.candidate_id) };
    if (filter.offset === 0) return { total: 0, candidateIds: [] };
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM candidate_profile p WHERE ${where.join(' AND ')}`,
      params,
    );
    return { total, candidateIds: [] };
  }

  /** Those of these candidates whose profiles employers may see now. */
  async visibleAmong(candidateIds: string[]): Promise<string[]> {
    if (candidateIds.length === 0) return [];
    const rows: Array<{ candidate_id: string }> = await this.dataSource.query(
      `SELECT p.candidate_id FROM candidate_profile p WHERE p.candidate_id = ANY($1::uuid[]) AND ${visibleToEmployersSql('p')}`,
      [candidateIds],
    );
    return rows.map((r) => r.candidate_id);
  }

  /** The candidate behind a pseudonym, if employers may see that profile now (and it did not block the firm). */
  async findVisibleByPseudonym(pseudonym: string, companyId: string | null = null): Promise<string | null> {
    const [row] = await this.dataSource.query(
      `SELECT p.candidate_id FROM candidate_profile p WHERE p.pseudonym = $1 AND ${visibleToEmployersSql('p')}
          AND NOT EXISTS (SELECT 1 FROM contact_block b WHERE b.candidate_id = p.candidate_id AND b.company_id = $2)`,
      [pseudonym, companyId],
    );
    return row?.candidate_id ?? null;
  }
}
