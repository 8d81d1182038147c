import type { Settings } from 'meilisearch';

export interface SearchRequest {
  q: string;
  filter?: string;
  limit: number;
  attributesToHighlight?: string[];
  highlightPreTag?: string;
  highlightPostTag?: string;
  /**
   * Further wordings of the same query (e.g. its light stems), searched together with `q` and
   * merged by relevance; a document found by several appears once. `weight` below 1 lets a
   * document that `q` itself matches equally well come first.
   */
  alternatives?: Array<{ q: string; weight: number }>;
}

export interface SearchResponse<T> {
  hits: Array<T & { _formatted?: Partial<Record<keyof T, unknown>> }>;
  estimatedTotalHits: number;
}

/**
 * The search engine behind one interface. PostgreSQL is the source of truth: every index is
 * derived from it and can be rebuilt at any time with `rebuild`.
 */
export interface SearchIndex {
  isHealthy(): Promise<boolean>;
  /** Builds a fresh index from `documents` and swaps it in for `name`, so readers never see a half-built one. */
  rebuild(name: string, settings: Settings, documents: Array<Record<string, unknown>>): Promise<void>;
  /**
   * Adds or replaces `documents` (by id) in the live index `name`, for a change to a few entries;
   * false when there is no such index yet (then only `rebuild` makes one).
   */
  upsert(name: string, documents: Array<Record<string, unknown>>): Promise<boolean>;
  documentCount(name: string): Promise<number | null>;
  search<T extends Record<string, unknown>>(name: string, request: SearchRequest): Promise<SearchResponse<T>>;
  /** Deletes every index of this installation (test clean-up). */
  deleteAll(): Promise<void>;

  // Document-level maintenance of the matching indexes (candidates, offers, companies). Every
  // call waits until Meilisearch confirmed its task (or fails after the timeout): a caller that
  // got no error knows the change is searchable.

  /** Creates the index when missing and applies `settings`. */
  ensureIndex(name: string, settings: Settings): Promise<void>;
  /** Deletes `name` when it exists, then creates it empty with `settings` (a rebuild's staging index). */
  recreateIndex(name: string, settings: Settings): Promise<void>;
  /** Adds or replaces whole documents (by `id`). */
  upsertDocuments(name: string, documents: Array<Record<string, unknown>>, timeoutMs?: number): Promise<void>;
  deleteDocuments(name: string, ids: string[], timeoutMs?: number): Promise<void>;
  /**
   * Sends documents without waiting for them to be indexed (a rebuild's bulk load: Meilisearch
   * indexes consecutive additions together, far faster than one by one); `waitForTask` confirms.
   */
  enqueueDocuments(name: string, documents: Array<Record<string, unknown>>): Promise<number>;
  /** Waits until the task is done; fails when it failed or did not finish in time. */
  waitForTask(taskUid: number, timeoutMs?: number): Promise<void>;
  /** Swaps `staging` in for `live` (creating `live` when missing) and deletes the old one. */
  swapIn(live: string, staging: string): Promise<void>;
  indexExists(name: string): Promise<boolean>;
  /** A search with Meilisearch's own parameters (filters, facets, sort, geo, offset/limit). */
  query<T extends object>(name: string, q: string, params: QueryParams): Promise<QueryResult<T>>;
  /** Several searches of one index in one request, answered in order. */
  multiQuery<T extends object>(
    name: string,
    queries: ReadonlyArray<{ q: string; params: QueryParams }>,
  ): Promise<Array<QueryResult<T>>>;
  /**
   * The ids of several filtered searches of one index as one list: first the hits of the first
   * filter, then the new ones of the second, and so on, at most `limit` (later filters are not
   * searched once the list is full).
   */
  tieredIds(name: string, filters: ReadonlyArray<string[]>, limit: number): Promise<string[]>;
  /** Every document of an index (tests and consistency checks; pages through it). */
  allDocuments<T extends object>(name: string): Promise<T[]>;
}

export interface QueryParams {
  filter?: string | Array<string | string[]>;
  facets?: string[];
  sort?: string[];
  offset?: number;
  limit?: number;
  attributesToRetrieve?: string[];
  showMatchesPosition?: boolean;
  matchingStrategy?: 'all' | 'last' | 'frequency';
}

export interface QueryResult<T> {
  hits: Array<
    T & { _matchesPosition?: Record<string, Array<{ start: number; length: number; indices?: number[] }>> }
  >;
  estimatedTotalHits: number;
  facetDistribution: Record<string, Record<string, number>>;
  processingTimeMs: number;
}

export const SEARCH_INDEX = Symbol('SEARCH_INDEX');
