import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { MatchingIndexName } from './documents';
import { CandidatesIndexer } from './indexers/candidates.indexer';
import { CompaniesIndexer } from './indexers/companies.indexer';
import type { MatchingIndexer, OutboxEntity } from './indexers/indexer';
import { OffersIndexer } from './indexers/offers.indexer';
import { SEARCH_INDEX, type SearchIndex } from '../../search/search-index';

/** Ids read and documents sent per batch while rebuilding (Meilisearch takes at most 100 MB per payload). */
const REBUILD_BATCH = 2_000;
/** Batches sent and not yet indexed, at most (about 11 MB each for candidates). */
const REBUILD_IN_FLIGHT = 10;
/**
 * A change committed after the rebuild's snapshot has an outbox row created at most this long
 * before the snapshot (its transaction's start); those the snapshot did not see are replayed.
 */
const REPLAY_MARGIN = `interval '2 minutes'`;

type AnyIndexer = MatchingIndexer<{ id: string }>;

/**
 * The matching indexes (candidates, offers, companies): rebuilt into a fresh index and swapped in
 * when their shape or settings changed, and kept up to date document by document from PostgreSQL.
 */
@Injectable()
export class MatchingIndexService {
  private readonly logger = new Logger(MatchingIndexService.name);
  readonly indexers: readonly AnyIndexer[];

  constructor(
    private readonly dataSource: DataSource,
    @Inject(SEARCH_INDEX) private readonly searchIndex: SearchIndex,
    candidates: CandidatesIndexer,
    offers: OffersIndexer,
    companies: CompaniesIndexer,
  ) {
    this.indexers = [candidates, offers, companies];
  }

  indexer(entity: OutboxEntity): AnyIndexer {
    return this.indexers.find((i) => i.entity === entity)!;
  }

  byName(name: MatchingIndexName): AnyIndexer {
    return this.indexers.find((i) => i.name === name)!;
  }

  /** Rebuilds every index that is missing or outdated (or all of them when forced). */
  async ensure(force = false): Promise<MatchingIndexName[]> {
    const rebuilt: MatchingIndexName[] = [];
    for (const indexer of this.indexers) {
      if (!force) {
        const [state] = await this.dataSource.query(
          `SELECT version FROM search_index_state WHERE name = $1`,
          [indexer.name],
        );
        if (state?.version === indexer.version() && (await this.searchIndex.indexExists(indexer.name))) {
          // Settings are cheap to apply and keep a hand-changed index in line.
          continue;
        }
      }
      await this.rebuild(indexer);
      rebuilt.push(indexer.name);
    }
    return rebuilt;
  }

  /**
   * Builds a fresh index from a consistent snapshot of PostgreSQL and swaps it in, so searches
   * never see an empty or half-built index. Changes committed while it builds are not lost: their
   * outbox rows are replayed into the fresh index before the swap, and once more after it.
   */
  async rebuild(indexer: AnyIndexer): Promise<number> {
    const started = Date.now();
    const staging = `${indexer.name}_next`;
    await this.searchIndex.recreateIndex(staging, indexer.settings);
    let count = 0;
    const snapshot = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [{ now }] = await manager.query(`SELECT now() AS now`);
      // Outbox rows this snapshot sees: their changes are in it (they committed before it).
      const seen: Array<{ id: string; processed: boolean }> = await manager.query(
        `SELECT id, processed_at IS NOT NULL AS processed FROM search_outbox
          WHERE entity = $1 AND (processed_at IS NULL OR created_at >= now() - ${REPLAY_MARGIN})`,
        [indexer.entity],
      );
      let after: string | null = null;
      // Batches are sent without waiting for each to be indexed: Meilisearch indexes the waiting
      // ones together. At most REBUILD_IN_FLIGHT wait at a time, so the queue stays bounded.
      const inFlight: number[] = [];
      for (;;) {
        const ids = await indexer.ids(manager, after, REBUILD_BATCH);
        if (ids.length === 0) break;
        after = ids[ids.length - 1]!;
        const documents = await indexer.documents(ids, manager);
        count += documents.length;
        if (documents.length === 0) continue;
        inFlight.push(await this.searchIndex.enqueueDocuments(staging, documents));
        if (inFlight.length > REBUILD_IN_FLIGHT) await this.searchIndex.waitForTask(inFlight.shift()!);
      }
      for (const task of inFlight) await this.searchIndex.waitForTask(task);
      return { at: now as Date, seen };
    });
    const inSnapshot = new Set(snapshot.seen.map((r) => r.id));
    const replayedAt = await this.replay(indexer, staging, snapshot.at, inSnapshot);
    await this.searchIndex.swapIn(indexer.name, staging);
    // Changes between the replay and the swap went to the index swapped out: apply them again.
    await this.replay(indexer, indexer.name, replayedAt, inSnapshot);
    // The waiting rows the snapshot saw are in the new index: the worker need not apply them.
    const covered = snapshot.seen.filter((r) => !r.processed).map((r) => r.id);
    for (let i = 0; i < covered.length; i += 10_000) {
      await this.dataSource.query(
        `UPDATE search_outbox SET processed_at = now()
          WHERE id IN (SELECT id FROM search_outbox WHERE id = ANY($1::bigint[]) AND processed_at IS NULL
                          FOR UPDATE SKIP LOCKED)`,
        [covered.slice(i, i + 10_000)],
      );
    }
    await this.dataSource.query(
      `INSERT INTO search_index_state (name, version, documents, built_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version, documents = EXCLUDED.documents, built_at = now()`,
      [indexer.name, indexer.version(), count],
    );
    this.logger.log(`${indexer.name} index rebuilt: ${count} documents in ${Date.now() - started} ms`);
    return count;
  }

  /**
   * Applies to `target` the current state of every entity with an outbox row since `since` that
   * the rebuild's snapshot did not see (committed after it).
   */
  private async replay(
    indexer: AnyIndexer,
    target: string,
    since: Date,
    inSnapshot: Set<string>,
  ): Promise<Date> {
    const [{ now }] = await this.dataSource.query(`SELECT now() AS now`);
    const all: Array<{ id: string; entity_id: string }> = await this.dataSource.query(
      `SELECT id, entity_id FROM search_outbox WHERE entity = $1 AND created_at >= $2::timestamptz - ${REPLAY_MARGIN}`,
      [indexer.entity, since],
    );
    const rows = [...new Set(all.filter((r) => !inSnapshot.has(r.id)).map((r) => r.entity_id))].map(
      (entity_id) => ({
        entity_id,
      }),
    );
    for (let i = 0; i < rows.length; i += REBUILD_BATCH) {
      await this.apply(
        indexer,
        rows.slice(i, i + REBUILD_BATCH).map((r) => r.entity_id),
        target,
      );
    }
    return now as Date;
  }

  /**
   * Brings these documents in line with PostgreSQL: upserts the ones that have a document now and
   * deletes the others. Resolves only after Meilisearch confirmed both tasks.
   */
  async apply(
    indexer: AnyIndexer,
    ids: string[],
    target: string = indexer.name,
    db?: EntityManager,
  ): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    const documents = await indexer.documents(unique, db ?? this.dataSource.manager);
    const present = new Set(documents.map((d) => d.id));
    await this.searchIndex.upsertDocuments(target, documents);
    await this.searchIndex.deleteDocuments(
      target,
      unique.filter((id) => !present.has(id)),
    );
  }
}
