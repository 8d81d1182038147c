import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  type EnqueuedTaskPromise,
  type Settings,
} from 'meilisearch';
import { searchUnavailable } from '../common/outage';
import type { QueryParams, QueryResult, SearchIndex, SearchRequest, SearchResponse } from './search-index';

/** Meilisearch could not be reached or did not answer in time (not: it refused the request). */
export function isSearchUnavailable(error: unknown): boolean {
  if (error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError)
    return true;
  // 5xx from Meilisearch itself (e.g. while it starts again after a crash)
  return error instanceof MeilisearchApiError && (error.response?.status ?? 0) >= 500;
}

const TASK_TIMEOUT_MS = 300_000;

/**
 * Answers uncompressed. Node's fetch asks for gzip, and Meilisearch's compressed answers arrived
 * about 45 ms late even when the search itself took 1–3 ms (`processingTimeMs`): measured at 100,000
 * profiles, a text search answered in p50 48 ms with gzip and 3–6 ms without. The answers are a page
 * of hits and a few facet counts, so compression saves little on any network.
 */
export const MEILISEARCH_REQUEST_INIT = { headers: { 'Accept-Encoding': 'identity' } };

export class MeilisearchSearchIndex implements SearchIndex {
  private readonly client: Meilisearch;

  constructor(
    url: string,
    apiKey: string,
    private readonly prefix: string,
  ) {
    this.client = new Meilisearch({
      host: url,
      apiKey,
      timeout: 10_000,
      requestInit: MEILISEARCH_REQUEST_INIT,
    });
  }

  private uid(name: string): string {
    return `${this.prefix}_${name}`;
  }

  async isHealthy(): Promise<boolean> {
    try {
      return (await this.client.health()).status === 'available';
    } catch {
      return false;
    }
  }

  private async waitFor(task: EnqueuedTaskPromise, timeout = TASK_TIMEOUT_MS, interval = 100): Promise<void> {
    const done = await task.waitTask({ timeout, interval });
    if (done.status !== 'succeeded') {
      throw new Error(`Meilisearch task ${done.uid} ${done.status}: ${done.error?.message ?? 'no message'}`);
    }
  }

  private async exists(uid: string): Promise<boolean> {
    try {
      await this.client.getRawIndex(uid);
      return true;
    } catch (error) {
      if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return false;
      throw error;
    }
  }

  async rebuild(name: string, settings: Settings, documents: Array<Record<string, unknown>>): Promise<void> {
    const live = this.uid(name);
    const next = `${live}_next`;
    if (await this.exists(next)) await this.waitFor(this.client.deleteIndex(next));
    await this.waitFor(this.client.createIndex(next, { primaryKey: 'id' }));
    const index = this.client.index(next);
    await this.waitFor(index.updateSettings(settings));
    for (let start = 0; start < documents.length; start += 10_000) {
      await this.waitFor(index.addDocuments(documents.slice(start, start + 10_000)));
    }
    if (!(await this.exists(live))) await this.waitFor(this.client.createIndex(live, { primaryKey: 'id' }));
    await this.waitFor(this.client.swapIndexes([{ indexes: [live, next], rename: false }]));
    await this.waitFor(this.client.deleteIndex(next));
  }

  async upsert(name: string, documents: Array<Record<string, unknown>>): Promise<boolean> {
    const live = this.uid(name);
    if (!(await this.exists(live))) return false;
    if (documents.length > 0) await this.waitFor(this.client.index(live).addDocuments(documents));
    return true;
  }

  async documentCount(name: string): Promise<number | null> {
    if (!(await this.exists(this.uid(name)))) return null;
    return (await this.client.index(this.uid(name)).getStats()).numberOfDocuments;
  }

  async search<T extends Record<string, unknown>>(
    name: string,
    request: SearchRequest,
  ): Promise<SearchResponse<T>> {
    let result: { hits: unknown[]; estimatedTotalHits?: number };
    const params = {
      filter: request.filter,
      attributesToHighlight: request.attributesToHighlight,
      highlightPreTag: request.highlightPreTag,
      highlightPostTag: request.highlightPostTag,
    };
    try {
      if (request.alternatives?.length) {
        const indexUid = this.uid(name);
        result = await this.client.multiSearch({
          federation: { limit: request.limit },
          queries: [
            { indexUid, q: request.q, ...params },
            ...request.alternatives.map((alternative) => ({
              indexUid,
              q: alternative.q,
              ...params,
              federationOptions: { weight: alternative.weight },
            })),
          ],
        });
      } else {
        result = await this.client
          .index(this.uid(name))
          .search(request.q, { ...params, limit: request.limit });
      }
    } catch (error) {
      // An unreachable search engine is a 503 for the caller, not a 500.
      if (isSearchUnavailable(error)) throw searchUnavailable();
      throw error;
    }
    return {
      hits: result.hits as SearchResponse<T>['hits'],
      estimatedTotalHits: result.estimatedTotalHits ?? result.hits.length,
    };
  }

  async deleteAll(): Promise<void> {
    const { results } = await this.client.getRawIndexes({ limit: 1000 });
    for (const index of results) {
      if (index.uid.startsWith(`${this.prefix}_`)) await this.waitFor(this.client.deleteIndex(index.uid));
    }
  }

  async indexExists(name: string): Promise<boolean> {
    return this.exists(this.uid(name));
  }

  async ensureIndex(name: string, settings: Settings): Promise<void> {
    const uid = this.uid(name);
    if (!(await this.exists(uid))) await this.waitFor(this.client.createIndex(uid, { primaryKey: 'id' }));
    await this.waitFor(this.client.index(uid).updateSettings(settings));
  }

  async recreateIndex(name: string, settings: Settings): Promise<void> {
    const uid = this.uid(name);
    if (await this.exists(uid)) await this.waitFor(this.client.deleteIndex(uid));
    await this.waitFor(this.client.createIndex(uid, { primaryKey: 'id' }));
    await this.waitFor(this.client.index(uid).updateSettings(settings));
  }

  async upsertDocuments(
    name: string,
    documents: Array<Record<string, unknown>>,
    timeoutMs = 30_000,
  ): Promise<void> {
    if (documents.length === 0) return;
    await this.waitFor(
      this.client.index(this.uid(name)).addDocuments(documents, { primaryKey: 'id' }),
      timeoutMs,
      20,
    );
  }

  async deleteDocuments(name: string, ids: string[], timeoutMs = 30_000): Promise<void> {
    if (ids.length === 0) return;
    await this.waitFor(this.client.index(this.uid(name)).deleteDocuments(ids), timeoutMs, 20);
  }

  async enqueueDocuments(name: string, documents: Array<Record<string, unknown>>): Promise<number> {
    const task = await this.client.index(this.uid(name)).addDocuments(documents, { primaryKey: 'id' });
    return task.taskUid;
  }

  async waitForTask(taskUid: number, timeoutMs = TASK_TIMEOUT_MS): Promise<void> {
    const done = await this.client.tasks.waitForTask(taskUid, { timeout: timeoutMs, interval: 100 });
    if (done.status !== 'succeeded') {
      throw new Error(`Meilisearch task ${done.uid} ${done.status}: ${done.error?.message ?? 'no message'}`);
    }
  }

  async swapIn(live: string, staging: string): Promise<void> {
    const liveUid = this.uid(live);
    const stagingUid = this.uid(staging);
    if (!(await this.exists(liveUid)))
      await this.waitFor(this.client.createIndex(liveUid, { primaryKey: 'id' }));
    await this.waitFor(this.client.swapIndexes([{ indexes: [liveUid, stagingUid], rename: false }]));
    await this.waitFor(this.client.deleteIndex(stagingUid));
  }

  async query<T extends object>(name: string, q: string, params: QueryParams): Promise<QueryResult<T>> {
    try {
      const result = await this.client.index(this.uid(name)).search(q, params);
      return {
        hits: result.hits as unknown as QueryResult<T>['hits'],
        estimatedTotalHits: result.estimatedTotalHits ?? result.hits.length,
        facetDistribution: (result.facetDistribution ?? {}) as QueryResult<T>['facetDistribution'],
        processingTimeMs: result.processingTimeMs,
      };
    } catch (error) {
      if (isSearchUnavailable(error)) throw searchUnavailable();
      throw error;
    }
  }

  async multiQuery<T extends object>(
    name: string,
    queries: ReadonlyArray<{ q: string; params: QueryParams }>,
  ): Promise<Array<QueryResult<T>>> {
    if (queries.length === 0) return [];
    const indexUid = this.uid(name);
    try {
      const { results } = await this.client.multiSearch({
        queries: queries.map(({ q, params }) => ({ indexUid, q, ...params })),
      });
      return results.map((result) => ({
        hits: result.hits as unknown as QueryResult<T>['hits'],
        estimatedTotalHits: result.estimatedTotalHits ?? result.hits.length,
        facetDistribution: (result.facetDistribution ?? {}) as QueryResult<T>['facetDistribution'],
        processingTimeMs: result.processingTimeMs,
      }));
    } catch (error) {
      if (isSearchUnavailable(error)) throw searchUnavailable();
      throw error;
    }
  }

  async tieredIds(name: string, filters: ReadonlyArray<string[]>, limit: number): Promise<string[]> {
    // One filter after the other, only as far as needed: the first tiers are narrow and cheap,
    // and a full page from the second spares the widest its 500 documents.
    const ids = new Set<string>();
    for (const filter of filters) {
      if (ids.size >= limit) break;
      const result = await this.query<{ id: string }>(name, '', {
        filter,
        limit,
        attributesToRetrieve: ['id'],
      });
      for (const hit of result.hits) {
        if (ids.size >= limit) break;
        ids.add(hit.id);
      }
    }
    return [...ids];
  }

  async allDocuments<T extends object>(name: string): Promise<T[]> {
    const all: T[] = [];
    const index = this.client.index(this.uid(name));
    for (let offset = 0; ; offset += 1000) {
      const page = await index.getDocuments({ offset, limit: 1000 });
      all.push(...(page.results as unknown as T[]));
      if (page.results.length < 1000) return all;
    }
  }
}
