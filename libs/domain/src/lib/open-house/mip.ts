/**
 * The open-house day as a time-expanded MIP for HiGHS, and its LP relaxation as a bound.
 *
 *   x_o ∈ {0, 1} for every visit o a party could make on its own (see options.ts)
 *   Σ_{o in slot} size(o) · x_o ≤ capacity                   every slot of every site
 *   Σ_{o of p} x_o ≤ maxVisits(p)                             every party
 *   Σ_{o of p at site s} x_o ≤ 1                              every party and site
 *   Σ_{o of p : τ ∈ [start_o, end_o + δ_o)} x_o ≤ 1           every party and start time τ
 *   x_a + x_b ≤ 1                                             two visits of p that no order allows
 *                                                             and the rows above do not exclude
 *   y_m ≤ Σ_{o fitting m} x_o, y_m ≤ 1                        every candidate (coverage)
 *
 * δ_o is the shortest trip from o's site to any other site the party could visit: two visits of a
 * feasible route are at least that far apart, so the stretched intervals of a route never meet
 * and each clique row holds for every plan. With the pair rows the model is exact: a set of
 * visits is a route exactly when every two of them can follow each other in time order (trip
 * times obey the triangle inequality). Objectives: the score Σ score_o x_o, possibly subject to
 * Σ y ≥ a coverage floor, or the coverage Σ y.
 */
import type { HighsLike } from '../speed-dating';
import { runLp } from '../speed-dating/schedule';
import type { CompiledInstance } from './compile';
import type { Option } from './options';

export interface OpenHouseModel {
  text: string;
  /** Column name of every option. */
  names: Map<Option, string>;
  /** Coverage column of every candidate who fits some option. */
  members: Map<string, string>;
}

export function buildModel(
  compiled: CompiledInstance,
  options: Option[][],
  objective: 'score' | 'coverage',
  settings: { integer?: boolean; coverageAtLeast?: number } = {},
): OpenHouseModel {
  const rows: string[] = [];
  const terms: string[] = [];
  const names = new Map<Option, string>();
  const bySlot = new Map<number, { site: number; terms: string[] }>();
  const byMember = new Map<string, string[]>();
  let k = 0;
  options.forEach((opts, p) => {
    const party = compiled.parties[p];
    if (opts.length === 0 || !party.travel) return;
    const mode = party.travel.mode;
    const name = (o: Option) => names.get(o)!;
    for (const o of opts) {
      const x = `x${k++}`;
      names.set(o, x);
      const slot = bySlot.get(o.slot) ?? { site: o.site, terms: [] };
      slot.terms.push(`${party.size} ${x}`);
      bySlot.set(o.slot, slot);
      if (objective === 'score' && o.score > 0) terms.push(`${o.score} ${x}`);
      for (const m of o.fitting) {
        const list = byMember.get(m) ?? [];
        list.push(x);
        byMember.set(m, list);
      }
    }
    if (opts.length > party.travel.maxVisits) rows.push(`${opts.map(name).join(' + ')} <= ${party.travel.maxVisits}`);
    const sites = [...new Set(opts.map((o) => o.site))];
    for (const s of sites) {
      const here = opts.filter((o) => o.site === s);
      if (here.length > 1) rows.push(`${here.map(name).join(' + ')} <= 1`);
    }
    const leave = new Map(
      sites.map((s) => {
        const trips = sites.filter((t) => t !== s).map((t) => compiled.siteToSite(s, t, mode));
        return [s, trips.length ? Math.min(...trips) : 0];
      }),
    );
    const stretchedEnd = (o: Option) => o.end + leave.get(o.site)!;
    for (const tau of [...new Set(opts.map((o) => o.start))]) {
      const clique = opts.filter((o) => o.start <= tau && tau < stretchedEnd(o));
      if (clique.length > 1 && new Set(clique.map((o) => o.site)).size > 1) rows.push(`${clique.map(name).join(' + ')} <= 1`);
    }
    if (settings.integer)
      for (let i = 0; i < opts.length; i++)
        for (let j = i + 1; j < opts.length; j++) {
          const [a, b] = opts[i].start <= opts[j].start ? [opts[i], opts[j]] : [opts[j], opts[i]];
          if (a.site === b.site || stretchedEnd(a) > b.start) continue; // already excluded by a row above
          if (a.end + compiled.siteToSite(a.site, b.site, mode) > b.start) rows.push(`${name(a)} + ${name(b)} <= 1`);
        }
  });
  for (const { site, terms: load } of bySlot.values()) rows.push(`${load.join(' + ')} <= ${compiled.sites[site].site.capacity}`);
  const members = new Map<string, string>();
  if (objective === 'coverage' || settings.coverageAtLeast !== undefined) {
    [...byMember].forEach(([m, xs], i) => {
      members.set(m, `y${i}`);
      if (objective === 'coverage') terms.push(`1 y${i}`);
      rows.push(`y${i} - ${xs.join(' - ')} <= 0`);
    });
    if (settings.coverageAtLeast !== undefined && members.size > 0)
      rows.push(`${[...members.values()].join(' + ')} >= ${settings.coverageAtLeast}`);
  }
  const lines = ['Maximize', ` obj: ${terms.length ? terms.join(' + ') : '0 x0'}`, 'Subject To'];
  rows.forEach((row, i) => lines.push(` r${i}: ${row}`));
  if (rows.length === 0) lines.push(' r_empty: 0 x0 >= 0');
  lines.push('Bounds');
  for (let i = 0; i < k; i++) lines.push(` 0 <= x${i} <= 1`);
  for (const y of members.values()) lines.push(` 0 <= ${y} <= 1`);
  if (k === 0) lines.push(' x0 = 0');
  if (settings.integer && k > 0) {
    lines.push('Binaries');
    for (let i = 0; i < k; i += 40)
      lines.push(' ' + Array.from({ length: Math.min(40, k - i) }, (_, j) => `x${i + j}`).join(' '));
  }
  lines.push('End');
  return { text: lines.join('\n'), names, members };
}

/** The LP optimum, or null when HiGHS did not prove it within the time (then no bound from it). */
export function lpBound(
  highs: HighsLike,
  compiled: CompiledInstance,
  options: Option[][],
  objective: 'score' | 'coverage',
  timeLimitSeconds: number,
): number | null {
  const value = runLp(highs, buildModel(compiled, options, objective).text, timeLimitSeconds);
  return value === null || !Number.isFinite(value) ? null : value;
}

const MODEL_STATUS_OPTIMAL = 7;
const PRIMAL_FEASIBLE = 2;

export interface MipRun {
  /** Chosen options, or null when the solver found no solution in time. */
  chosen: Option[] | null;
  /** The solver's bound on the score (Infinity when it has none). */
  dualBound: number;
  optimal: boolean;
}

/**
 * Maximises the score among plans with at least `coverageAtLeast` candidates reached, starting
 * from `start` (the heuristic's visits); stops at the time limit or the relative gap.
 */
export function solveMip(
  highs: HighsLike,
  compiled: CompiledInstance,
  options: Option[][],
  start: Option[],
  coverageAtLeast: number,
  timeLimitSeconds: number,
  relativeGap: number,
): MipRun {
  const model = buildModel(compiled, options, 'score', { integer: true, coverageAtLeast });
  const solver = highs.createModel({ format: 'lp', data: model.text });
  try {
    solver.options.set({ output_flag: false, time_limit: Math.max(0.05, timeLimitSeconds), mip_rel_gap: relativeGap });
    const chosen = new Set(start);
    const reached = new Set(start.flatMap((o) => o.fitting));
    const indices: number[] = [];
    const values: number[] = [];
    for (const [o, name] of model.names) {
      const i = solver.getColByName(name);
      if (i === undefined) continue;
      indices.push(i);
      values.push(chosen.has(o) ? 1 : 0);
    }
    for (const [m, name] of model.members) {
      const i = solver.getColByName(name);
      if (i === undefined) continue;
      indices.push(i);
      values.push(reached.has(m) ? 1 : 0);
    }
    try {
      solver.setSolution({ indices: Int32Array.from(indices), values: Float64Array.from(values) });
    } catch {
      // a start the solver does not take is only a lost hint
    }
    solver.run();
    const dual = Number(solver.info.get('mip_dual_bound'));
    const dualBound = Number.isFinite(dual) ? dual : Infinity;
    if (Number(solver.info.get('primal_solution_status') ?? 0) !== PRIMAL_FEASIBLE)
      return { chosen: null, dualBound, optimal: false };
    const columns = solver.getSolution().colValue;
    const picked: Option[] = [];
    for (const [o, name] of model.names) {
      const i = solver.getColByName(name);
      if (i !== undefined && (columns[i] ?? 0) > 0.5) picked.push(o);
    }
    return { chosen: picked, dualBound, optimal: solver.getModelStatus() === MODEL_STATUS_OPTIMAL };
  } finally {
    solver.dispose();
  }
}
