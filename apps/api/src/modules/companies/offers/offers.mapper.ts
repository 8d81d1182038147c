import { highestGermanMinimum, occupationalField, type RecordSource } from '@passgenau/domain';
import type { ConceptInfo } from '../../taxonomy/concept-labels';
import { toSiteResponse } from '../profile/companies.mapper';
import type { SiteRow } from '../profile/companies.repository';
import type {
  ConceptRefResponse,
  GermanMinimumResponse,
  OccupationRefResponse,
  OfferResponse,
} from './dto/offer.response';
import type { CompetenceRow, OfferRow } from './offers.repository';

export function germanMinimumOf(row: OfferRow): GermanMinimumResponse {
  const minimum = {
    overall: row.german_overall,
    understanding: row.german_understanding,
    speaking: row.german_speaking,
    writing: row.german_writing,
  };
  return { ...minimum, highest: highestGermanMinimum(minimum) };
}

export function conceptRef(code: string, concepts: Map<string, ConceptInfo>): ConceptRefResponse {
  return { code, labels: concepts.get(code)?.labels ?? {} };
}

export function occupationRef(
  code: string | null,
  concepts: Map<string, ConceptInfo>,
): OccupationRefResponse | null {
  if (!code) return null;
  const concept = concepts.get(code);
  return {
    code,
    labels: concept?.labels ?? {},
    iscoGroup: concept?.iscoGroup ?? null,
    field: occupationalField(concept?.curatedField, concept?.iscoGroup),
  };
}

export function hoursOf(row: OfferRow): number | null {
  return row.hours_per_week === null ? null : Number(row.hours_per_week);
}

export function toOfferResponse(
  row: OfferRow,
  competences: CompetenceRow[],
  concepts: Map<string, ConceptInfo>,
  site: SiteRow | null,
): OfferResponse {
  return {
    id: row.id,
    companyId: row.company_id,
    companyName: row.company_name,
    kind: row.kind,
    title: row.title,
    description: row.description,
    descriptionLang: row.description_lang,
    occupation: occupationRef(row.occupation_code, concepts),
    occupationMapping: row.occupation_mapping,
    occupationText: row.occupation_text,
    requiredCompetences: competences.filter((c) => c.required).map((c) => conceptRef(c.skill_code, concepts)),
    niceToHaveCompetences: competences
      .filter((c) => !c.required)
      .map((c) => conceptRef(c.skill_code, concepts)),
    germanMinimum: germanMinimumOf(row),
    helpfulLanguages: row.helpful_languages,
    suitableForCareerChangers: row.suitable_for_career_changers,
    germanStrict: row.german_strict,
    maxDistanceKm: row.max_distance_km,
    site: site ? toSiteResponse(site) : null,
    startsOn: row.starts_on,
    hoursPerWeek: hoursOf(row),
    durationWeeks: row.duration_weeks,
    places: row.places,
    status: row.status,
    closesOn: row.closes_on,
    listed: row.listed,
    publishedAt: row.published_at?.toISOString() ?? null,
    source: row.source as RecordSource,
    externalRef: row.external_ref,
    externalUrl: row.external_url,
    interestCount: row.interest_count,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
