import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { occupationalField, type OccupationalField } from '@passgenau/domain';
import type { ReportMeasure } from './dto/district-report.dto';

/** One count of a measure: month (YYYY-MM, Europe/Berlin), town (AGS or null), field (or null). */
export interface ReportCell {
  month: string;
  townAgs: string | null;
  field: OccupationalField | null;
  count: number;
}

/** First day of `from` to first day after `to`, both months in Europe/Berlin. */
export interface MonthRange {
  from: string;
  to: string;
}

type CellQuery = (db: DataSource, range: MonthRange) => Promise<ReportCell[]>;

/**
 * Published profiles: profiles whose status is published now, by the month they were (last)
 * published, their home town and the occupational field of their first wished occupation (the
 * one the candidate named first; none: null), so that each profile counts once.
 */
const publishedProfiles: CellQuery = async (db, range) => {
  const rows: Array<{
    month: string;
    town: string | null;
    curated_field: string | null;
    isco_group: string | null;
    occupation: string | null;
    count: number;
  }> = await db.query(
    `SELECT to_char(p.published_at AT TIME ZONE 'Europe/Berlin', 'YYYY-MM') AS month, p.home_town_ags AS town,
              p.wished_occupations[1] AS occupation, c.curated_field, c.isco_group, count(*)::int AS count
         FROM candidate_profile p LEFT JOIN taxonomy_concept c ON c.code = p.wished_occupations[1]
        WHERE p.status = 'published'
          AND p.published_at >= ($1 || '-01')::timestamp AT TIME ZONE 'Europe/Berlin'
          AND p.published_at < (($2 || '-01')::date + interval '1 month')::timestamp AT TIME ZONE 'Europe/Berlin'
        GROUP BY 1, 2, 3, 4, 5`,
    [range.from, range.to],
  );
  return rows.map((r) => ({
    month: r.month,
    townAgs: r.town,
    field: r.occupation ? occupationalField(r.curated_field, r.isco_group) : null,
    count: r.count,
  }));
};

/** Employer searches from the counter (see EmployerSearchCount). */
const employerSearches: CellQuery = async (db, range) => {
  const rows: Array<{ month: string; town: string | null; field: string | null; count: number }> =
    await db.query(
      `SELECT to_char(month, 'YYYY-MM') AS month, nullif(town_ags, '') AS town, nullif(occupational_field, '') AS field,
            sum(searches)::int AS count
       FROM employer_search_count
      WHERE month >= ($1 || '-01')::date AND month <= ($2 || '-01')::date
      GROUP BY 1, 2, 3`,
      [range.from, range.to],
    );
  return rows.map((r) => ({
    month: r.month,
    townAgs: r.town,
    field: r.field as OccupationalField | null,
    count: r.count,
  }));
};

type ConceptRow = {
  month: string;
  town: string | null;
  occupation: string | null;
  curated_field: string | null;
  isco_group: string | null;
  count: number;
};

function conceptCells(rows: ConceptRow[]): ReportCell[] {
  return rows.map((r) => ({
    month: r.month,
    townAgs: r.town,
    field: r.occupation ? occupationalField(r.curated_field, r.isco_group) : null,
    count: r.count,
  }));
}

/**
 * Contact requests (the contacts feature's table), by the month they were sent, the candidate's
 * home town and the occupational field of the offer they are about (without an offer: of the
 * candidate's first wished occupation). `status`: only requests in that state now.
 */
function contactRequests(status: 'accepted' | 'declined' | null): CellQuery {
  return async (db, range) =>
    conceptCells(
      await db.query(
        `SELECT to_char(r.created_at AT TIME ZONE 'Europe/Berlin', 'YYYY-MM') AS month, p.home_town_ags AS town,
                coalesce(o.occupation_code, p.wished_occupations[1]) AS occupation, c.curated_field, c.isco_group,
                count(*)::int AS count
           FROM contact_request r
           LEFT JOIN candidate_profile p ON p.candidate_id = r.candidate_id
           LEFT JOIN offer o ON o.id = r.offer_id
           LEFT JOIN taxonomy_concept c ON c.code = coalesce(o.occupation_code, p.wished_occupations[1])
          WHERE r.created_at >= ($1 || '-01')::timestamp AT TIME ZONE 'Europe/Berlin'
            AND r.created_at < (($2 || '-01')::date + interval '1 month')::timestamp AT TIME ZONE 'Europe/Berlin'
            AND ($3::text IS NULL OR r.status = $3)
          GROUP BY 1, 2, 3, 4, 5`,
        [range.from, range.to, status],
      ),
    );
}

/** Outcomes of accepted contacts recorded at one stage, by the month of the stage's date (town and field as requests). */
function outcomes(
  stage: 'talk' | 'trial' | 'apprenticeship_contract' | 'employment_contract' | 'ended',
): CellQuery {
  return async (db, range) =>
    conceptCells(
      await db.query(
        `SELECT to_char(x.occurred_on, 'YYYY-MM') AS month, p.home_town_ags AS town,
                coalesce(o.occupation_code, p.wished_occupations[1]) AS occupation, c.curated_field, c.isco_group,
                count(*)::int AS count
           FROM contact_outcome x
           JOIN contact_request r ON r.id = x.contact_request_id
           LEFT JOIN candidate_profile p ON p.candidate_id = r.candidate_id
           LEFT JOIN offer o ON o.id = r.offer_id
           LEFT JOIN taxonomy_concept c ON c.code = coalesce(o.occupation_code, p.wished_occupations[1])
          WHERE x.stage = $3 AND x.occurred_on >= ($1 || '-01')::date
            AND x.occurred_on < ($2 || '-01')::date + interval '1 month'
          GROUP BY 1, 2, 3, 4, 5`,
        [range.from, range.to, stage],
      ),
    );
}

/** One query function per measure. */
export const REPORT_SOURCES: Record<ReportMeasure, CellQuery> = {
  publishedProfiles,
  employerSearches,
  contactRequestsSent: contactRequests(null),
  contactRequestsAccepted: contactRequests('accepted'),
  contactRequestsDeclined: contactRequests('declined'),
  outcomesTalk: outcomes('talk'),
  outcomesTrial: outcomes('trial'),
  outcomesApprenticeshipContract: outcomes('apprenticeship_contract'),
  outcomesEmploymentContract: outcomes('employment_contract'),
  outcomesEnded: outcomes('ended'),
};

@Injectable()
export class ReportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  cells(measure: ReportMeasure, range: MonthRange): Promise<ReportCell[]> {
    return REPORT_SOURCES[measure](this.dataSource, range);
  }

  /** The district's towns, by name. */
  towns(): Promise<Array<{ ags: string; name: string }>> {
    return this.dataSource.query(`SELECT ags, name FROM town ORDER BY name, ags`);
  }

  /** The current month in Europe/Berlin (YYYY-MM). */
  async currentMonth(): Promise<string> {
    const [row] = await this.dataSource.query(
      `SELECT to_char(now() AT TIME ZONE 'Europe/Berlin', 'YYYY-MM') AS month`,
    );
    return row.month;
  }

  /** Counts one employer search (see EmployerSearchCount). */
  /** Adds `searches` to the counts of these cells (month as YYYY-MM-01), in one statement. */
  async countEmployerSearches(
    cells: ReadonlyArray<{ month: string; townAgs: string | null; field: string | null; searches: number }>,
  ): Promise<void> {
    if (cells.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO employer_search_count (month, town_ags, occupational_field, searches)
       SELECT * FROM unnest($1::date[], $2::text[], $3::text[], $4::int[])
       ON CONFLICT (month, town_ags, occupational_field)
       DO UPDATE SET searches = employer_search_count.searches + EXCLUDED.searches`,
      [
        cells.map((c) => c.month),
        cells.map((c) => c.townAgs ?? ''),
        cells.map((c) => c.field ?? ''),
        cells.map((c) => c.searches),
      ],
    );
  }
}
