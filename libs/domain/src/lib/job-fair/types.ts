/**
 * Job fair with fair mentors ("Messepaten"): exhibitors at booths, mentors who each accompany a
 * few young people, and registered candidates. The coordinator pairs candidates with mentors and
 * every candidate gets a personal plan of the exhibitors that fit best, in booth order.
 */
import type { MatchExplanation } from '../matching';

export interface FairExhibitor {
  id: string;
  /** Shown on the plan (a firm registered in Passgenau or entered by hand for the fair). */
  name: string;
  /** Booth number as printed in the fair's map ("12", "A7", "Halle 2 / 14"); sorted numerically. */
  booth: string;
}

export interface FairMentor {
  id: string;
  /** Language codes the mentor speaks (e.g. `["de", "uk"]`). */
  languages: string[];
  /** How many young people the mentor can take (≥ 0). */
  capacity: number;
  /** Town the mentor lives in, for pairing people from the same town (optional). */
  town?: string | null;
}

export interface FairCandidate {
  id: string;
  languages: string[];
  town?: string | null;
}

/**
 * How well an exhibitor's offer fits a candidate: the matching score and its explanation
 * (score-match.ts). Only fitting pairs are passed in.
 */
export interface ExhibitorFit {
  exhibitor: string;
  candidate: string;
  /** 0..1 */
  score: number;
  /** The offer the score is for, when the exhibitor brings several. */
  offer?: { id: string; title: string };
  explanation?: MatchExplanation;
}

export interface PairingInput {
  mentors: FairMentor[];
  candidates: FairCandidate[];
  /** Pairs the coordinator fixed by hand (candidate id → mentor id); kept whenever possible. */
  fixed?: Record<string, string>;
}

export interface MentorPair {
  candidate: string;
  mentor: string;
  /** They share a language. */
  languageMatch: boolean;
  /** They come from the same town. */
  townMatch: boolean;
}

export interface PairingResult {
  pairs: MentorPair[];
  /** Candidates left without a mentor (all mentors full). */
  unpaired: string[];
  /** Group size per mentor id. */
  groupSizes: Record<string, number>;
  languageMatches: number;
  townMatches: number;
  /** Sum of squared group sizes (lower is more balanced). */
  imbalance: number;
}

export interface PairingConflict {
  code: 'unknown_candidate' | 'unknown_mentor' | 'duplicate_candidate' | 'over_capacity';
  candidate?: string;
  mentor?: string;
  detail: string;
}

export interface FairPlanItem {
  exhibitor: string;
  name: string;
  booth: string;
  /** Best score over the exhibitor's offers for this candidate. */
  score: number;
  /** The fitting offers, best first, with why each fits. */
  offers: { offer?: { id: string; title: string }; score: number; explanation?: MatchExplanation }[];
}

export interface CandidateFairPlan {
  candidate: string;
  mentor: string | null;
  /** The best-fitting exhibitors, in booth order. */
  items: FairPlanItem[];
}

export interface MentorGroupPlan {
  mentor: string;
  candidates: string[];
  plans: CandidateFairPlan[];
  /** The group's walk: every booth one of its candidates visits, in booth order, and who. */
  booths: { exhibitor: string; name: string; booth: string; candidates: string[] }[];
}

export interface FairPlanOptions {
  /** Exhibitors per personal plan (default 6). */
  topExhibitors?: number;
  /** Fits below this score are left out (default 0: every fitting pair may appear). */
  minScore?: number;
}
