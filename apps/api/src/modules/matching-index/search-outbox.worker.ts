import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { VISIBLE_FOR_DAYS } from '../candidates/candidate-access.service';
import type { OutboxEntity } from './indexers/indexer';
import { MatchingIndexService } from './matching-index.service';

const POLL_MS = 150;
const BATCH = 1_000;
const MAX_BACKOFF_MS = 30_000;
/** Processed rows are kept this long, so a rebuild running meanwhile can replay them. */
const KEEP_PROCESSED = `interval '1 hour'`;
/** One worker at a time pushes changes (across processes), so documents are applied in order. */
const WORKER_LOCK = 0x5ea4c0;

export interface OutboxLag {
  waiting: number;
  oldestAgeSeconds: number | null;
}

/** Pause before the next attempt after `attempts` failures: 0.5 s doubling, at most 30 s. */
export function outboxBackoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, 500 * 2 ** Math.max(0, attempts - 1));
}

/**
 * Pushes search outbox rows to Meilisearch: reloads the current state from PostgreSQL and upserts
 * or deletes the documents; a row is marked processed only after Meilisearch confirmed the task.
 * With Meilisearch down, rows wait (with growing pauses) and the index catches up when it returns.
 */
@Injectable()
export class SearchOutboxWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SearchOutboxWorker.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;
  private lastSweep: Date | null = null;
  private lastCleanup = 0;
  /** Connections of its own (like the job queue's), so polling never takes one a request needs. */
  private own: Promise<DataSource> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly indexes: MatchingIndexService,
  ) {}

  onApplicationBootstrap(): void {
    this.start();
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
    const own = await this.own?.catch(() => null);
    this.own = null;
    if (own?.isInitialized) await own.destroy().catch(() => undefined);
  }

  private db(): Promise<DataSource> {
    this.own ??= new DataSource({
      ...this.dataSource.options,
      applicationName: 'passgenau-jobs-search-outbox',
      poolSize: 2,
      migrationsRun: false,
    } as DataSourceOptions)
      .initialize()
      .catch((error: unknown) => {
        this.own = null;
        throw error;
      });
    return this.own;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .catch((error: unknown) => this.logger.warn(`search outbox: ${(error as Error).message}`))
        .then((more) => this.schedule(more === true ? 0 : POLL_MS));
    }, ms);
  }

  /** One round: sweeps, then one batch. True when more rows may be waiting. */
  async tick(): Promise<boolean> {
    if (!this.dataSource.isInitialized) return false;
    await this.sweepExpired();
    await this.cleanup();
    return this.processBatch();
  }

  /** Processes up to one batch of due rows; true when the batch was full. */
  async processBatch(): Promise<boolean> {
    return (await this.processDue()) === 'full';
  }

  private async processDue(): Promise<'none' | 'some' | 'full'> {
    if (!this.dataSource.isInitialized) return 'none';
    const db = await this.db();
    return db.transaction(async (manager) => {
      const [{ locked }] = await manager.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [
        WORKER_LOCK,
      ]);
      if (!locked) return 'none';
      const rows: Array<{ id: string; entity: OutboxEntity; entity_id: string; attempts: number }> =
        await manager.query(
          `SELECT id, entity, entity_id, attempts FROM search_outbox
            WHERE processed_at IS NULL AND next_attempt_at <= now()
            ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [BATCH],
        );
      if (rows.length === 0) return 'none';
      const failed: Array<{ id: string; attempts: number; error: string }> = [];
      const done: string[] = [];
      for (const entity of ['candidate', 'offer', 'company'] as const) {
        const own = rows.filter((r) => r.entity === entity);
        if (own.length === 0) continue;
        try {
          // Reads the committed state afresh (another connection), after the rows' transactions.
          await this.indexes.apply(
            this.indexes.indexer(entity),
            own.map((r) => r.entity_id),
            undefined,
            db.manager,
          );
          done.push(...own.map((r) => r.id));
        } catch (error) {
          const message = (error as Error).message ?? String(error);
          for (const r of own) failed.push({ id: r.id, attempts: r.attempts + 1, error: message });
        }
      }
      if (done.length > 0)
        await manager.query(`UPDATE search_outbox SET processed_at = now() WHERE id = ANY($1::bigint[])`, [
          done,
        ]);
      if (failed.length > 0) {
        await manager.query(
          `UPDATE search_outbox o SET attempts = f.attempts, last_error = left(f.error, 500),
                  next_attempt_at = now() + f.delay_ms * interval '1 millisecond'
             FROM unnest($1::bigint[], $2::int[], $3::text[], $4::int[]) AS f (id, attempts, error, delay_ms)
            WHERE o.id = f.id`,
          [
            failed.map((f) => f.id),
            failed.map((f) => f.attempts),
            failed.map((f) => f.error),
            failed.map((f) => outboxBackoffMs(f.attempts)),
          ],
        );
        this.logger.warn(
          `search outbox: ${failed.length} changes wait for Meilisearch (${failed[0]!.error})`,
        );
      }
      if (failed.length > 0) return 'none';
      return rows.length === BATCH ? 'full' : 'some';
    });
  }

  /**
   * Time makes documents leave search too: a profile whose reconfirmation is overdue, an offer past
   * its closing date. Searches filter these out at once; this writes their outbox rows so the
   * documents are also removed.
   */
  private async sweepExpired(): Promise<void> {
    const now = new Date();
    if (this.lastSweep && now.getTime() - this.lastSweep.getTime() < 30_000) return;
    const since = this.lastSweep ?? new Date(now.getTime() - 2 * 86_400_000);
    const db = await this.db();
    await db.query(
      `INSERT INTO search_outbox (entity, entity_id, reason)
       SELECT 'candidate', candidate_id, 'reconfirmation_overdue' FROM candidate_profile
        WHERE status = 'published'
          AND confirmed_at + make_interval(days => ${Number(VISIBLE_FOR_DAYS)}) > $1
          AND confirmed_at + make_interval(days => ${Number(VISIBLE_FOR_DAYS)}) <= now()`,
      [since],
    );
    await db.query(
      `INSERT INTO search_outbox (entity, entity_id, reason)
       SELECT 'offer', id, 'closing_date_passed' FROM offer
        WHERE status = 'open' AND closes_on >= ($1::timestamptz AT TIME ZONE 'Europe/Berlin')::date - 1
          AND closes_on < (now() AT TIME ZONE 'Europe/Berlin')::date`,
      [since],
    );
    this.lastSweep = now;
  }

  private async cleanup(): Promise<void> {
    if (Date.now() - this.lastCleanup < 60_000) return;
    this.lastCleanup = Date.now();
    await (
      await this.db()
    ).query(
      `DELETE FROM search_outbox WHERE processed_at IS NOT NULL AND processed_at < now() - ${KEEP_PROCESSED}`,
    );
  }

  /**
   * Waits (at most `timeoutMs`) until the outbox rows of `entity` written before now are applied,
   * helping the worker along, so a list read right after a change shows it. Returns at once when
   * nothing is waiting (one query).
   */
  async caughtUp(entity: OutboxEntity, timeoutMs = 3_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let since: Date | null = null;
    for (;;) {
      const [{ now, waiting }] = await this.dataSource.query(
        `SELECT now() AS now, EXISTS (SELECT 1 FROM search_outbox WHERE processed_at IS NULL AND entity = $1
                  AND next_attempt_at <= now() AND created_at <= coalesce($2::timestamptz, now())) AS waiting`,
        [entity, since],
      );
      since ??= now as Date;
      if (!waiting || Date.now() >= deadline) return;
      // Apply them here when no worker is at it; else wait for the one that is.
      const processed = await this.processDue().catch(() => 'none' as const);
      if (processed === 'none') await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** Waits until no row is waiting (tests, reindex command); false on timeout. */
  async drain(timeoutMs = 10_000): Promise<boolean> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      const { waiting } = await lag(this.dataSource);
      if (waiting === 0) return true;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return false;
  }
}

/** Rows waiting and the age of the oldest (for /api/health). */
export async function lag(dataSource: DataSource): Promise<OutboxLag> {
  const [row] = await dataSource.query(
    `SELECT count(*)::int AS waiting, extract(epoch FROM now() - min(created_at))::float8 AS oldest
       FROM search_outbox WHERE processed_at IS NULL`,
  );
  return {
    waiting: row.waiting,
    oldestAgeSeconds: row.oldest === null ? null : Math.round(row.oldest * 10) / 10,
  };
}
