import { Injectable } from '@nestjs/common';
import type { Settings } from 'meilisearch';
import type { EntityManager } from 'typeorm';
import { CEFR_LEVELS, highestGermanMinimum, occupationalField, type CefrLevel } from '@passgenau/domain';
import { listedOfferSql } from '../../../common/listed-offer.sql';
import { loadConcepts } from '../../taxonomy/concept-labels';
import { OFFERS_INDEX, type OfferDocument } from '../documents';
import { dayNumber, foldedSpellings, isoDate, labelTexts, versionOf, type MatchingIndexer } from './indexer';

const SHAPE_VERSION = 2;
const NO_CLOSING_DAY = 999_999;

export const OFFER_INDEX_SETTINGS: Settings = {
  searchableAttributes: [
    'title',
    'occupationLabels',
    'competenceLabels',
    'companyName',
    'occupationText',
    'description',
    'siteTownName',
    'foldedText',
  ],
  filterableAttributes: [
    'kind',
    'occupationCode',
    'occupationalField',
    'iscoGroups',
    'requiredCompetences',
    'niceToHaveCompetences',
    'germanMinRank',
    'suitableForCareerChangers',
    'siteTownAgs',
    'companyId',
    'startsOnDay',
    'closesOnDay',
    '_geo',
  ],
  sortableAttributes: ['_geo', 'publishedAtTs', 'startsOnDay'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'publishedAtTs:desc'],
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 8, twoTypos: 12 },
    disableOnAttributes: [],
    disableOnNumbers: true,
  },
  pagination: { maxTotalHits: 5000 },
  faceting: { maxValuesPerFacet: 100 },
  searchCutoffMs: 200,
  proximityPrecision: 'byAttribute',
  localizedAttributes: [],
};

interface OfferDocRow {
  id: string;
  title: string;
  description: string | null;
  description_lang: string | null;
  kind: string;
  occupation_code: string | null;
  occupation_text: string | null;
  german_overall: CefrLevel | null;
  german_understanding: CefrLevel | null;
  german_speaking: CefrLevel | null;
  german_writing: CefrLevel | null;
  suitable_for_career_changers: boolean;
  site_id: string | null;
  site_town_ags: string | null;
  site_town_name: string | null;
  lat: number | null;
  lon: number | null;
  starts_on: string | null;
  closes_on: string | null;
  company_id: string;
  company_name: string;
  source: string;
  published_ms: string;
}

/** Open offers that have not passed their closing date (the job board). */
@Injectable()
export class OffersIndexer implements MatchingIndexer<OfferDocument> {
  readonly name = OFFERS_INDEX;
  readonly entity = 'offer' as const;
  readonly settings = OFFER_INDEX_SETTINGS;

  version(): string {
    return versionOf(SHAPE_VERSION, this.settings);
  }

  async ids(db: EntityManager, after: string | null, limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await db.query(
      `SELECT o.id FROM offer o WHERE ${listedOfferSql('o')} AND ($1::uuid IS NULL OR o.id > $1::uuid)
        ORDER BY o.id LIMIT $2`,
      [after, limit],
    );
    return rows.map((r) => r.id);
  }

  async documents(ids: string[], db: EntityManager): Promise<OfferDocument[]> {
    if (ids.length === 0) return [];
    const rows: OfferDocRow[] = await db.query(
      `SELECT o.id, o.title, o.description, o.description_lang, o.kind, o.occupation_code, o.occupation_text,
              o.german_overall, o.german_understanding, o.german_speaking, o.german_writing,
              o.suitable_for_career_changers, o.site_id, s.town_ags AS site_town_ags, t.name AS site_town_name,
              s.lat, s.lon, o.starts_on::text AS starts_on, o.closes_on::text AS closes_on,
              o.company_id, c.name AS company_name, o.source,
              (extract(epoch FROM coalesce(o.published_at, o.created_at)) * 1000)::bigint::text AS published_ms
         FROM offer o JOIN company c ON c.id = o.company_id
         LEFT JOIN company_site s ON s.id = o.site_id
         LEFT JOIN town t ON t.ags = s.town_ags
        WHERE o.id = ANY($1::uuid[]) AND ${listedOfferSql('o')}`,
      [ids],
    );
    if (rows.length === 0) return [];
    const competences: Array<{ offer_id: string; skill_code: string; required: boolean }> = await db.query(
      `SELECT offer_id, skill_code, required FROM offer_competence WHERE offer_id = ANY($1::uuid[]) ORDER BY skill_code`,
      [rows.map((r) => r.id)],
    );
    const concepts = await loadConcepts(db, [
      ...rows.map((r) => r.occupation_code),
      ...competences.map((c) => c.skill_code),
    ]);
    return rows.map((r) => {
      const own = competences.filter((c) => c.offer_id === r.id);
      const occupation = r.occupation_code ? concepts.get(r.occupation_code) : undefined;
      const iscoGroup = occupation?.iscoGroup ?? null;
      const competenceDetails = own.map((c) => ({
        code: c.skill_code,
        required: c.required,
        labels: concepts.get(c.skill_code)?.labels ?? {},
      }));
      const highest = highestGermanMinimum({
        overall: r.german_overall,
        understanding: r.german_understanding,
        speaking: r.german_speaking,
        writing: r.german_writing,
      });
      const startsOn = isoDate(r.starts_on);
      const closesOn = isoDate(r.closes_on);
      return {
        id: r.id,
        title: r.title,
        description: r.description,
        descriptionLang: r.description_lang,
        kind: r.kind,
        occupationCode: r.occupation_code,
        occupationLabels: occupation ? labelTexts(occupation.labels) : [],
        occupation: r.occupation_code ? { code: r.occupation_code, labels: occupation?.labels ?? {} } : null,
        occupationalField: r.occupation_code
          ? occupationalField(occupation?.curatedField, occupation?.iscoGroup)
          : null,
        iscoGroups: iscoGroup
          ? [1, 2, 3, 4].filter((n) => n <= iscoGroup.length).map((n) => iscoGroup.slice(0, n))
          : [],
        occupationText: r.occupation_text,
        requiredCompetences: own.filter((c) => c.required).map((c) => c.skill_code),
        niceToHaveCompetences: own.filter((c) => !c.required).map((c) => c.skill_code),
        competenceLabels: [...new Set(competenceDetails.flatMap((c) => labelTexts(c.labels)))],
        competenceDetails,
        foldedText: foldedSpellings([
          r.title,
          occupation?.labels.de?.text,
          r.occupation_text,
          r.company_name,
          ...competenceDetails.map((c) => c.labels.de?.text),
        ]),
        germanOverall: r.german_overall,
        germanUnderstanding: r.german_understanding,
        germanSpeaking: r.german_speaking,
        germanWriting: r.german_writing,
        germanMinRank: highest ? CEFR_LEVELS.indexOf(highest) + 1 : 0,
        suitableForCareerChangers: r.suitable_for_career_changers,
        siteId: r.site_id,
        siteTownAgs: r.site_town_ags,
        siteTownName: r.site_town_name,
        _geo: r.lat === null || r.lon === null ? null : { lat: Number(r.lat), lng: Number(r.lon) },
        startsOn,
        startsOnDay: dayNumber(startsOn),
        companyId: r.company_id,
        companyName: r.company_name,
        source: r.source,
        publishedAtTs: Number(r.published_ms),
        closesOn,
        closesOnDay: closesOn ? dayNumber(closesOn) : NO_CLOSING_DAY,
      };
    });
  }
}
