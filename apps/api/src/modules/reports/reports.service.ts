import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import {
  districtToday,
  OCCUPATIONAL_FIELDS,
  SMALL_CELL_THRESHOLD,
  suppressColumn,
  suppressedText,
  toCsv,
} from '@passgenau/domain';
import type { AuthContext } from '../../common/auth-context';
import { DomainError } from '../../common/domain-error';
import type { FieldErrorCode } from '../../common/field-error-code';
import {
  REPORT_MAX_MONTHS,
  REPORT_MEASURES,
  type DistrictReportQuery,
  type DistrictReportResponse,
  type DistrictReportRow,
  type DistrictReportValues,
  type ReportMeasure,
} from './dto/district-report.dto';
import { ReportsRepository, type ReportCell } from './reports.repository';

function invalid(field: string, code: FieldErrorCode, message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', `Invalid input: ${field}`, [{ field, code, message }]);
}

function monthIndex(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return y * 12 + (m - 1);
}

function monthOf(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const CSV_HEADER: Record<ReportMeasure, string> = {
  publishedProfiles: 'published_profiles',
  employerSearches: 'employer_searches',
  contactRequestsSent: 'contact_requests_sent',
  contactRequestsAccepted: 'contact_requests_accepted',
  contactRequestsDeclined: 'contact_requests_declined',
  outcomesTalk: 'outcomes_talk',
  outcomesTrial: 'outcomes_trial_day_or_internship',
  outcomesApprenticeshipContract: 'outcomes_apprenticeship_contract',
  outcomesEmploymentContract: 'outcomes_employment_contract',
  outcomesEnded: 'outcomes_ended',
};

/**
 * The district report for coordinators and IBA staff: counts only, no personal data, and every
 * column suppressed by the small-cell rule (libs/domain small-cells.ts) before it leaves the API.
 * Rows are fixed by the grouping (every month of the period, every town of the district plus
 * "no town", every occupational field plus "none"), never by the data, so a row's presence tells
 * nothing either.
 */
/** How often the searches counted in memory are written (they are statistics, not a log). */
const SEARCH_COUNT_FLUSH_MS = 2_000;

@Injectable()
export class ReportsService implements OnModuleDestroy {
  private readonly logger = new Logger(ReportsService.name);
  /**
   * Searches counted since the last write, by month, town and field. A town's count row is shared
   * by every firm searching there: an upsert per search made concurrent searches wait for each
   * other; now one statement every {@link SEARCH_COUNT_FLUSH_MS} writes them all.
   */
  private pending = new Map<
    string,
    { month: string; townAgs: string | null; field: string | null; searches: number }
  >();
  private flushing: Promise<void> = Promise.resolve();
  private readonly timer = setInterval(() => void this.flushSearchCounts(), SEARCH_COUNT_FLUSH_MS).unref();

  constructor(private readonly repository: ReportsRepository) {}

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.flushSearchCounts();
  }

  /** Writes the searches counted in memory (before a report is read, every few seconds, at stop). */
  flushSearchCounts(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      if (this.pending.size === 0) return;
      const cells = [...this.pending.values()];
      this.pending = new Map();
      try {
        await this.repository.countEmployerSearches(cells);
      } catch (error) {
        // Kept for the next round (e.g. while PostgreSQL is unreachable).
        for (const cell of cells) this.add(cell.month, cell.townAgs, cell.field, cell.searches);
        this.logger.warn(`search counts not written yet: ${(error as Error).message}`);
      }
    });
    return this.flushing;
  }

  private add(month: string, townAgs: string | null, field: string | null, searches: number): void {
    const key = `${month}|${townAgs ?? ''}|${field ?? ''}`;
    const cell = this.pending.get(key);
    if (cell) cell.searches += searches;
    else this.pending.set(key, { month, townAgs, field, searches });
  }

  async district(query: DistrictReportQuery): Promise<DistrictReportResponse> {
    await this.flushSearchCounts();
    const to = query.to ?? (await this.repository.currentMonth());
    const from = query.from ?? monthOf(monthIndex(to) - 11);
    if (monthIndex(from) > monthIndex(to)) throw invalid('from', 'DATE_ORDER', 'from must not be after to');
    if (monthIndex(to) - monthIndex(from) + 1 > REPORT_MAX_MONTHS)
      throw invalid('from', 'TOO_LARGE', `at most ${REPORT_MAX_MONTHS} months`);
    const groupBy = query.groupBy ?? 'month';

    let groups: Array<{ key: string | null; label: string | null }>;
    if (groupBy === 'month') {
      groups = [];
      for (let i = monthIndex(from); i <= monthIndex(to); i++) groups.push({ key: monthOf(i), label: null });
    } else if (groupBy === 'town') {
      const towns = await this.repository.towns();
      groups = [...towns.map((t) => ({ key: t.ags, label: t.name })), { key: null, label: null }];
    } else {
      groups = [
        ...OCCUPATIONAL_FIELDS.map((f) => ({ key: f as string, label: null })),
        { key: null, label: null },
      ];
    }
    const keyOf = (cell: ReportCell): string | null =>
      groupBy === 'month' ? cell.month : groupBy === 'town' ? cell.townAgs : cell.field;
    const position = new Map(groups.map((g, i) => [g.key, i]));

    const rows: DistrictReportRow[] = groups.map((g) => ({ ...g, values: {} as DistrictReportValues }));
    const totals = {} as DistrictReportValues;
    for (const measure of REPORT_MEASURES) {
      const counts = groups.map(() => 0);
      for (const cell of await this.repository.cells(measure, { from, to })) {
        if (query.town && cell.townAgs !== query.town) continue;
        if (query.occupationalField && cell.field !== query.occupationalField) continue;
        const at = position.get(keyOf(cell));
        // A town outside the district's town list is counted under "no town".
        const index = at ?? (groupBy === 'town' ? position.get(null) : undefined);
        if (index !== undefined) counts[index]! += cell.count;
      }
      const column = suppressColumn(counts);
      column.cells.forEach((value, i) => (rows[i]!.values[measure] = value));
      totals[measure] = column.total;
    }
    return {
      groupBy,
      from,
      to,
      town: query.town ?? null,
      occupationalField: query.occupationalField ?? null,
      threshold: SMALL_CELL_THRESHOLD,
      measures: [...REPORT_MEASURES],
      rows,
      totals,
    };
  }

  /** The same report as CSV (suppressed cells as "<5"). */
  async districtCsv(query: DistrictReportQuery): Promise<{ filename: string; csv: string }> {
    const report = await this.district(query);
    const header = [report.groupBy, 'label', ...report.measures.map((m) => CSV_HEADER[m])];
    const lines = report.rows.map((r) => [
      r.key ?? 'none',
      r.label ?? '',
      ...report.measures.map((m) => suppressedText(r.values[m])),
    ]);
    const total = ['total', '', ...report.measures.map((m) => suppressedText(report.totals[m]))];
    return {
      filename: `district-report-${report.from}-${report.to}-by-${report.groupBy}.csv`,
      csv: toCsv([header, ...lines, total]),
    };
  }

  /**
   * Counts an employer's search for the report (first page only; staff searches are not employer
   * searches). Town: `near` when it is a town key; field: the one field filtered on.
   */
  async countSearch(
    auth: AuthContext,
    query: { page?: number; near?: string; occupationalField?: string[] },
  ): Promise<void> {
    if (auth.role !== 'employer' || (query.page ?? 1) !== 1) return;
    const town = query.near && /^\d{8}$/.test(query.near) ? query.near : null;
    const fields = [...new Set(query.occupationalField ?? [])];
    this.add(`${districtToday().slice(0, 7)}-01`, town, fields.length === 1 ? fields[0]! : null, 1);
  }
}
