import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Role, UiLanguage } from '@passgenau/domain';
import type { PrintJobKind, PrintJobStatus } from './dto/print-job.dto';

export interface PrintJobRow {
  id: string;
  account_id: string;
  requested_by: string;
  event_id: string;
  kind: PrintJobKind;
  params: { lang: UiLanguage; top: number | null };
  status: PrintJobStatus;
  done: number;
  total: number;
  candidate_ids: string[];
  filename: string | null;
  bytes: number | null;
  error: string | null;
  error_code: string | null;
  created_at: Date;
  finished_at: Date | null;
  expires_at: Date;
}

/** The account a job runs for, as it is when the job runs. */
export interface JobAccountRow {
  id: string;
  role: Role;
  display_name: string;
  company_id: string | null;
  company_role: 'manager' | 'member' | null;
  disabled_at: Date | null;
}

const SELECT = `
  SELECT j.id, j.account_id, a.display_name AS requested_by, j.event_id, j.kind, j.params, j.status, j.done, j.total,
         j.candidate_ids, j.filename, octet_length(j.pdf) AS bytes, j.error, j.error_code, j.created_at,
         j.finished_at, j.expires_at
    FROM print_job j JOIN account a ON a.id = j.account_id`;

/** Print batches: queued, running with progress, done with their PDF, or failed. */
@Injectable()
export class PrintJobsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(
    values: { accountId: string; eventId: string; kind: PrintJobKind; params: PrintJobRow['params'] },
    manager: EntityManager,
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO print_job (account_id, event_id, kind, params) VALUES ($1, $2, $3, $4) RETURNING id`,
      [values.accountId, values.eventId, values.kind, JSON.stringify(values.params)],
    );
    return row.id;
  }

  /** A job that has not expired yet. */
  async find(id: string): Promise<PrintJobRow | null> {
    const [row] = await this.dataSource.query(`${SELECT} WHERE j.id = $1 AND j.expires_at > now()`, [id]);
    return row ?? null;
  }

  forEvent(eventId: string, limit: number): Promise<PrintJobRow[]> {
    return this.dataSource.query(
      `${SELECT} WHERE j.event_id = $1 AND j.expires_at > now() ORDER BY j.created_at DESC, j.id LIMIT $2`,
      [eventId, limit],
    );
  }

  async account(id: string): Promise<JobAccountRow | null> {
    const [row] = await this.dataSource.query(
      `SELECT id, role, display_name, company_id, company_role, disabled_at FROM account WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** Takes a queued job (or one whose earlier run was cut off): true when this run owns it now. */
  async start(id: string): Promise<boolean> {
    const rows = await this.dataSource.query(
      `WITH s AS (UPDATE print_job SET status = 'running', started_at = now(), done = 0, total = 0
                   WHERE id = $1 AND status IN ('queued', 'running') RETURNING id) SELECT id FROM s`,
      [id],
    );
    return rows.length > 0;
  }

  async progress(id: string, done: number, total: number): Promise<void> {
    await this.dataSource.query(`UPDATE print_job SET done = $2, total = $3 WHERE id = $1`, [id, done, total]);
  }

  async finish(id: string, file: { filename: string; pdf: Buffer; candidateIds: string[] }): Promise<void> {
    await this.dataSource.query(
      `UPDATE print_job SET status = 'done', filename = $2, pdf = $3, candidate_ids = $4::uuid[], finished_at = now()
        WHERE id = $1`,
      [id, file.filename, file.pdf, file.candidateIds],
    );
  }

  async fail(id: string, code: string, message: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE print_job SET status = 'failed', error_code = $2, error = $3, finished_at = now() WHERE id = $1`,
      [id, code, message.slice(0, 500)],
    );
  }

  async pdf(id: string): Promise<Buffer | null> {
    const [row] = await this.dataSource.query(`SELECT pdf FROM print_job WHERE id = $1`, [id]);
    return row?.pdf ?? null;
  }

  async purgeExpired(): Promise<number> {
    const [, count] = await this.dataSource.query(`DELETE FROM print_job WHERE expires_at <= now() RETURNING id`);
    return count;
  }
}
