import { Injectable } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import { validate } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { DataSource, type EntityManager } from 'typeorm';
import { EVIDENCE_LEVELS, neutraliseFormula } from '@passgenau/domain';
import type { AuthContext, RequestMeta } from '../../common/auth-context';
import { DomainError } from '../../common/domain-error';
import { flattenValidationErrors } from '../../common/validation';
import { AccessLogService } from '../audit/access-log.service';
import { TaxonomyLabelsService } from '../taxonomy/taxonomy-labels.service';
import { AssessmentDto, type CsvPreviewResponse, type CsvRowResult } from './dto/assessment.dto';
import { CandidateAccessPolicy } from '../candidates/candidate-access.service';
import { ProfileLoader } from './profile.loader';
import { ProfilesRepository } from './profiles.repository';
import { ProfilesMessage } from './profiles.errors';

export const CSV_COLUMNS = ['candidate', 'provider', 'procedure', 'assessedOn', 'code', 'level'] as const;
const MAX_CSV_ROWS = 5_000;

/** What each column must hold, in the words of an error message. */
export const COLUMN_EXPECTED: Record<(typeof CSV_COLUMNS)[number], string> = {
  candidate: 'the candidate’s pseudonym (e.g. K-7F3Q), login name or e-mail address',
  provider: 'the name of the provider (2–200 characters)',
  procedure: 'the procedure, e.g. MYSKILLS (2–200 characters)',
  assessedOn: 'the date of the assessment as YYYY-MM-DD, not in the future',
  code: 'the taxonomy code of the competence (ESCO URI or product code)',
  level: `one of ${EVIDENCE_LEVELS.join(', ')}`,
};

function columnMessage(field: string, problem: string): string {
  const expected = (COLUMN_EXPECTED as Record<string, string>)[field];
  return expected ? `column "${field}": ${problem}; expected ${expected}` : problem;
}

const CANDIDATE_COLUMN_EXPECTED = `column "candidate": no candidate with this pseudonym, login name or e-mail; expected ${COLUMN_EXPECTED.candidate}`;

interface ParsedAssessment {
  candidateId: string;
  dto: AssessmentDto;
}

/** Results of competence assessments (MYSKILLS, chamber tests, workshops) attached by Team IBA or provider staff. */
@Injectable()
export class AssessmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyLabelsService,
    private readonly loader: ProfileLoader,
    private readonly accessLog: AccessLogService,
    private readonly access: CandidateAccessPolicy,
    private readonly repository: ProfilesRepository,
  ) {}

  private async assertCandidate(auth: AuthContext, candidateId: string, field: string): Promise<void> {
    if (!(await this.access.can(auth, candidateId, 'assess')))
      throw new DomainError('NOT_FOUND', 'No such candidate.', [
        { code: 'NOT_FOUND', field, message: 'no such candidate' },
      ]);
  }

  private async unknownCodes(codes: string[]): Promise<Set<string>> {
    const known = await this.taxonomy.lookup(codes);
    return new Set(codes.filter((c) => !known.has(c)));
  }

  async attach(auth: AuthContext, dto: AssessmentDto, meta: RequestMeta): Promise<{ evidenceIds: string[] }> {
    await this.assertCandidate(auth, dto.candidateId, 'candidateId');
    const unknown = await this.unknownCodes(dto.results.map((r) => r.code));
    const errors = dto.results.flatMap((r, i) =>
      unknown.has(r.code)
        ? [{ field: `results.${i}.code`, code: 'UNKNOWN_CODE' as const, message: 'unknown taxonomy code' }]
        : [],
    );
    if (errors.length)
      throw new DomainError(
        'VALIDATION_FAILED',
        `Invalid input: ${errors.map((e) => e.field).join(', ')}`,
        errors,
      );
    const evidenceIds = await this.dataSource.transaction((manager) =>
      this.write(manager, auth, [{ candidateId: dto.candidateId, dto }]),
    );
    await this.accessLog.record(auth, [dto.candidateId], 'assessment_import', meta);
    return { evidenceIds };
  }

  private async write(
    manager: EntityManager,
    auth: AuthContext,
    items: ParsedAssessment[],
  ): Promise<string[]> {
    const ids: string[] = [];
    for (const { candidateId, dto } of items) {
      await this.repository.ensure(candidateId, manager);
      for (const result of dto.results) {
        const [competenceId] = (
          await this.repository.keepCompetencesAdding(candidateId, [result.code], manager)
        ).values();
        const evidenceId = await this.repository.insertProviderEvidence(
          {
            competenceId: competenceId!,
            level: result.level,
            provider: dto.provider.trim(),
            procedure: dto.procedure.trim(),
            assessedOn: dto.assessedOn,
            createdByAccountId: auth.accountId,
          },
          manager,
        );
        ids.push(evidenceId);
      }
    }
    return ids;
  }

  /**
   * Checks every row of a CSV; nothing is written. Rows name the candidate by the pseudonym shown on
   * profiles (K-7F3Q), the login name, the e-mail address or the internal id.
   */
  async preview(csv: string): Promise<{ result: CsvPreviewResponse; parsed: ParsedAssessment[] }> {
    let records: Record<string, string>[];
    try {
      records = parse(csv, {
        columns: true,
        skip_empty_lines: true,
        trim: true,
        bom: true,
        relax_column_count: false,
      });
    } catch (error) {
      throw new DomainError('VALIDATION_FAILED', 'The file is not a readable CSV.', [
        { code: 'BAD_FILE', field: 'file', message: (error as Error).message.slice(0, 200) },
      ]);
    }
    if (records.length === 0)
      throw new DomainError('VALIDATION_FAILED', 'The file has no rows.', [
        { code: 'BAD_FILE', field: 'file', message: 'no rows' },
      ]);
    if (records.length > MAX_CSV_ROWS)
      throw new DomainError('VALIDATION_FAILED', 'Too many rows.', [
        { code: 'TOO_MANY', field: 'file', message: `at most ${MAX_CSV_ROWS} rows` },
      ]);
    const missingColumns = CSV_COLUMNS.filter((c) => !(c in records[0]!));
    if (missingColumns.length) {
      throw new DomainError('VALIDATION_FAILED', `Missing columns: ${missingColumns.join(', ')}`, [
        {
          code: 'BAD_FILE',
          field: 'file',
          message: missingColumns
            .map((column) => `column "${column}" missing: expected ${COLUMN_EXPECTED[column]}`)
            .join('; '),
        },
      ]);
    }
    const people = [...new Set(records.map((r) => (r['candidate'] ?? '').toLowerCase()))];
    const found: Array<{ key: string; id: string }> = await this.dataSource.query(
      `SELECT k.key, c.id FROM unnest($1::text[]) AS k(key)
         JOIN candidate c ON c.id::text = k.key
            OR c.id IN (SELECT p.candidate_id FROM candidate_profile p WHERE lower(p.pseudonym) = k.key)
            OR c.account_id IN (SELECT a.id FROM account a WHERE lower(a.email) = k.key OR lower(a.login_name) = k.key)`,
      [people],
    );
    const byKey = new Map(found.map((f) => [f.key, f.id]));
    const unknown = await this.unknownCodes([...new Set(records.map((r) => r['code'] ?? ''))]);
    const rows: CsvRowResult[] = [];
    const parsed: ParsedAssessment[] = [];
    for (const [index, record] of records.entries()) {
      const candidateId = byKey.get((record['candidate'] ?? '').toLowerCase());
      const dto = plainToInstance(AssessmentDto, {
        candidateId: candidateId ?? '00000000-0000-4000-8000-000000000000',
        // Spreadsheet formulas (=HYPERLINK(…), +cmd|…, @SUM(…)) are kept as text, never as formulas.
        provider: neutraliseFormula(record['provider'] ?? ''),
        procedure: neutraliseFormula(record['procedure'] ?? ''),
        assessedOn: record['assessedOn'],
        results: [{ code: record['code'], level: record['level'] }],
      });
      const errors = flattenValidationErrors(await validate(dto, { whitelist: true }))
        .map((e) => ({ ...e, field: e.field.replace(/^results\.0\./, '') }))
        .filter((e) => e.field !== 'candidateId')
        .map((e) => ({ ...e, message: columnMessage(e.field, e.message) }));
      if (!candidateId)
        errors.unshift({ field: 'candidate', code: 'NOT_FOUND', message: CANDIDATE_COLUMN_EXPECTED });
      if (unknown.has(record['code'] ?? ''))
        errors.push({
          field: 'code',
          code: 'UNKNOWN_CODE',
          message: columnMessage('code', 'unknown taxonomy code'),
        });
      rows.push({
        row: index + 2,
        candidate: neutraliseFormula(record['candidate'] ?? ''),
        code: neutraliseFormula(record['code'] ?? ''),
        level: neutraliseFormula(record['level'] ?? ''),
        errors,
      });
      if (errors.length === 0) parsed.push({ candidateId: candidateId!, dto });
    }
    const invalid = rows.filter((r) => r.errors.length > 0).length;
    return { result: { rows, valid: rows.length - invalid, invalid }, parsed };
  }

  /** All rows or none: a file with any bad row imports nothing and answers with the errors per row. */
  async importCsv(
    auth: AuthContext,
    csv: string,
    meta: RequestMeta,
  ): Promise<CsvPreviewResponse & { imported: number }> {
    const { result, parsed } = await this.preview(csv);
    if (result.invalid > 0) {
      const errors = result.rows.flatMap((r) =>
        r.errors.map((e) => ({ ...e, field: `rows.${r.row}.${e.field}` })),
      );
      throw new DomainError(
        'VALIDATION_FAILED',
        `${result.invalid} of ${result.rows.length} rows have errors; nothing was imported.`,
        errors,
      );
    }
    const ids = await this.dataSource.transaction((manager) => this.write(manager, auth, parsed));
    await this.accessLog.record(
      auth,
      [...new Set(parsed.map((p) => p.candidateId))],
      'assessment_import',
      meta,
    );
    return { ...result, imported: ids.length };
  }

  async confirm(auth: AuthContext, evidenceId: string): Promise<void> {
    const kind = await this.repository.evidenceKind(evidenceId);
    if (!kind) throw new DomainError('NOT_FOUND', ProfilesMessage.EVIDENCE_NOT_FOUND);
    if (kind !== 'provider')
      throw new DomainError('ASSESSMENT_NOT_CONFIRMABLE', ProfilesMessage.ONLY_ASSESSMENTS, [
        { code: 'WRONG_STATE', field: 'id', message: 'not an assessment' },
      ]);
    await this.repository.confirmEvidence(evidenceId, auth.accountId);
  }
}
