// Personal fair plans: each candidate's best-fitting exhibitors, walked in booth order, and the
// mentor groups' combined walk.
import type {
  CandidateFairPlan,
  ExhibitorFit,
  FairExhibitor,
  FairPlanItem,
  FairPlanOptions,
  MentorGroupPlan,
  PairingResult,
} from './types';

/** Booth order as on the fair's map: "2" before "10", "A7" before "B1". */
export function compareBooths(a: string, b: string): number {
  return a.localeCompare(b, 'de', { numeric: true, sensitivity: 'base' });
}

export interface FairPlans {
  candidates: CandidateFairPlan[];
  groups: MentorGroupPlan[];
}

export function planFair(
  exhibitors: FairExhibitor[],
  fits: ExhibitorFit[],
  pairing: PairingResult,
  candidateIds: string[],
  options: FairPlanOptions = {},
): FairPlans {
  const top = options.topExhibitors ?? 6;
  const minScore = options.minScore ?? 0;
  const byId = new Map(exhibitors.map((e) => [e.id, e]));
  const mentorOf = new Map(pairing.pairs.map((p) => [p.candidate, p.mentor]));
  // candidate → exhibitor → fitting offers
  const fitsOf = new Map<string, Map<string, ExhibitorFit[]>>();
  for (const fit of fits) {
    if (!byId.has(fit.exhibitor) || !(fit.score >= minScore)) continue;
    let perExhibitor = fitsOf.get(fit.candidate);
    if (!perExhibitor) fitsOf.set(fit.candidate, (perExhibitor = new Map()));
    const list = perExhibitor.get(fit.exhibitor) ?? [];
    list.push(fit);
    perExhibitor.set(fit.exhibitor, list);
  }

  const candidates: CandidateFairPlan[] = candidateIds.map((candidate) => {
    const items: FairPlanItem[] = [...(fitsOf.get(candidate) ?? new Map<string, ExhibitorFit[]>())].map(
      ([exhibitorId, list]) => {
        const exhibitor = byId.get(exhibitorId)!;
        const offers = [...list]
          .sort((a, b) => b.score - a.score)
          .map((f) => ({ offer: f.offer, score: f.score, explanation: f.explanation }));
        return { exhibitor: exhibitorId, name: exhibitor.name, booth: exhibitor.booth, score: offers[0].score, offers };
      },
    );
    const chosen = items
      .sort((a, b) => b.score - a.score || compareBooths(a.booth, b.booth))
      .slice(0, top)
      .sort((a, b) => compareBooths(a.booth, b.booth) || a.exhibitor.localeCompare(b.exhibitor));
    return { candidate, mentor: mentorOf.get(candidate) ?? null, items: chosen };
  });

  const planOf = new Map(candidates.map((p) => [p.candidate, p]));
  const groups: MentorGroupPlan[] = Object.keys(pairing.groupSizes).map((mentor) => {
    const members = pairing.pairs.filter((p) => p.mentor === mentor).map((p) => p.candidate);
    const plans = members.map((c) => planOf.get(c)).filter((p): p is CandidateFairPlan => p !== undefined);
    const booths = new Map<string, { exhibitor: string; name: string; booth: string; candidates: string[] }>();
    for (const plan of plans)
      for (const item of plan.items) {
        const stop = booths.get(item.exhibitor) ?? { exhibitor: item.exhibitor, name: item.name, booth: item.booth, candidates: [] };
        stop.candidates.push(plan.candidate);
        booths.set(item.exhibitor, stop);
      }
    return {
      mentor,
      candidates: members,
      plans,
      booths: [...booths.values()].sort((a, b) => compareBooths(a.booth, b.booth) || a.exhibitor.localeCompare(b.exhibitor)),
    };
  });
  return { candidates, groups };
}
