import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthContext } from '../../common/auth-context';
import { DomainError } from '../../common/domain-error';
import type { DuplicatePairResponse } from './dto/duplicates.dto';
import { GdprService } from './gdpr.service';
import { ProfileLoader } from './profile.loader';

/**
 * Possible duplicate profiles for Team IBA: same name and birth year is likely the same person;
 * a shared phone alone is only a hint (families share phones). Never merged automatically.
 */
@Injectable()
export class DuplicatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loader: ProfileLoader,
    private readonly gdpr: GdprService,
  ) {}

  async list(): Promise<DuplicatePairResponse[]> {
    const rows = await this.dataSource.query(`
      WITH pairs AS (
        SELECT a.id AS a, b.id AS b, 'likely' AS strength, 'same_name_and_birth_year' AS reason
          FROM candidate a JOIN candidate b ON a.id < b.id
           AND lower(a.family_name) = lower(b.family_name) AND lower(a.given_name) = lower(b.given_name)
           AND a.birth_year = b.birth_year
        UNION ALL
        SELECT a.id, b.id, 'hint', 'same_phone'
          FROM candidate a JOIN candidate b ON a.id < b.id
           AND regexp_replace(a.phone, '[^0-9]', '', 'g') = regexp_replace(b.phone, '[^0-9]', '', 'g')
           AND NOT (lower(a.family_name) = lower(b.family_name) AND lower(a.given_name) = lower(b.given_name) AND a.birth_year = b.birth_year)
      )
      SELECT p.a, p.b, p.strength, p.reason,
             ca.given_name || ' ' || ca.family_name AS name_a, ca.birth_year AS year_a,
             cb.given_name || ' ' || cb.family_name AS name_b, cb.birth_year AS year_b
        FROM pairs p JOIN candidate ca ON ca.id = p.a JOIN candidate cb ON cb.id = p.b
       WHERE NOT EXISTS (SELECT 1 FROM duplicate_decision d WHERE d.candidate_a = p.a AND d.candidate_b = p.b)
       ORDER BY p.strength DESC, name_a
       LIMIT 500`);
    return rows.map((r: Record<string, unknown>) => ({
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
  }

  /**
   * Team IBA decided two records are one person: what the kept profile lacks (competences with their
   * evidence, languages, mentors) moves over, then the other record is erased like an Art. 17 erasure.
   */
  async merge(keep: string, remove: string): Promise<void> {
    if (keep === remove)
      throw new DomainError('VALIDATION_FAILED', 'Two different candidates are needed.', [
        { field: 'remove', message: 'same as keep' },
      ]);
    await this.dataSource.transaction(async (manager) => {
      const found = await manager.query(`SELECT id FROM candidate WHERE id = ANY($1) FOR UPDATE`, [
        [keep, remove],
      ]);
      if (found.length !== 2) throw new DomainError('NOT_FOUND', 'No such candidate.');
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
      await manager.query(
        `UPDATE mentorship SET candidate_id = $1 WHERE candidate_id = $2 AND withdrawn_at IS NULL
            AND mentor_account_id NOT IN (SELECT mentor_account_id FROM mentorship WHERE candidate_id = $1 AND withdrawn_at IS NULL)`,
        [keep, remove],
      );
      await this.gdpr.eraseWithin(manager, remove);
    });
  }

  async dismiss(auth: AuthContext, first: string, second: string): Promise<void> {
    if (first === second)
      throw new DomainError('VALIDATION_FAILED', 'Two different candidates are needed.', [
        { field: 'candidateB', message: 'same as candidateA' },
      ]);
    const [a, b] = first < second ? [first, second] : [second, first];
    const found = await this.dataSource.query(`SELECT id FROM candidate WHERE id = ANY($1)`, [[a, b]]);
    if (found.length !== 2) throw new DomainError('NOT_FOUND', 'No such candidate.');
    await this.dataSource.query(
      `INSERT INTO duplicate_decision (candidate_a, candidate_b, decision, decided_by_account_id) VALUES ($1, $2, 'dismissed', $3)
       ON CONFLICT (candidate_a, candidate_b) DO NOTHING`,
      [a, b, auth.accountId],
    );
  }
}
