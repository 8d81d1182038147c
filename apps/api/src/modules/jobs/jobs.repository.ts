import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { JobListQuery, JobItem, JobPage } from './dto/jobs.dto';
import type { JobState } from './job-queue';

interface JobRow {
  id: string;
  name: string;
  state: JobState;
  retry_count: number;
  retry_limit: number;
  created_on: Date;
  started_on: Date | null;
  start_after: Date;
  completed_on: Date | null;
  output: { message?: unknown; value?: unknown } | null;
  data: Record<string, unknown> | null;
  total: number;
}

/** Reads of pg-boss's job table (schema `pgboss`); pg-boss itself writes it. */
@Injectable()
export class JobsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: JobListQuery): Promise<JobPage> {
    const params: unknown[] = [];
    // pg-boss's own queues (cron hand-over) start with "__pgboss".
    const where = [`name NOT LIKE '\\_\\_pgboss%'`];
    if (query.state) {
      params.push(query.state);
      where.push(`state = $${params.length}::pgboss.job_state`);
    }
    if (query.queue) {
      params.push(query.queue);
      where.push(`name = $${params.length}`);
    }
    params.push(query.pageSize, (query.page - 1) * query.pageSize);
    const rows: JobRow[] = await this.dataSource.query(
      `SELECT id, name, state, retry_count, retry_limit, created_on, started_on, start_after, completed_on, output, data,
              count(*) OVER ()::int AS total
         FROM pgboss.job WHERE ${where.join(' AND ')}
        ORDER BY created_on DESC, id
        LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    const total =
      rows[0]?.total ??
      (query.page > 1
        ? ((
            await this.dataSource.query(
              `SELECT count(*)::int AS n FROM pgboss.job WHERE ${where.join(' AND ')}`,
              params.slice(0, -2),
            )
          )[0].n as number)
        : 0);
    return { total, items: rows.map(toItem) };
  }

  async find(id: string): Promise<{ queue: string; state: JobState } | null> {
    const [row] = await this.dataSource.query(
      `SELECT name, state FROM pgboss.job WHERE id = $1 AND name NOT LIKE '\\_\\_pgboss%'`,
      [id],
    );
    return row ? { queue: row.name, state: row.state } : null;
  }

  /** A job put back to "retry" by an admin runs at once, not after its last backoff delay. */
  async startNow(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE pgboss.job SET start_after = now() WHERE id = $1 AND state = 'retry'`,
      [id],
    );
  }
}

function toItem(row: JobRow): JobItem {
  const waiting = row.state === 'created' || row.state === 'retry';
  // pg-boss counts a retry when the job is fetched again, so a job that has run made retry_count + 1 attempts.
  const attempts = row.started_on ? row.retry_count + 1 : 0;
  const message = errorMessage(row.output);
  return {
    id: row.id,
    queue: row.name,
    state: row.state,
    attempts,
    maxAttempts: row.retry_limit + 1,
    createdAt: row.created_on.toISOString(),
    nextAttemptAt: waiting ? row.start_after.toISOString() : null,
    completedAt: row.completed_on?.toISOString() ?? null,
    error: row.state === 'completed' ? null : message ? message.slice(0, 500) : null,
    data: row.data ?? {},
  };
}

/** pg-boss stores a thrown error as `{ name, message, stack }` and other values as `{ value }`. */
function errorMessage(output: JobRow['output']): string | null {
  if (!output) return null;
  if (typeof output.message === 'string') return output.message;
  const value = output.value as { message?: unknown } | string | undefined;
  if (typeof value === 'string') return value;
  if (value && typeof value.message === 'string') return value.message;
  return null;
}
