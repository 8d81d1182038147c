/**
 * Pairing candidates with fair mentors as a min-cost maximum flow:
 *
 *   source → candidate (1) → mentor (1, cost by tier) → mentor's k-th seat (1, cost 2k − 1) → sink
 *
 * As many candidates as the mentors' capacities allow get a mentor; among those pairings the
 * flow minimises, lexicographically, (1) pairs without a shared language, (2) pairs from
 * different towns, (3) the sum of squared group sizes (the k-th seat costs 2k − 1, so a group of
 * size g costs g²: balanced groups). The tiers are weighted so a lower tier can never outweigh a
 * higher one. Pairs the coordinator fixed get a bonus larger than everything else.
 */
import { MinCostFlow } from './min-cost-flow';
import type { FairCandidate, FairMentor, MentorPair, PairingConflict, PairingInput, PairingResult } from './types';

const fold = (text: string | null | undefined) => (text ?? '').trim().toLocaleLowerCase('de');

export function sharesLanguage(candidate: FairCandidate, mentor: FairMentor): boolean {
  const spoken = new Set(mentor.languages.map(fold));
  return candidate.languages.some((l) => spoken.has(fold(l)));
}

export function sameTown(candidate: FairCandidate, mentor: FairMentor): boolean {
  const town = fold(candidate.town);
  return town !== '' && town === fold(mentor.town);
}

function validate(input: PairingInput): void {
  if (!Array.isArray(input?.mentors) || !Array.isArray(input?.candidates))
    throw new Error('invalid pairing input: mentors and candidates must be lists');
  const malformed = [...input.mentors, ...input.candidates].find(
    (p) => typeof p?.id !== 'string' || !Array.isArray(p.languages) || p.languages.some((l) => typeof l !== 'string'),
  );
  if (malformed) throw new Error(`invalid pairing input: every mentor and candidate needs an id and a list of languages`);
  const errors: string[] = [];
  const ids = new Set<string>();
  for (const m of input.mentors) {
    if (ids.has(m.id)) errors.push(`duplicate mentor ${m.id}`);
    ids.add(m.id);
    if (!Number.isInteger(m.capacity) || m.capacity < 0) errors.push(`mentor ${m.id}: capacity must be an integer ≥ 0`);
  }
  const candidates = new Set<string>();
  for (const c of input.candidates) {
    if (candidates.has(c.id)) errors.push(`duplicate candidate ${c.id}`);
    candidates.add(c.id);
  }
  for (const [c, m] of Object.entries(input.fixed ?? {})) {
    if (!candidates.has(c)) errors.push(`fixed pair for an unknown candidate ${c}`);
    if (!ids.has(m)) errors.push(`fixed pair with an unknown mentor ${m}`);
  }
  if (errors.length) throw new Error(`invalid pairing input: ${errors.join('; ')}`);
}

export function pairMentors(input: PairingInput): PairingResult {
  validate(input);
  const { mentors, candidates } = input;
  const fixed = input.fixed ?? {};
  const n = candidates.length;
  const balanceWeight = 1;
  const townWeight = n * n + 1; // more than any difference in Σ g² (≤ n²)
  const languageWeight = townWeight * (n + 1); // more than any difference in town costs
  const fixedBonus = languageWeight * (n + 1);

  // nodes: candidates 0..n−1, mentors n..n+M−1, source, sink, then every mentor's seats
  const source = n + mentors.length;
  const sink = source + 1;
  const seatBase = source + 2;
  const seatOf: number[] = [];
  let seats = 0;
  for (const m of mentors) {
    seatOf.push(seats);
    seats += m.capacity;
  }
  const flow = new MinCostFlow(seatBase + seats);
  candidates.forEach((_, c) => flow.edge(source, c, 1, 0));
  const pairEdges: { candidate: number; mentor: number; edge: number }[] = [];
  candidates.forEach((candidate, c) =>
    mentors.forEach((mentor, m) => {
      if (mentor.capacity === 0) return;
      const pinned = fixed[candidate.id];
      if (pinned !== undefined && pinned !== mentor.id) return;
      const cost =
        (sharesLanguage(candidate, mentor) ? 0 : languageWeight) +
        (sameTown(candidate, mentor) ? 0 : townWeight) -
        (pinned === mentor.id ? fixedBonus : 0);
      pairEdges.push({ candidate: c, mentor: m, edge: flow.edge(c, n + m, 1, cost) });
    }),
  );
  mentors.forEach((mentor, m) => {
    for (let k = 1; k <= mentor.capacity; k++) {
      const seat = seatBase + seatOf[m] + k - 1;
      flow.edge(n + m, seat, 1, balanceWeight * (2 * k - 1));
      flow.edge(seat, sink, 1, 0);
    }
  });
  flow.solve(source, sink);

  const pairs: MentorPair[] = [];
  const paired = new Set<number>();
  for (const e of pairEdges)
    if (flow.flowOn(e.edge) > 0) {
      paired.add(e.candidate);
      const candidate = candidates[e.candidate];
      const mentor = mentors[e.mentor];
      pairs.push({
        candidate: candidate.id,
        mentor: mentor.id,
        languageMatch: sharesLanguage(candidate, mentor),
        townMatch: sameTown(candidate, mentor),
      });
    }
  return summarisePairing(input, pairs, candidates.filter((_, c) => !paired.has(c)).map((c) => c.id));
}

/** The figures of a pairing (also for one the coordinator edited). */
export function summarisePairing(input: PairingInput, pairs: MentorPair[], unpaired: string[]): PairingResult {
  const groupSizes: Record<string, number> = Object.fromEntries(input.mentors.map((m) => [m.id, 0]));
  for (const p of pairs) groupSizes[p.mentor] = (groupSizes[p.mentor] ?? 0) + 1;
  return {
    pairs,
    unpaired,
    groupSizes,
    languageMatches: pairs.filter((p) => p.languageMatch).length,
    townMatches: pairs.filter((p) => p.townMatch).length,
    imbalance: Object.values(groupSizes).reduce((sum, g) => sum + g * g, 0),
  };
}

/** Conflicts of a (hand-edited) pairing: unknown people, a candidate twice, a mentor over capacity. */
export function checkPairing(input: PairingInput, pairs: { candidate: string; mentor: string }[]): PairingConflict[] {
  const conflicts: PairingConflict[] = [];
  const mentors = new Map(input.mentors.map((m) => [m.id, m]));
  const candidates = new Set(input.candidates.map((c) => c.id));
  const seen = new Set<string>();
  const sizes = new Map<string, number>();
  for (const { candidate, mentor } of pairs) {
    if (!candidates.has(candidate)) conflicts.push({ code: 'unknown_candidate', candidate, detail: `no candidate ${candidate}` });
    else if (seen.has(candidate))
      conflicts.push({ code: 'duplicate_candidate', candidate, detail: `${candidate} has more than one mentor` });
    seen.add(candidate);
    if (!mentors.has(mentor)) conflicts.push({ code: 'unknown_mentor', mentor, detail: `no mentor ${mentor}` });
    else sizes.set(mentor, (sizes.get(mentor) ?? 0) + 1);
  }
  for (const [mentor, size] of sizes) {
    const capacity = mentors.get(mentor)!.capacity;
    if (size > capacity)
      conflicts.push({ code: 'over_capacity', mentor, detail: `${mentor} has ${size} young people, can take ${capacity}` });
  }
  return conflicts;
}
