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
}

export const SEARCH_INDEX = Symbol('SEARCH_INDEX');
