import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  MATCH_WEIGHTS,
  occupationalField,
  type CefrLevel,
  type EvidenceKind,
  type EvidenceLevel,
  type MatchCandidate,
  type MatchOffer,
  type OccupationalField,
  type OfferKind,
  type WorkKind,
  type WorkPermit,
} from '@passgenau/domain';
import { visibleToEmployersSql } from '../candidates/candidate-access.service';
import { distanceKmSql } from '../companies/geo.sql';
import { listedOfferSql } from '../../common/listed-offer.sql';

/** An offer with what the score needs, and who owns it. */
export interface OfferForMatching {
  id: string;
  companyId: string;
  companyName: string;
  title: string;
  place: string | null;
  listed: boolean;
  input: MatchOffer;
}

export interface CandidateForMatching {
  candidateId: string;
  pseudonym: string;
  townName: string | null;
  input: MatchCandidate;
}

/** What recall needs of an offer: its codes, place and how far candidates may live. */
export interface OfferRecallInput {
  codes: string[];
  /** The offer's required competences (among `codes`): recall looks for them first. */
  required?: string[];
  occupationCode: string | null;
  location: { lat: number; lon: number } | null;
  maxDistanceKm: number | null;
}

export interface CandidateRecallInput {
  codes: string[];
  wishedOccupations: string[];
  home: { lat: number; lon: number } | null;
  travelKm: number | null;
}

// Where the work is: the offer's site, else the firm's main site.
const OFFER_PLACE = `LEFT JOIN company_site s ON s.id = o.site_id
  LEFT JOIN LATERAL (SELECT m.lat, m.lon, m.locality, m.town_ags FROM company_site m
                      WHERE m.company_id = o.company_id AND m.is_main ORDER BY m.created_at LIMIT 1) ms ON o.site_id IS NULL
  LEFT JOIN town st ON st.ags = coalesce(s.town_ags, ms.town_ags)`;
const OFFER_LAT = 'coalesce(s.lat, ms.lat)';
const OFFER_LON = 'coalesce(s.lon, ms.lon)';

/** The queries of matching: scoring inputs by id and the PostgreSQL recall. */
@Injectable()
export class MatchingRepository {
  constructor(private readonly dataSource: DataSource) {}

  async offers(ids: string[]): Promise<OfferForMatching[]> {
    if (ids.length === 0) return [];
    const rows: Array<{
      id: string;
      company_id: string;
      company_name: string;
      title: string;
      kind: OfferKind;
      occupation_code: string | null;
      curated_field: string | null;
      isco_group: string | null;
      german_overall: CefrLevel | null;
      german_understanding: CefrLevel | null;
      german_speaking: CefrLevel | null;
      german_writing: CefrLevel | null;
      german_strict: boolean;
      max_distance_km: number | null;
      starts_on: string | null;
      listed: boolean;
      lat: number | null;
      lon: number | null;
      place: string | null;
      required: string[];
      nice: string[];
    }> = await this.dataSource.query(
      `SELECT o.id, o.company_id, c.name AS company_name, o.title, o.kind, o.occupation_code,
              oc.curated_field, oc.isco_group, o.german_overall, o.german_understanding, o.german_speaking,
              o.german_writing, o.german_strict, o.max_distance_km, o.starts_on::text AS starts_on,
              ${listedOfferSql('o')} AS listed, ${OFFER_LAT} AS lat, ${OFFER_LON} AS lon,
              coalesce(st.name, s.locality, ms.locality) AS place,
              ARRAY(SELECT k.skill_code FROM offer_competence k WHERE k.offer_id = o.id AND k.required ORDER BY 1) AS required,
              ARRAY(SELECT k.skill_code FROM offer_competence k WHERE k.offer_id = o.id AND NOT k.required ORDER BY 1) AS nice
         FROM offer o JOIN company c ON c.id = o.company_id
         LEFT JOIN taxonomy_concept oc ON oc.code = o.occupation_code
         ${OFFER_PLACE}
        WHERE o.id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => {
      const r = byId.get(id);
      if (!r) return [];
      return [
        {
          id: r.id,
          companyId: r.company_id,
          companyName: r.company_name,
          title: r.title,
          place: r.place,
          listed: r.listed,
          input: {
            kind: r.kind,
            occupationCode: r.occupation_code,
            field: r.occupation_code ? occupationalField(r.curated_field, r.isco_group) : null,
            requiredCompetences: r.required,
            niceToHaveCompetences: r.nice,
            germanMinimum: {
              overall: r.german_overall,
              understanding: r.german_understanding,
              speaking: r.german_speaking,
              writing: r.german_writing,
            },
            germanStrict: r.german_strict,
            location: r.lat === null || r.lon === null ? null : { lat: r.lat, lon: r.lon },
            maxDistanceKm: r.max_distance_km,
            startsOn: r.starts_on,
          },
        },
      ];
    });
  }

  /** The firm's name and its offers on the job board now, or null when there is no such firm. */
  async companyWithListedOffers(companyId: string): Promise<{ name: string; offerIds: string[] } | null> {
    const rows: Array<{ name: string; offer_ids: string[] }> = await this.dataSource.query(
      `SELECT c.name,
              ARRAY(SELECT o.id::text FROM offer o WHERE o.company_id = c.id AND ${listedOfferSql('o')} ORDER BY o.created_at, o.id) AS offer_ids
         FROM company c WHERE c.id = $1`,
      [companyId],
    );
    return rows[0] ? { name: rows[0].name, offerIds: rows[0].offer_ids } : null;
  }

  async candidates(ids: string[]): Promise<CandidateForMatching[]> {
    if (ids.length === 0) return [];
    const [rows, competences]: [
      Array<{
        candidate_id: string;
        pseudonym: string;
        work_permit: WorkPermit;
        travel_km: number | null;
        earliest_start: string | null;
        wished_kinds: WorkKind[];
        wished_occupations: string[];
        wished_fields: Array<{ curated_field: string | null; isco_group: string | null }>;
        town_name: string | null;
        lat: number | null;
        lon: number | null;
        overall: CefrLevel | null;
        understanding: CefrLevel | null;
        speaking: CefrLevel | null;
        writing: CefrLevel | null;
        has_german: boolean;
      }>,
      Array<{
        candidate_id: string;
        competences: Array<{
          code: string;
          evidence: Array<{ kind: EvidenceKind; level: EvidenceLevel | null; confirmedAt: string | null }>;
        }>;
      }>,
    ] = await Promise.all([
      this.dataSource.query(
        `SELECT p.candidate_id, p.pseudonym, p.work_permit, p.travel_km, p.earliest_start::text AS earliest_start,
                p.wished_kinds, p.wished_occupations, t.name AS town_name, t.lat, t.lon,
                l.overall, l.understanding, l.speaking, l.writing, l.id IS NOT NULL AS has_german,
                coalesce((SELECT json_agg(json_build_object('curated_field', wc.curated_field, 'isco_group', wc.isco_group))
                            FROM taxonomy_concept wc WHERE wc.code = ANY(p.wished_occupations)), '[]') AS wished_fields
           FROM candidate_profile p
           LEFT JOIN town t ON t.ags = p.home_town_ags
           LEFT JOIN profile_language l ON l.candidate_id = p.candidate_id AND l.language = 'de'
          WHERE p.candidate_id = ANY($1::uuid[])`,
        [ids],
      ),
      this.dataSource.query(
        // Evidence per competence by its index (a join made the planner scan all evidence rows);
        // one row per candidate: a match list reads hundreds, and rows cost more than JSON.
        `SELECT c.candidate_id,
                json_agg(json_build_object('code', c.concept_code, 'evidence',
                  coalesce((SELECT json_agg(json_build_object('kind', e.kind, 'level', e.level, 'confirmedAt', e.confirmed_at))
                              FROM competence_evidence e WHERE e.competence_id = c.id), '[]'))) AS competences
           FROM profile_competence c
          WHERE c.candidate_id = ANY($1::uuid[])
          GROUP BY c.candidate_id`,
        [ids],
      ),
    ]);
    const byId = new Map(rows.map((r) => [r.candidate_id, r]));
    const competencesOf = new Map(competences.map((c) => [c.candidate_id, c.competences]));
    return ids.flatMap((id) => {
      const r = byId.get(id);
      if (!r) return [];
      const fields = [
        ...new Set(r.wished_fields.map((f) => occupationalField(f.curated_field, f.isco_group))),
      ] as OccupationalField[];
      return [
        {
          candidateId: r.candidate_id,
          pseudonym: r.pseudonym,
          townName: r.town_name,
          input: {
            workPermit: r.work_permit,
            competences: (competencesOf.get(id) ?? []).map((c) => ({ code: c.code, evidence: c.evidence })),
            german: r.has_german
              ? {
                  overall: r.overall,
                  understanding: r.understanding,
                  speaking: r.speaking,
                  writing: r.writing,
                }
              : null,
            home: r.lat === null || r.lon === null ? null : { lat: r.lat, lon: r.lon },
            travelKm: r.travel_km,
            earliestStart: r.earliest_start,
            wishedKinds: r.wished_kinds,
            wishedOccupations: r.wished_occupations,
            wishedFields: fields,
          },
        },
      ];
    });
  }

  /** The ESCO skill codes of each occupation. */
  async occupationSkills(occupationCodes: string[]): Promise<Record<string, string[]>> {
    const codes = [...new Set(occupationCodes)];
    if (codes.length === 0) return {};
    const rows: Array<{ occupation_code: string; skills: string[] }> = await this.dataSource.query(
      `SELECT occupation_code, array_agg(skill_code ORDER BY skill_code) AS skills
         FROM occupation_skill WHERE occupation_code = ANY($1) GROUP BY occupation_code`,
      [codes],
    );
    return Object.fromEntries(rows.map((r) => [r.occupation_code, r.skills]));
  }

  /** Occupations that list any of these skills among their ESCO skills (at most `limit`). */
  async occupationsWithSkills(skillCodes: string[], limit: number): Promise<string[]> {
    if (skillCodes.length === 0) return [];
    const rows: Array<{ occupation_code: string }> = await this.dataSource.query(
      `SELECT DISTINCT occupation_code FROM occupation_skill WHERE skill_code = ANY($1) ORDER BY 1 LIMIT $2`,
      [skillCodes, limit],
    );
    return rows.map((r) => r.occupation_code);
  }

  /** Of these candidates, those who blocked the firm (contact requests): they are not its matches. */
  async blockedBy(companyId: string, candidateIds: string[]): Promise<Set<string>> {
    if (candidateIds.length === 0) return new Set();
    const rows: Array<{ candidate_id: string }> = await this.dataSource.query(
      `SELECT candidate_id FROM contact_block WHERE company_id = $1 AND candidate_id = ANY($2::uuid[])`,
      [companyId, candidateIds],
    );
    return new Set(rows.map((r) => r.candidate_id));
  }

  /** The candidate behind a pseudonym while employers may see the profile. */
  async visibleCandidateByPseudonym(pseudonym: string): Promise<string | null> {
    const [row] = await this.dataSource.query(
      `SELECT p.candidate_id FROM candidate_profile p WHERE p.pseudonym = $1 AND ${visibleToEmployersSql('p')}`,
      [pseudonym],
    );
    return row?.candidate_id ?? null;
  }

  /**
   * Recall in PostgreSQL: visible profiles of people who may work, living within what they or the
   * firm accept, with any of the codes (as competence, wished occupation or experience).
   */
  async recallCandidates(offer: OfferRecallInput, limit: number): Promise<string[]> {
    const params: unknown[] = [offer.codes, offer.occupationCode, limit];
    let distance = '';
    if (offer.location) {
      params.push(offer.location.lat, offer.location.lon, offer.maxDistanceKm ?? 0);
      const km = distanceKmSql('t.lat', 't.lon', '$4', '$5');
      const w = MATCH_WEIGHTS.distance;
      distance = `AND (t.lat IS NULL OR ${km} <= greatest(coalesce(p.travel_km, ${Number(w.defaultTravelKm)}) * ${Number(w.stretchFactor)}, $6::float8))`;
    }
    const rows: Array<{ candidate_id: string }> = await this.dataSource.query(
      `SELECT p.candidate_id FROM candidate_profile p LEFT JOIN town t ON t.ags = p.home_town_ags
        WHERE ${visibleToEmployersSql('p')} AND p.work_permit <> 'not_permitted' ${distance}
          AND (EXISTS (SELECT 1 FROM profile_competence c WHERE c.candidate_id = p.candidate_id AND c.concept_code = ANY($1::text[]))
               OR $2::text = ANY(p.wished_occupations)
               OR EXISTS (SELECT 1 FROM profile_experience x WHERE x.candidate_id = p.candidate_id AND x.occupation_code = $2::text))
        ORDER BY p.confirmed_at DESC, p.candidate_id LIMIT $3`,
      params,
    );
    return rows.map((r) => r.candidate_id);
  }

  /** Recall in PostgreSQL: offers on the job board with any of the codes, within reach. */
  async recallOffers(candidate: CandidateRecallInput, limit: number): Promise<string[]> {
    const params: unknown[] = [candidate.codes, candidate.wishedOccupations, limit];
    let distance = '';
    if (candidate.home) {
      const w = MATCH_WEIGHTS.distance;
      params.push(
        candidate.home.lat,
        candidate.home.lon,
        (candidate.travelKm ?? w.defaultTravelKm) * w.stretchFactor,
      );
      const km = distanceKmSql(OFFER_LAT, OFFER_LON, '$4', '$5');
      distance = `AND (${OFFER_LAT} IS NULL OR ${km} <= greatest($6::float8, coalesce(o.max_distance_km, 0)))`;
    }
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT o.id FROM offer o ${OFFER_PLACE}
        WHERE ${listedOfferSql('o')} ${distance}
          AND (EXISTS (SELECT 1 FROM offer_competence k WHERE k.offer_id = o.id AND k.skill_code = ANY($1::text[]))
               OR o.occupation_code = ANY($2::text[])
               OR o.occupation_code IN (SELECT os.occupation_code FROM occupation_skill os WHERE os.skill_code = ANY($1::text[])))
        ORDER BY coalesce(o.published_at, o.created_at) DESC, o.id LIMIT $3`,
      params,
    );
    return rows.map((r) => r.id);
  }
}
