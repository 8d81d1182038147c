import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { listedOfferSql } from '../../common/listed-offer.sql';
import { loadConcepts, type ConceptInfo } from '../taxonomy/concept-labels';
import type { FairMentorKind } from './dto/job-fair.dto';

export interface FairRow {
  id: string;
  title: string;
  day: string;
  venue: string;
}

export interface ExhibitorRow {
  id: string;
  fair_id: string;
  company_id: string | null;
  name: string;
  booth: string;
  offer_ids: string[];
  occupations: string[];
}

export interface FairMentorRow {
  id: string;
  fair_id: string;
  account_id: string | null;
  name: string;
  kind: FairMentorKind;
  languages: string[];
  capacity: number;
  town_name: string | null;
}

export interface FairCandidateRow {
  candidate_id: string;
  mentor_id: string | null;
  fixed: boolean;
  pseudonym: string | null;
  town_name: string | null;
  languages: string[];
}

/** Every query of job fairs: exhibitors, fair mentors, registered candidates and their pairing. */
@Injectable()
export class JobFairRepository {
  constructor(private readonly dataSource: DataSource) {}

  private db(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  async create(title: string, day: string, venue: string, accountId: string): Promise<FairRow> {
    const [row] = await this.dataSource.query(
      `INSERT INTO job_fair (title, day, venue, created_by_account_id) VALUES ($1, $2, $3, $4)
       RETURNING id, title, day::text AS day, venue`,
      [title, day, venue, accountId],
    );
    return row;
  }

  list(): Promise<FairRow[]> {
    return this.dataSource.query(
      `SELECT id, title, day::text AS day, venue FROM job_fair ORDER BY day DESC, created_at DESC LIMIT 200`,
    );
  }

  /** Fairs where this account is a fair mentor, or this candidate is registered. */
  listFor(accountId: string, candidateId: string | null): Promise<FairRow[]> {
    return this.dataSource.query(
      `SELECT f.id, f.title, f.day::text AS day, f.venue FROM job_fair f
        WHERE EXISTS (SELECT 1 FROM job_fair_mentor m WHERE m.fair_id = f.id AND m.account_id = $1)
           OR EXISTS (SELECT 1 FROM job_fair_candidate c WHERE c.fair_id = f.id AND c.candidate_id = $2)
        ORDER BY f.day DESC LIMIT 200`,
      [accountId, candidateId],
    );
  }

  async fair(id: string, manager?: EntityManager): Promise<FairRow | null> {
    const [row] = await this.db(manager).query(
      `SELECT id, title, day::text AS day, venue FROM job_fair WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  exhibitors(fairId: string): Promise<ExhibitorRow[]> {
    return this.dataSource.query(
      `SELECT id, fair_id, company_id, name, booth, offer_ids, occupations FROM job_fair_exhibitor WHERE fair_id = $1 ORDER BY booth`,
      [fairId],
    );
  }

  /** Inserts the exhibitor; null when the booth is taken. */
  async insertExhibitor(values: Omit<ExhibitorRow, 'id'>): Promise<string | null> {
    const [row] = await this.dataSource.query(
      `INSERT INTO job_fair_exhibitor (fair_id, company_id, name, booth, offer_ids, occupations)
       VALUES ($1, $2, $3, $4, $5::uuid[], $6::text[])
       ON CONFLICT ON CONSTRAINT job_fair_exhibitor_booth DO NOTHING RETURNING id`,
      [values.fair_id, values.company_id, values.name, values.booth, values.offer_ids, values.occupations],
    );
    return row?.id ?? null;
  }

  async company(id: string): Promise<{ id: string; name: string } | null> {
    const [row] = await this.dataSource.query(`SELECT id, name FROM company WHERE id = $1`, [id]);
    return row ?? null;
  }

  /** The firm's listed offers among `ids` (all of them when `ids` is null). */
  async listedOffers(companyId: string, ids: string[] | null): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT o.id FROM offer o WHERE o.company_id = $1 AND ${listedOfferSql('o')}
          AND ($2::uuid[] IS NULL OR o.id = ANY($2::uuid[])) ORDER BY o.created_at LIMIT 20`,
      [companyId, ids],
    );
    return rows.map((r) => r.id);
  }

  /** Occupation concepts among `codes` with their labels, field and ISCO group. */
  async occupations(codes: string[]): Promise<Map<string, ConceptInfo>> {
    const concepts = await loadConcepts(this.dataSource.manager, codes);
    return new Map([...concepts].filter(([, c]) => c.kind === 'occupation'));
  }

  mentors(fairId: string, manager?: EntityManager): Promise<FairMentorRow[]> {
    return this.db(manager).query(
      `SELECT m.id, m.fair_id, m.account_id, m.name, m.kind, m.languages, m.capacity, t.name AS town_name
         FROM job_fair_mentor m LEFT JOIN town t ON t.ags = m.town_ags
        WHERE m.fair_id = $1 ORDER BY m.name, m.id`,
      [fairId],
    );
  }

  async insertMentor(values: {
    fairId: string;
    accountId: string | null;
    name: string;
    kind: FairMentorKind;
    languages: string[];
    capacity: number;
    townAgs: string | null;
  }): Promise<string> {
    const [row] = await this.dataSource.query(
      `INSERT INTO job_fair_mentor (fair_id, account_id, name, kind, languages, capacity, town_ags)
       VALUES ($1, $2, $3, $4, $5::text[], $6, $7) RETURNING id`,
      [
        values.fairId,
        values.accountId,
        values.name,
        values.kind,
        values.languages,
        values.capacity,
        values.townAgs,
      ],
    );
    return row.id;
  }

  async accountExists(id: string): Promise<boolean> {
    return (await this.dataSource.query(`SELECT 1 FROM account WHERE id = $1`, [id])).length > 0;
  }

  async townExists(ags: string): Promise<boolean> {
    return (await this.dataSource.query(`SELECT 1 FROM town WHERE ags = $1`, [ags])).length > 0;
  }

  candidates(fairId: string, manager?: EntityManager): Promise<FairCandidateRow[]> {
    return this.db(manager).query(
      `SELECT f.candidate_id, f.mentor_id, f.fixed, p.pseudonym, t.name AS town_name,
              ARRAY(SELECT l.language FROM profile_language l WHERE l.candidate_id = f.candidate_id ORDER BY l.native DESC, l.language) AS languages
         FROM job_fair_candidate f
         LEFT JOIN candidate_profile p ON p.candidate_id = f.candidate_id
         LEFT JOIN town t ON t.ags = p.home_town_ags
        WHERE f.fair_id = $1 ORDER BY f.created_at, f.candidate_id`,
      [fairId],
    );
  }

  /** Registers the candidate; false when registered already. */
  async insertCandidate(fairId: string, candidateId: string, by: string): Promise<boolean> {
    const rows = await this.dataSource.query(
      `INSERT INTO job_fair_candidate (fair_id, candidate_id, registered_by_account_id) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING candidate_id`,
      [fairId, candidateId, by],
    );
    return rows.length > 0;
  }

  async setPairs(
    fairId: string,
    pairs: Array<{ candidate: string; mentor: string | null; fixed: boolean }>,
    manager: EntityManager,
  ): Promise<void> {
    if (pairs.length === 0) return;
    await manager.query(
      `UPDATE job_fair_candidate f SET mentor_id = u.mentor, fixed = u.fixed
         FROM unnest($2::uuid[], $3::uuid[], $4::bool[]) AS u(candidate, mentor, fixed)
        WHERE f.fair_id = $1 AND f.candidate_id = u.candidate`,
      [fairId, pairs.map((p) => p.candidate), pairs.map((p) => p.mentor), pairs.map((p) => p.fixed)],
    );
  }

  async lockFair(fairId: string, manager: EntityManager): Promise<boolean> {
    return (await manager.query(`SELECT 1 FROM job_fair WHERE id = $1 FOR UPDATE`, [fairId])).length > 0;
  }
}
