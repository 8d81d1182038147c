import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { distanceKm, type GeoPoint } from '@passgenau/domain';

export interface TownPoint extends GeoPoint {
  ags: string;
  name: string;
}

/** How long the towns are kept in memory before they are read again (coordinators rarely change them). */
const TOWNS_TTL_MS = 30_000;

/**
 * The towns with their centres, in memory: searches look a town up and find the towns within a
 * radius without a query. Changes through the towns service take effect at once; changes made
 * elsewhere (another process, a migration) within {@link TOWNS_TTL_MS}.
 */
@Injectable()
export class TownDirectory {
  private loaded: { at: number; towns: Promise<Map<string, TownPoint>> } | null = null;

  constructor(private readonly dataSource: DataSource) {}

  private towns(): Promise<Map<string, TownPoint>> {
    if (!this.loaded || Date.now() - this.loaded.at > TOWNS_TTL_MS) {
      const towns = this.dataSource
        .query(`SELECT ags, name, lat, lon FROM town`)
        .then(
          (rows: Array<{ ags: string; name: string; lat: number; lon: number }>) =>
            new Map(
              rows.map((r) => [r.ags, { ags: r.ags, name: r.name, lat: Number(r.lat), lon: Number(r.lon) }]),
            ),
        );
      this.loaded = { at: Date.now(), towns };
      // A failed read is not kept: the next call reads again.
      towns.catch(() => {
        if (this.loaded?.towns === towns) this.loaded = null;
      });
    }
    return this.loaded.towns;
  }

  async town(ags: string): Promise<TownPoint | null> {
    return (await this.towns()).get(ags) ?? null;
  }

  /**
   * The towns whose centre lies within `km` of `origin`. Candidate documents carry their home
   * town's centre as their place, so "lives within the radius" is "lives in one of these towns" —
   * an equality filter the index answers far faster than a geo radius over every document.
   */
  async within(origin: GeoPoint, km: number): Promise<string[]> {
    return [...(await this.towns()).values()]
      .filter((t) => distanceKm(origin, t) <= km)
      .map((t) => t.ags)
      .sort();
  }

  /** Every town by its key. */
  async all(): Promise<ReadonlyMap<string, TownPoint>> {
    return this.towns();
  }

  /**
   * Towns by distance of their centre from `origin`, nearest first (ties by key); only `among`
   * when given.
   */
  async byDistance(origin: GeoPoint, among?: readonly string[]): Promise<Array<{ ags: string; km: number }>> {
    const towns = await this.towns();
    const keys = among ?? [...towns.keys()];
    return keys
      .flatMap((ags) => {
        const town = towns.get(ags);
        return town ? [{ ags, km: distanceKm(origin, town) }] : [];
      })
      .sort((a, b) => a.km - b.km || a.ags.localeCompare(b.ags));
  }

  /** Forgets the towns in memory (after a town was added or changed). */
  invalidate(): void {
    this.loaded = null;
  }
}
