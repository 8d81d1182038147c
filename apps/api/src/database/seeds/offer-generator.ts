import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { CefrLevel, OfferKind } from '@passgenau/domain';
import { pickWeighted, random, type GeneratorInput } from './candidate-generator';
import { generatorInput } from './candidate-writer';
import { insertBatched } from './reference-data.seeder';

// Synthetic firms and open offers for benchmarks (`npm run seed:profiles -- --offers 5000`):
// sites in towns drawn by population, occupations of the curated list, competences drawn from
// the ESCO skills of the offer's occupation (required: essential ones).

export interface BenchTown {
  ags: string;
  name: string;
  lat: number;
  lon: number;
}

/** What realistic candidates and offers are drawn from. */
export interface BenchGeneratorInput extends GeneratorInput {
  occupationSkills: Record<string, string[]>;
  townWeights: number[];
  townDetails: BenchTown[];
  /** German preferred label of each occupation (offer titles). */
  occupationTitles: Record<string, string>;
}

export interface GeneratedOffer {
  kind: OfferKind;
  title: string;
  occupationCode: string;
  germanOverall: CefrLevel;
  startsOn: string;
  hoursPerWeek: number;
  places: number;
  required: string[];
  niceToHave: string[];
}

export interface GeneratedFirm {
  name: string;
  townAgs: string;
  lat: number;
  lon: number;
  offers: GeneratedOffer[];
}

const KINDS: OfferKind[] = ['job', 'job', 'job', 'apprenticeship', 'apprenticeship', 'internship', 'eq'];
const GERMAN: CefrLevel[] = ['A1', 'A2', 'A2', 'B1', 'B1', 'B2'];
const FIRM_WORDS = ['Werkstatt', 'Betrieb', 'Service', 'Handwerk', 'Technik', 'Dienste', 'Manufaktur'];
const LEGAL = ['GmbH', 'GmbH & Co. KG', 'e.K.', 'AG', 'GbR', 'e.V.'];

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

function sample<T>(next: () => number, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0)
    chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
  return chosen;
}

function title(kind: OfferKind, occupation: string): string {
  if (kind === 'apprenticeship') return `Ausbildung ${occupation}`;
  if (kind === 'internship') return `Praktikum ${occupation}`;
  if (kind === 'eq') return `Einstiegsqualifizierung ${occupation}`;
  return `${occupation} (m/w/d)`;
}

/** The `index`-th synthetic firm of a run with `seed`, with `offerCount` open offers. Deterministic. */
export function generateFirm(
  seed: number,
  index: number,
  offerCount: number,
  input: BenchGeneratorInput,
): GeneratedFirm {
  const next = random(seed * 7_000_003 + index + 1);
  const town = input.townDetails[pickWeighted(next, input.townWeights)]!;
  const offers = Array.from({ length: offerCount }, (): GeneratedOffer => {
    const occupationCode = pick(next, input.occupations);
    const skills = input.occupationSkills[occupationCode] ?? [];
    const pool = skills.length > 0 ? skills : input.skills;
    const picked = sample(next, pool, 2 + Math.floor(next() * 5));
    const requiredCount = Math.max(1, Math.ceil(picked.length * 0.6));
    const kind = pick(next, KINDS);
    return {
      kind,
      title: title(kind, input.occupationTitles[occupationCode] ?? occupationCode),
      occupationCode,
      germanOverall: pick(next, GERMAN),
      startsOn: new Date(input.today.getTime() + Math.floor(next() * 180) * 86_400_000)
        .toISOString()
        .slice(0, 10),
      hoursPerWeek: pick(next, [20, 30, 38.5, 39, 40]),
      places: 1 + Math.floor(next() * 3),
      required: picked.slice(0, requiredCount),
      niceToHave: picked.slice(requiredCount),
    };
  });
  return {
    name: `${pick(next, FIRM_WORDS)} ${town.name} ${String(index).padStart(5, '0')} ${pick(next, LEGAL)} (Synthetisch)`,
    townAgs: town.ags,
    lat: town.lat,
    lon: town.lon,
    offers,
  };
}

/** Writes firms (verified), one main site each and their open, published offers with competences. */
export async function writeGeneratedFirms(
  dataSource: DataSource,
  firms: GeneratedFirm[],
  options: { withoutTriggers?: boolean } = {},
): Promise<void> {
  await dataSource.transaction(async (manager) => {
    if (options.withoutTriggers) await manager.query(`SET LOCAL session_replication_role = replica`);
    const companies: unknown[][] = [];
    const sites: unknown[][] = [];
    const offers: unknown[][] = [];
    const competences: unknown[][] = [];
    for (const firm of firms) {
      const companyId = randomUUID();
      const siteId = randomUUID();
      companies.push([companyId, firm.name, 'verified']);
      sites.push([siteId, companyId, firm.townAgs, firm.lat, firm.lon, false, true]);
      for (const offer of firm.offers) {
        const offerId = randomUUID();
        offers.push([
          offerId,
          companyId,
          siteId,
          offer.kind,
          offer.title,
          offer.occupationCode,
          'manual',
          offer.germanOverall,
          offer.startsOn,
          offer.hoursPerWeek,
          offer.places,
          'open',
        ]);
        for (const code of offer.required) competences.push([offerId, code, true]);
        for (const code of offer.niceToHave) competences.push([offerId, code, false]);
      }
    }
    await insertBatched(manager, 'company', ['id', 'name', 'verification_status'], companies);
    await insertBatched(
      manager,
      'company_site',
      ['id', 'company_id', 'town_ags', 'lat', 'lon', 'coordinates_entered', 'is_main'],
      sites,
    );
    await insertBatched(
      manager,
      'offer',
      [
        'id',
        'company_id',
        'site_id',
        'kind',
        'title',
        'occupation_code',
        'occupation_mapping',
        'german_overall',
        'starts_on',
        'hours_per_week',
        'places',
        'status',
      ],
      offers,
    );
    await manager.query(`UPDATE offer SET published_at = now() WHERE id = ANY($1)`, [
      offers.map((o) => o[0]),
    ]);
    await insertBatched(manager, 'offer_competence', ['offer_id', 'skill_code', 'required'], competences);
  });
}

/**
 * The generator input plus what makes synthetic data realistic: the essential ESCO skills of each
 * curated occupation (optional ones when an occupation lists no essential ones), town populations
 * and coordinates, and the occupations' German titles.
 */
export async function benchGeneratorInput(dataSource: DataSource, today: Date): Promise<BenchGeneratorInput> {
  const base = await generatorInput(dataSource, today);
  const relations = (await dataSource.query(
    `SELECT os.occupation_code AS occupation, os.skill_code AS skill, os.essential
       FROM occupation_skill os JOIN taxonomy_concept o ON o.code = os.occupation_code
      WHERE o.kind = 'occupation' AND o.curated_field IS NOT NULL
      ORDER BY os.occupation_code, os.essential DESC, os.skill_code`,
  )) as Array<{ occupation: string; skill: string; essential: boolean }>;
  const essential: Record<string, string[]> = {};
  const optional: Record<string, string[]> = {};
  for (const r of relations) ((r.essential ? essential : optional)[r.occupation] ??= []).push(r.skill);
  const occupationSkills: Record<string, string[]> = {};
  for (const occupation of base.occupations) {
    const skills = essential[occupation] ?? optional[occupation];
    if (skills) occupationSkills[occupation] = skills;
  }
  const towns = (await dataSource.query(
    `SELECT ags, name, lat, lon, coalesce(population, 1000) AS population FROM town ORDER BY ags`,
  )) as Array<BenchTown & { population: number }>;
  const titles = (await dataSource.query(
    `SELECT DISTINCT ON (c.code) c.code, l.text
       FROM taxonomy_concept c JOIN taxonomy_label l ON l.concept_id = c.id AND l.lang = 'de'
      WHERE c.kind = 'occupation' AND c.curated_field IS NOT NULL
      ORDER BY c.code, l.preferred DESC, l.text`,
  )) as Array<{ code: string; text: string }>;
  return {
    ...base,
    towns: towns.map((t) => t.ags),
    occupationSkills,
    townWeights: towns.map((t) => Number(t.population)),
    townDetails: towns.map(({ ags, name, lat, lon }) => ({ ags, name, lat: Number(lat), lon: Number(lon) })),
    occupationTitles: Object.fromEntries(titles.map((t) => [t.code, t.text])),
  };
}
