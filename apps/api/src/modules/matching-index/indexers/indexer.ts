import { createHash } from 'node:crypto';
import type { Settings } from 'meilisearch';
import type { EntityManager } from 'typeorm';
import type { MatchingIndexName } from '../documents';

/** What the search outbox names: the entity whose document changed. */
export type OutboxEntity = 'candidate' | 'offer' | 'company';

/**
 * One matching index: how its documents are derived from PostgreSQL. `documents` answers the
 * current documents of the ids asked for; an id without a document (hidden, erased, closed) is
 * left out, and the caller deletes it from the index.
 */
export interface MatchingIndexer<D extends { id: string }> {
  readonly name: MatchingIndexName;
  readonly entity: OutboxEntity;
  readonly settings: Settings;
  /** Changes when the document shape or the settings change: the index is then rebuilt at start. */
  version(): string;
  documents(ids: string[], db: EntityManager): Promise<D[]>;
  /** Ids that have a document now, in id order after `after` (keyset paging for rebuilds). */
  ids(db: EntityManager, after: string | null, limit: number): Promise<string[]>;
}

export function versionOf(shapeVersion: number, settings: Settings): string {
  return createHash('sha256').update(JSON.stringify({ shapeVersion, settings })).digest('hex').slice(0, 16);
}

/** Days since 1970-01-01 of a YYYY-MM-DD date (0 when absent). */
export function dayNumber(date: string | null | undefined): number {
  if (!date) return 0;
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

export function isoDate(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
}

export function isoTime(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();
}

export function labelTexts(labels: Record<string, { text: string } | undefined>): string[] {
  return [...new Set(Object.values(labels).flatMap((l) => (l ? [l.text] : [])))];
}

/**
 * German spellings without ß and umlauts ("Schweisser", "Koechin"), so a query typed without them
 * still finds the word: only the texts that differ from their folded form.
 */
export function foldedSpellings(texts: Array<string | null | undefined>): string[] {
  const folded = texts.flatMap((text) => {
    if (!text) return [];
    const f = text
      .toLowerCase()
      .replace(/ß/g, 'ss')
      .replace(/ä/g, 'ae')
      .replace(/ö/g, 'oe')
      .replace(/ü/g, 'ue');
    return f === text.toLowerCase() ? [] : [f];
  });
  return [...new Set(folded)];
}
