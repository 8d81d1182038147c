import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { PASSGENAU_SKILL_PREFIX, slugify, type ConceptKind, type LabelSource } from '@passgenau/domain';

export interface ConceptRecord {
  code: string;
  kind: ConceptKind;
  scheme: 'esco' | 'passgenau';
  iscoGroup: string | null;
  escoCode: string | null;
  skillType: string | null;
  collections: string[];
  curatedField: string | null;
  descriptionEn: string | null;
  descriptionDe: string | null;
}

export interface LabelRecord {
  code: string;
  lang: string;
  text: string;
  preferred: boolean;
  source: LabelSource;
}

export interface ReferenceData {
  checksum: string;
  concepts: ConceptRecord[];
  labels: LabelRecord[];
  occupationSkills: Array<{ occupationCode: string; skillCode: string; essential: boolean }>;
  iscoGroups: Array<{
    code: string;
    level: number;
    parentCode: string | null;
    labelEn: string;
    labelDe: string;
  }>;
  kldbOccupations: Array<{
    code: string;
    level: number;
    parentCode: string | null;
    title: string;
    shortTitle: string;
  }>;
  kldbIsco: Array<{ kldbCode: string; iscoCode: string; rank: number; recommended: boolean }>;
  towns: Array<{
    ags: string;
    name: string;
    district: string;
    state: string;
    lat: number;
    lon: number;
    population: number | null;
    postalCodes: string[];
  }>;
}

// Raise when the way files are turned into rows changes, so existing databases reload.
const READER_VERSION = '1';

export const REFERENCE_FILES = [
  'esco_occupations.csv',
  'esco_skills_collections.csv',
  'esco_occupation_skill_relations_en.json',
  'esco_isco08_groups.csv',
  'kldb2010_v2020.csv',
  'kldb2010_isco08_crosswalk.csv',
  'rems_murr_kreis_municipalities.csv',
  'translations/occupations.csv',
  'translations/skills.csv',
] as const;

type Row = Record<string, string>;

function readCsv(dir: string, file: string): Row[] {
  const path = join(dir, file);
  if (!existsSync(path)) return [];
  return parse(readFileSync(path), { columns: true, skip_empty_lines: true, bom: true }) as Row[];
}

function split(value: string | undefined): string[] {
  return (value ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function orNull(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

export function referenceChecksum(dir: string): string {
  const hash = createHash('sha256').update(READER_VERSION);
  for (const file of REFERENCE_FILES) {
    const path = join(dir, file);
    hash.update(file).update(existsSync(path) ? readFileSync(path) : '');
  }
  return hash.digest('hex');
}

/** Reads the shipped reference files into rows for the database. Pure apart from reading files. */
export function readReferenceData(dir: string): ReferenceData {
  const concepts = new Map<string, ConceptRecord>();
  const labels = new Map<string, LabelRecord>();
  const languagesBySource = new Set<string>();
  const addLabel = (
    code: string,
    lang: string,
    text: string | undefined,
    preferred: boolean,
    source: LabelSource,
  ) => {
    const clean = text?.trim();
    if (!clean) return;
    const key = `${code}\u0000${lang}\u0000${source}\u0000${clean}`;
    const existing = labels.get(key);
    if (existing) {
      existing.preferred ||= preferred;
      return;
    }
    labels.set(key, { code, lang, text: clean, preferred, source });
    languagesBySource.add(`${code}\u0000${lang}\u0000${source}`);
  };
  const hasLabel = (code: string, lang: string, source: LabelSource) =>
    languagesBySource.has(`${code}\u0000${lang}\u0000${source}`);

  for (const row of readCsv(dir, 'esco_occupations.csv')) {
    const code = row['conceptUri']!;
    concepts.set(code, {
      code,
      kind: 'occupation',
      scheme: 'esco',
      iscoGroup: orNull(row['iscoGroup']),
      escoCode: orNull(row['escoCode']),
      skillType: null,
      collections: [],
      curatedField: null,
      descriptionEn: orNull(row['description_en']),
      descriptionDe: orNull(row['description_de']),
    });
    addLabel(code, 'en', row['preferredLabel_en'], true, 'esco');
    addLabel(code, 'de', row['preferredLabel_de'], true, 'esco');
    addLabel(code, 'ar', row['preferredLabel_ar'], true, 'esco');
    split(row['altLabels_en']).forEach((l) => addLabel(code, 'en', l, false, 'esco'));
    split(row['altLabels_de']).forEach((l) => addLabel(code, 'de', l, false, 'esco'));
  }

  const skillByEnglishLabel = new Map<string, string>();
  for (const row of readCsv(dir, 'esco_skills_collections.csv')) {
    const code = row['conceptUri']!;
    concepts.set(code, {
      code,
      kind: 'skill',
      scheme: 'esco',
      iscoGroup: null,
      escoCode: null,
      skillType: orNull(row['skillType']),
      collections: split(row['collections']),
      curatedField: null,
      descriptionEn: orNull(row['description_en']),
      descriptionDe: orNull(row['description_de']),
    });
    skillByEnglishLabel.set(row['preferredLabel_en']!.trim(), code);
    addLabel(code, 'en', row['preferredLabel_en'], true, 'esco');
    addLabel(code, 'de', row['preferredLabel_de'], true, 'esco');
    split(row['altLabels_en']).forEach((l) => addLabel(code, 'en', l, false, 'esco'));
    split(row['altLabels_de']).forEach((l) => addLabel(code, 'de', l, false, 'esco'));
  }

  // Occupational skills of the relations file are known by their English ESCO label only; those
  // outside the shipped skill collections get a product code derived from that label.
  const relationsPath = join(dir, 'esco_occupation_skill_relations_en.json');
  const relations = existsSync(relationsPath)
    ? (JSON.parse(readFileSync(relationsPath, 'utf8')) as {
        occupations: Array<{ occupationUri: string; essential: string[]; optional: string[] }>;
      })
    : { occupations: [] };
  const usedSlugs = new Set<string>();
  const skillCodeFor = (label: string): string => {
    const known = skillByEnglishLabel.get(label);
    if (known) return known;
    let slug = slugify(label) || 'skill';
    for (let n = 2; usedSlugs.has(slug); n++) slug = `${slugify(label)}-${n}`;
    usedSlugs.add(slug);
    const code = PASSGENAU_SKILL_PREFIX + slug;
    skillByEnglishLabel.set(label, code);
    concepts.set(code, {
      code,
      kind: 'skill',
      scheme: 'passgenau',
      iscoGroup: null,
      escoCode: null,
      skillType: null,
      collections: [],
      curatedField: null,
      descriptionEn: null,
      descriptionDe: null,
    });
    addLabel(code, 'en', label, true, 'esco');
    return code;
  };
  const relationLabels = new Set<string>();
  for (const occupation of relations.occupations) {
    occupation.essential.forEach((l) => relationLabels.add(l.trim()));
    occupation.optional.forEach((l) => relationLabels.add(l.trim()));
  }
  [...relationLabels].sort().forEach(skillCodeFor);
  const occupationSkills = new Map<
    string,
    { occupationCode: string; skillCode: string; essential: boolean }
  >();
  for (const occupation of relations.occupations) {
    if (!concepts.has(occupation.occupationUri)) continue;
    const add = (label: string, essential: boolean) => {
      const skillCode = skillCodeFor(label.trim());
      const key = `${occupation.occupationUri}\u0000${skillCode}`;
      const existing = occupationSkills.get(key);
      if (existing) existing.essential ||= essential;
      else occupationSkills.set(key, { occupationCode: occupation.occupationUri, skillCode, essential });
    };
    occupation.essential.forEach((l) => add(l, true));
    occupation.optional.forEach((l) => add(l, false));
  }

  // The product's own translations (never presented as official ESCO).
  for (const row of readCsv(dir, 'translations/occupations.csv')) {
    const concept = concepts.get(row['code']!);
    if (!concept || concept.kind !== 'occupation')
      throw new Error(`translations/occupations.csv: unknown occupation ${row['code']}`);
    concept.curatedField = orNull(row['field']);
    addLabel(concept.code, 'uk', row['label_uk'], true, 'passgenau');
    addLabel(concept.code, 'fa', row['label_fa'], true, 'passgenau');
    split(row['altLabels_uk']).forEach((l) => addLabel(concept.code, 'uk', l, false, 'passgenau'));
    split(row['altLabels_fa']).forEach((l) => addLabel(concept.code, 'fa', l, false, 'passgenau'));
    if (!hasLabel(concept.code, 'ar', 'esco'))
      addLabel(concept.code, 'ar', row['label_ar'], true, 'passgenau');
  }
  for (const row of readCsv(dir, 'translations/skills.csv')) {
    const key = row['key']!.trim();
    const code = key.startsWith('http') ? key : skillByEnglishLabel.get(key);
    const concept = code ? concepts.get(code) : undefined;
    if (!concept || concept.kind !== 'skill')
      throw new Error(`translations/skills.csv: unknown skill ${key}`);
    concept.curatedField = orNull(row['field']);
    if (!hasLabel(concept.code, 'de', 'esco'))
      addLabel(concept.code, 'de', row['label_de'], true, 'passgenau');
    addLabel(concept.code, 'ar', row['label_ar'], true, 'passgenau');
    addLabel(concept.code, 'uk', row['label_uk'], true, 'passgenau');
    addLabel(concept.code, 'fa', row['label_fa'], true, 'passgenau');
  }

  return {
    checksum: referenceChecksum(dir),
    concepts: [...concepts.values()],
    labels: [...labels.values()],
    occupationSkills: [...occupationSkills.values()],
    iscoGroups: readCsv(dir, 'esco_isco08_groups.csv').map((row) => ({
      code: row['code']!,
      level: Number(row['level']),
      parentCode: orNull(row['parentCode']),
      labelEn: row['preferredLabel_en']!,
      labelDe: row['preferredLabel_de']!,
    })),
    kldbOccupations: readCsv(dir, 'kldb2010_v2020.csv').map((row) => ({
      code: row['code']!,
      level: Number(row['level']),
      parentCode: orNull(row['parentCode']),
      title: row['title']!,
      shortTitle: row['shortTitle'] || row['title']!,
    })),
    kldbIsco: readCsv(dir, 'kldb2010_isco08_crosswalk.csv').map((row) => ({
      kldbCode: row['kldb2010']!,
      iscoCode: row['isco08']!,
      rank: Number(row['rank']),
      recommended: row['recommended'] === 'true',
    })),
    towns: readCsv(dir, 'rems_murr_kreis_municipalities.csv').map((row) => ({
      ags: row['ags']!,
      name: row['name']!,
      district: row['kreis']!,
      state: row['bundesland']!,
      lat: Number(row['lat']),
      lon: Number(row['lon']),
      population: row['population2022'] ? Number(row['population2022']) : null,
      postalCodes: split(row['postalCodes']),
    })),
  };
}
