import { Injectable } from '@nestjs/common';
import type { Settings } from 'meilisearch';
import type { EntityManager } from 'typeorm';
import {
  CEFR_LEVELS,
  CORE_SKILL_LEVELS,
  employerPermitView,
  occupationalField,
  type CefrLevel,
  type EvidenceKind,
  type WorkPermit,
} from '@passgenau/domain';
import { VISIBLE_FOR_DAYS, visibleToEmployersSql } from '../../candidates/candidate-access.service';
import { loadConcepts } from '../../taxonomy/concept-labels';
import {
  CANDIDATE_DOCUMENT_FIELDS,
  CANDIDATES_INDEX,
  EVIDENCE_MARKS,
  type CandidateDocument,
  type EvidenceMark,
  type IndexedCompetence,
} from '../documents';
import {
  dayNumber,
  foldedSpellings,
  isoDate,
  isoTime,
  labelTexts,
  versionOf,
  type MatchingIndexer,
} from './indexer';

// Raise when the document shape changes; the settings are part of the version by themselves.
const SHAPE_VERSION = 4;

export const CANDIDATE_INDEX_SETTINGS: Settings = {
  searchableAttributes: ['competenceLabels', 'occupationLabels', 'foldedLabels', 'homeTownName', 'pseudonym'],
  displayedAttributes: [...CANDIDATE_DOCUMENT_FIELDS],
  // Only what the employer search filters or counts by.
  filterableAttributes: [
    'competences',
    'competencesObserved',
    'competencesAssessed',
    'competencesIba',
    'evidenceMarks',
    'occupations',
    'occupationalFields',
    'germanLevel',
    'germanRank',
    'mathsLevel',
    'mathsRank',
    'computerLevel',
    'computerRank',
    'kindsWished',
    'availableFromDay',
    'drivingLicences',
    'hasDrivingLicence',
    'mayWork',
    'visibleUntilTs',
    // Radius and distance (as the towns within), and the employer list (GET /api/profiles): town
    // and occupation (wished, competence, experience).
    'homeTownAgs',
    'experienceOccupations',
  ],
  sortableAttributes: ['publishedAtTs', 'updatedAtTs', 'visibleUntilTs', 'pseudonym'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'updatedAtTs:desc'],
  // "Schweißen" must not find "schneiden" or "schreiben": typos only in long words, none on codes.
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 8, twoTypos: 12 },
    disableOnAttributes: ['pseudonym'],
    disableOnNumbers: true,
  },
  pagination: { maxTotalHits: 500 },
  faceting: { maxValuesPerFacet: 100 },
  // Facet counts are read, facet values never searched: saves a fifth of the indexing time.
  facetSearch: false,
  searchCutoffMs: 200,
  proximityPrecision: 'byAttribute',
  localizedAttributes: [],
};

const EVIDENCE_RANK: Record<EvidenceMark, number> = { self: 0, mentor: 1, assessed: 2, iba: 3 };

function markOf(kind: EvidenceKind, confirmed: boolean): EvidenceMark {
  if (kind === 'provider') return confirmed ? 'iba' : 'assessed';
  return kind === 'mentor' ? 'mentor' : 'self';
}

const cefrRank = (level: string | null | undefined): number =>
  level ? CEFR_LEVELS.indexOf(level as CefrLevel) + 1 : 0;
const coreRank = (level: string | null | undefined): number =>
  level ? Math.max(0, CORE_SKILL_LEVELS.indexOf(level as (typeof CORE_SKILL_LEVELS)[number])) : 0;

interface ProfileDocRow {
  id: string;
  pseudonym: string;
  wished_occupations: string[];
  wished_kinds: string[];
  earliest_start: string | null;
  home_town_ags: string | null;
  town_name: string | null;
  travel_km: number | null;
  driving_licences: string[];
  work_permit: WorkPermit;
  maths_level: string | null;
  computer_level: string | null;
  published_at: Date | null;
  updated_at: Date;
  confirmed_at: Date;
  german_overall: string | null;
  german_understanding: string | null;
  german_speaking: string | null;
  german_writing: string | null;
  certificate_level: string | null;
}

/** Published profiles employers may see, in the pseudonymous projection (see CandidateDocument). */
@Injectable()
export class CandidatesIndexer implements MatchingIndexer<CandidateDocument> {
  readonly name = CANDIDATES_INDEX;
  readonly entity = 'candidate' as const;
  readonly settings = CANDIDATE_INDEX_SETTINGS;

  version(): string {
    return versionOf(SHAPE_VERSION, this.settings);
  }

  async ids(db: EntityManager, after: string | null, limit: number): Promise<string[]> {
    const rows: Array<{ candidate_id: string }> = await db.query(
      `SELECT p.candidate_id FROM candidate_profile p
        WHERE ${visibleToEmployersSql('p')} AND ($1::uuid IS NULL OR p.candidate_id > $1::uuid)
        ORDER BY p.candidate_id LIMIT $2`,
      [after, limit],
    );
    return rows.map((r) => r.candidate_id);
  }

  async documents(ids: string[], db: EntityManager): Promise<CandidateDocument[]> {
    if (ids.length === 0) return [];
    const rows: ProfileDocRow[] = await db.query(
      `SELECT p.candidate_id AS id, p.pseudonym, p.wished_occupations, p.wished_kinds, p.earliest_start,
              p.home_town_ags, t.name AS town_name, p.travel_km, p.driving_licences, p.work_permit,
              p.maths_level, p.computer_level, p.published_at, p.updated_at, p.confirmed_at,
              l.overall AS german_overall, l.understanding AS german_understanding, l.speaking AS german_speaking,
              l.writing AS german_writing,
              (SELECT g.level FROM german_certificate g WHERE g.candidate_id = p.candidate_id
                ORDER BY g.issued_on DESC LIMIT 1) AS certificate_level
         FROM candidate_profile p
         LEFT JOIN town t ON t.ags = p.home_town_ags
         LEFT JOIN profile_language l ON l.candidate_id = p.candidate_id AND l.language = 'de'
        WHERE p.candidate_id = ANY($1::uuid[]) AND ${visibleToEmployersSql('p')}`,
      [ids],
    );
    if (rows.length === 0) return [];
    const evidence: Array<{
      candidate_id: string;
      concept_code: string;
      kind: EvidenceKind | null;
      level: string | null;
      confirmed: boolean;
    }> = await db.query(
      `SELECT c.candidate_id, c.concept_code, e.kind, e.level, e.confirmed_at IS NOT NULL AS confirmed
         FROM profile_competence c LEFT JOIN competence_evidence e ON e.competence_id = c.id
        WHERE c.candidate_id = ANY($1::uuid[])
        ORDER BY c.created_at, c.concept_code`,
      [rows.map((r) => r.id)],
    );
    const experience: Array<{ candidate_id: string; occupation_code: string }> = await db.query(
      `SELECT candidate_id, occupation_code FROM profile_experience WHERE candidate_id = ANY($1::uuid[])
        ORDER BY years DESC, id`,
      [rows.map((r) => r.id)],
    );
    const concepts = await loadConcepts(db, [
      ...evidence.map((e) => e.concept_code),
      ...rows.flatMap((r) => r.wished_occupations),
    ]);
    const competencesOf = new Map<string, Map<string, { mark: EvidenceMark; level: string | null }>>();
    for (const e of evidence) {
      const byCode =
        competencesOf.get(e.candidate_id) ?? new Map<string, { mark: EvidenceMark; level: string | null }>();
      competencesOf.set(e.candidate_id, byCode);
      // A competence without any evidence row counts as self-declared.
      const mark = e.kind ? markOf(e.kind, e.confirmed) : 'self';
      const current = byCode.get(e.concept_code);
      if (!current || EVIDENCE_RANK[mark] > EVIDENCE_RANK[current.mark])
        byCode.set(e.concept_code, { mark, level: e.level });
    }
    return rows.map((r) => {
      const byCode: Map<string, { mark: EvidenceMark; level: string | null }> =
        competencesOf.get(r.id) ?? new Map();
      const competenceDetails: IndexedCompetence[] = [...byCode.entries()].map(([code, { mark, level }]) => ({
        code,
        evidence: mark,
        level,
        labels: concepts.get(code)?.labels ?? {},
      }));
      const atLeast = (mark: EvidenceMark) =>
        competenceDetails.filter((c) => EVIDENCE_RANK[c.evidence] >= EVIDENCE_RANK[mark]).map((c) => c.code);
      const occupationDetails = r.wished_occupations.map((code) => ({
        code,
        labels: concepts.get(code)?.labels ?? {},
      }));
      const germanLevel = (r.german_overall ??
        r.german_speaking ??
        r.german_understanding ??
        r.certificate_level ??
        null) as CefrLevel | null;
      const availableFrom = isoDate(r.earliest_start);
      const publishedAt = isoTime(r.published_at);
      const updatedAt = isoTime(r.updated_at)!;
      const confirmedMs = new Date(r.confirmed_at).getTime();
      const doc: CandidateDocument = {
        id: r.id,
        pseudonym: r.pseudonym,
        competences: competenceDetails.map((c) => c.code),
        competencesObserved: atLeast('mentor'),
        competencesAssessed: atLeast('assessed'),
        competencesIba: atLeast('iba'),
        evidenceMarks: EVIDENCE_MARKS.filter((m) => competenceDetails.some((c) => c.evidence === m)),
        competenceDetails,
        competenceLabels: [...new Set(competenceDetails.flatMap((c) => labelTexts(c.labels)))],
        foldedLabels: foldedSpellings([
          ...competenceDetails.map((c) => c.labels.de?.text),
          ...occupationDetails.map((o) => o.labels.de?.text),
        ]),
        occupations: r.wished_occupations,
        occupationDetails,
        occupationLabels: [...new Set(occupationDetails.flatMap((o) => labelTexts(o.labels)))],
        experienceOccupations: [
          ...new Set(experience.filter((x) => x.candidate_id === r.id).map((x) => x.occupation_code)),
        ],
        occupationalFields: [
          ...new Set(
            r.wished_occupations.map((code) => {
              const concept = concepts.get(code);
              return occupationalField(concept?.curatedField, concept?.iscoGroup);
            }),
          ),
        ],
        germanLevel,
        germanRank: cefrRank(germanLevel),
        germanUnderstandingRank: cefrRank(r.german_understanding ?? germanLevel),
        germanSpeakingRank: cefrRank(r.german_speaking ?? germanLevel),
        germanWritingRank: cefrRank(r.german_writing ?? germanLevel),
        mathsLevel: r.maths_level,
        mathsRank: coreRank(r.maths_level),
        computerLevel: r.computer_level,
        computerRank: coreRank(r.computer_level),
        kindsWished: r.wished_kinds,
        availableFrom,
        availableFromDay: dayNumber(availableFrom),
        homeTownAgs: r.home_town_ags,
        homeTownName: r.town_name,
        travelKm: r.travel_km,
        drivingLicences: r.driving_licences,
        hasDrivingLicence: r.driving_licences.length > 0,
        mayWork: employerPermitView(r.work_permit),
        publishedAt,
        publishedAtTs: publishedAt ? Date.parse(publishedAt) : 0,
        updatedAt,
        updatedAtTs: Date.parse(updatedAt),
        visibleUntilTs: confirmedMs + VISIBLE_FOR_DAYS * 86_400_000,
      };
      return doc;
    });
  }
}
