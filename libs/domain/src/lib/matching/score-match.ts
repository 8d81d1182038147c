// The one scoring function of the matching exchange: offer × candidate → score and explanation.
import { CEFR_LEVELS, type CefrLevel } from '../cefr';
import { distanceKm } from '../companies';
import { employerPermitView, type EvidenceLike } from '../profile';
import {
  EVIDENCE_TIERS,
  GERMAN_PARTS,
  type AvailabilityFit,
  type CompetenceFit,
  type CoveredCompetence,
  type DistanceFit,
  type EvidenceTier,
  type ExclusionReason,
  type GermanPartFit,
  type LanguageFit,
  type LanguageFitCode,
  type MatchCandidate,
  type MatchComponent,
  type MatchCompetence,
  type MatchExplanation,
  type MatchOffer,
  type MatchResult,
  type RelatedCompetence,
  type TaxonomyRelations,
  type WishFit,
} from './match-types';

/** Every weight and threshold of the score, in one place. */
export const MATCH_WEIGHTS = {
  /** Share of each component in the score; they add up to 1. */
  components: {
    required: 0.4,
    niceToHave: 0.12,
    german: 0.2,
    distance: 0.13,
    availability: 0.07,
    wishes: 0.08,
  } satisfies Record<MatchComponent, number>,
  /** What a covered competence is worth by its strongest evidence (a confirmed assessment is worth 1). */
  evidence: { self: 0.55, mentor: 0.7, assessed: 0.85, confirmed: 1 } satisfies Record<EvidenceTier, number>,
  /** A related competence (another ESCO skill of the same occupation) counts this share of the exact one. */
  relatedFactor: 0.4,
  /**
   * Value of a competence list the offer leaves empty: nothing to judge the fit by, so a neutral half — an offer that
   * asks for nothing must not outrank one whose competences the candidate has, even self-declared ones.
   */
  emptyList: 0.5,
  german: {
    /** Component value by levels below the minimum: 0 = met, 1 = one level below, … */
    byGap: [1, 0.5, 0.15, 0] as readonly number[],
    /** A strict minimum excludes from this many levels below. */
    strictExcludeGap: 2,
  },
  distance: {
    /** Travel radius assumed when the candidate has not given one. */
    defaultTravelKm: 25,
    /** Inside the radius the value falls from 1 at 0 km to this at the radius. */
    atRadius: 0.7,
    /** Candidates stretch their radius by this factor for a fitting offer (value falls to 0 there). */
    stretchFactor: 1.5,
    /** Value when the offer's place or the candidate's home is not known. */
    unknown: 0.5,
  },
  availability: {
    /** Available this many days after the start the value has fallen to 0. */
    lateDaysToZero: 90,
    unknown: 0.75,
  },
  wishes: {
    kind: 0.5,
    occupation: 0.5,
    /** Same occupational field, not the wished occupation itself. */
    sameField: 0.6,
    /** Value of a part the candidate expressed no wish for. */
    noWish: 0.5,
  },
} as const;

/** The tier of one piece of evidence: provider assessments confirmed by Team IBA are the strongest. */
export function evidenceTier(evidence: EvidenceLike): EvidenceTier {
  if (evidence.kind === 'provider') return evidence.confirmedAt ? 'confirmed' : 'assessed';
  if (evidence.kind === 'mentor') return 'mentor';
  return 'self';
}

/** The strongest tier of a competence; a competence without evidence counts as declared by the candidate. */
export function strongestTier(evidence: readonly EvidenceLike[]): EvidenceTier {
  let best = 0;
  for (const e of evidence) best = Math.max(best, EVIDENCE_TIERS.indexOf(evidenceTier(e)));
  return EVIDENCE_TIERS[best]!;
}

const round = (value: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/**
 * An occupation's skills in code order and as a set, made once per list: a match list scores
 * hundreds of candidates against the same relations, and sorting a copy for each missing code
 * of each candidate was most of its time.
 */
const SORTED_SKILLS = new WeakMap<
  readonly string[],
  { sorted: readonly string[]; members: ReadonlySet<string> }
>();
function sortedSkills(skills: readonly string[]): {
  sorted: readonly string[];
  members: ReadonlySet<string>;
} {
  let entry = SORTED_SKILLS.get(skills);
  if (!entry) {
    entry = { sorted: [...skills].sort(), members: new Set(skills) };
    SORTED_SKILLS.set(skills, entry);
  }
  return entry;
}

function competenceFit(
  wanted: readonly string[],
  byCode: ReadonlyMap<string, MatchCompetence>,
  offerOccupation: string | null,
  relations: TaxonomyRelations | undefined,
): { fit: CompetenceFit; value: number } {
  const codes = [...new Set(wanted)].sort();
  const fit: CompetenceFit = { covered: [], related: [], missing: [] };
  if (codes.length === 0) return { fit, value: MATCH_WEIGHTS.emptyList };
  // Occupations to look for relations in: the offer's own first, then the others, in code order.
  const occupations = relations
    ? Object.keys(relations.occupationSkills).sort((a, b) =>
        a === offerOccupation ? -1 : b === offerOccupation ? 1 : a < b ? -1 : a > b ? 1 : 0,
      )
    : [];
  let sum = 0;
  for (const code of codes) {
    const own = byCode.get(code);
    if (own) {
      const evidence = strongestTier(own.evidence);
      const covered: CoveredCompetence = { code, evidence, weight: MATCH_WEIGHTS.evidence[evidence] };
      fit.covered.push(covered);
      sum += covered.weight;
      continue;
    }
    let best: RelatedCompetence | null = null;
    for (const occupationCode of occupations) {
      const skills = sortedSkills(relations!.occupationSkills[occupationCode]!);
      if (!skills.members.has(code)) continue;
      for (const via of skills.sorted) {
        const theirs = via === code ? undefined : byCode.get(via);
        if (!theirs) continue;
        const evidence = strongestTier(theirs.evidence);
        const weight = round(MATCH_WEIGHTS.relatedFactor * MATCH_WEIGHTS.evidence[evidence], 4);
        if (!best || weight > best.weight) best = { code, via, occupationCode, evidence, weight };
      }
    }
    if (best) {
      fit.related.push(best);
      sum += best.weight;
    } else {
      fit.missing.push(code);
    }
  }
  return { fit, value: sum / codes.length };
}

function levelIndex(level: CefrLevel | null): number {
  // No known level counts as one step below A1.
  return level === null ? -1 : CEFR_LEVELS.indexOf(level);
}

function languageFit(offer: MatchOffer, candidate: MatchCandidate): { fit: LanguageFit; value: number } {
  const parts: GermanPartFit[] = [];
  for (const part of GERMAN_PARTS) {
    const minimum = offer.germanMinimum[part];
    if (!minimum) continue;
    const german = candidate.german;
    const actual = german ? (german[part] ?? german.overall) : null;
    parts.push({ part, minimum, actual, gap: Math.max(0, levelIndex(minimum) - levelIndex(actual)) });
  }
  if (parts.length === 0) return { fit: { fit: 'no_minimum', strict: offer.germanStrict, parts }, value: 1 };
  const byGap = MATCH_WEIGHTS.german.byGap;
  const valueOf = (gap: number) => byGap[Math.min(gap, byGap.length - 1)]!;
  const value = parts.reduce((s, p) => s + valueOf(p.gap), 0) / parts.length;
  const worst = Math.max(...parts.map((p) => p.gap));
  const code: LanguageFitCode =
    worst === 0
      ? 'meets'
      : worst === 1
        ? 'slightly_below'
        : worst < MATCH_WEIGHTS.german.strictExcludeGap
          ? 'below'
          : 'far_below';
  return { fit: { fit: code, strict: offer.germanStrict, parts }, value };
}

function distanceFit(offer: MatchOffer, candidate: MatchCandidate): { fit: DistanceFit; value: number } {
  const w = MATCH_WEIGHTS.distance;
  const travelKm = candidate.travelKm ?? w.defaultTravelKm;
  const offerMaxKm = offer.maxDistanceKm;
  if (!offer.location || !candidate.home) {
    return { fit: { fit: 'unknown', km: null, travelKm, offerMaxKm }, value: w.unknown };
  }
  const km = distanceKm(candidate.home, offer.location);
  const stretch = travelKm * w.stretchFactor;
  let value: number;
  let fit: DistanceFit['fit'];
  if (km <= travelKm) {
    fit = 'within';
    value = travelKm === 0 ? 1 : 1 - (1 - w.atRadius) * (km / travelKm);
  } else if (km <= stretch) {
    fit = 'stretch';
    value = (w.atRadius * (stretch - km)) / (stretch - travelKm);
  } else if (offerMaxKm !== null && km <= offerMaxKm) {
    fit = 'offer_accepts';
    value = 0;
  } else {
    fit = 'beyond';
    value = 0;
  }
  return { fit: { fit, km: round(km, 1), travelKm, offerMaxKm }, value };
}

function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

function availabilityFit(
  offer: MatchOffer,
  candidate: MatchCandidate,
): { fit: AvailabilityFit; value: number } {
  const { startsOn } = offer;
  const { earliestStart } = candidate;
  const base = { startsOn, earliestStart, lateDays: 0 };
  if (!earliestStart) return { fit: { ...base, fit: 'unknown' }, value: MATCH_WEIGHTS.availability.unknown };
  if (!startsOn) return { fit: { ...base, fit: 'open_start' }, value: 1 };
  const lateDays = Math.max(0, dayNumber(earliestStart) - dayNumber(startsOn));
  if (lateDays === 0) return { fit: { ...base, fit: 'in_time' }, value: 1 };
  const value = Math.max(0, 1 - lateDays / MATCH_WEIGHTS.availability.lateDaysToZero);
  return { fit: { ...base, fit: 'late', lateDays }, value };
}

function wishFit(offer: MatchOffer, candidate: MatchCandidate): { fit: WishFit; value: number } {
  const w = MATCH_WEIGHTS.wishes;
  let kindValue: number;
  let kind: WishFit['kind'];
  if (candidate.wishedKinds.length === 0) [kind, kindValue] = ['no_wish', w.noWish];
  else if (candidate.wishedKinds.includes(offer.kind)) [kind, kindValue] = ['wished', 1];
  else [kind, kindValue] = ['not_wished', 0];
  let occupationValue: number;
  let occupation: WishFit['occupation'];
  if (candidate.wishedOccupations.length === 0) [occupation, occupationValue] = ['no_wish', w.noWish];
  else if (offer.occupationCode && candidate.wishedOccupations.includes(offer.occupationCode))
    [occupation, occupationValue] = ['occupation', 1];
  else if (offer.field && candidate.wishedFields.includes(offer.field))
    [occupation, occupationValue] = ['field', w.sameField];
  else [occupation, occupationValue] = ['other', 0];
  return { fit: { kind, occupation }, value: w.kind * kindValue + w.occupation * occupationValue };
}

/**
 * Scores how well a candidate fits an offer, in [0, 1], with a structured explanation (codes and
 * numbers only; the web app words it in the reader's language). Hard rules exclude: a candidate
 * who may not work, a distance beyond what both the candidate (stretched) and the firm accept,
 * German far below a minimum the employer marked strict. Pure and deterministic.
 */
export function scoreMatch(
  offer: MatchOffer,
  candidate: MatchCandidate,
  taxonomyRelations?: TaxonomyRelations,
): MatchResult {
  const byCode = new Map<string, MatchCompetence>();
  for (const c of candidate.competences) {
    const seen = byCode.get(c.code);
    byCode.set(c.code, seen ? { code: c.code, evidence: [...seen.evidence, ...c.evidence] } : c);
  }
  const required = competenceFit(offer.requiredCompetences, byCode, offer.occupationCode, taxonomyRelations);
  const niceToHave = competenceFit(
    offer.niceToHaveCompetences.filter((code) => !offer.requiredCompetences.includes(code)),
    byCode,
    offer.occupationCode,
    taxonomyRelations,
  );
  const language = languageFit(offer, candidate);
  const distance = distanceFit(offer, candidate);
  const availability = availabilityFit(offer, candidate);
  const wishes = wishFit(offer, candidate);

  const components: Record<MatchComponent, number> = {
    required: round(required.value, 4),
    niceToHave: round(niceToHave.value, 4),
    german: round(language.value, 4),
    distance: round(distance.value, 4),
    availability: round(availability.value, 4),
    wishes: round(wishes.value, 4),
  };
  const explanation: MatchExplanation = {
    required: required.fit,
    niceToHave: niceToHave.fit,
    language: language.fit,
    distance: distance.fit,
    availability: availability.fit,
    wishes: wishes.fit,
    workPermit: employerPermitView(candidate.workPermit),
    components,
  };

  const reasons: ExclusionReason[] = [];
  if (candidate.workPermit === 'not_permitted') reasons.push('may_not_work');
  if (distance.fit.fit === 'beyond') reasons.push('too_far');
  if (offer.germanStrict && language.fit.parts.some((p) => p.gap >= MATCH_WEIGHTS.german.strictExcludeGap))
    reasons.push('german_far_below');
  if (reasons.length > 0) return { excluded: true, reasons, score: 0, percent: 0, explanation };

  const weights = MATCH_WEIGHTS.components;
  let sum = 0;
  for (const key of Object.keys(weights) as MatchComponent[]) sum += weights[key] * components[key];
  const score = round(Math.min(1, Math.max(0, sum)), 4);
  return { excluded: false, score, percent: Math.round(score * 100), explanation };
}
