/**
 * Maximum-weight bipartite b-matching as a min-cost flow, solved by successive shortest paths
 * (Dijkstra with Johnson potentials). Weights are scaled to integers so the arithmetic is exact.
 *
 * source → firm (capacity firmCap[f]) → candidate (capacity 1, cost −w) → sink (capacity
 * candidateCap[c]). Augmenting stops as soon as the cheapest path no longer has negative cost:
 * the marginal cost of the flow is non-decreasing, so the flow then has maximum weight.
 */
export interface FlowEdgeInput {
  firm: number;
  candidate: number;
  weight: number;
}

export const WEIGHT_SCALE = 1e6;

export function maxWeightBMatching(
  firmCount: number,
  candidateCount: number,
  edges: FlowEdgeInput[],
  firmCap: number[],
  candidateCap: number[],
): number[] {
  const n = firmCount + candidateCount + 2;
  const source = n - 2;
  const sink = n - 1;
  // residual graph as arrays
  const to: number[] = [];
  const cap: number[] = [];
  const cost: number[] = [];
  const head = new Array<number>(n).fill(-1);
  const next: number[] = [];
  const addEdge = (u: number, v: number, c: number, w: number): number => {
    const id = to.length;
    to.push(v, u);
    cap.push(c, 0);
    cost.push(w, -w);
    next.push(head[u], head[v]);
    head[u] = id;
    head[v] = id + 1;
    return id;
  };
  for (let f = 0; f < firmCount; f++) if (firmCap[f] > 0) addEdge(source, f, firmCap[f], 0);
  for (let c = 0; c < candidateCount; c++)
    if (candidateCap[c] > 0) addEdge(firmCount + c, sink, candidateCap[c], 0);
  const pairEdge: number[] = edges.map((e) =>
    e.weight > 0 ? addEdge(e.firm, firmCount + e.candidate, 1, -Math.round(e.weight * WEIGHT_SCALE)) : -1,
  );
  // typed arrays for the hot loop
  const m = to.length;
  const To = Int32Array.from(to);
  const Next = Int32Array.from(next);
  const Cap = Int32Array.from(cap);
  const Cost = Float64Array.from(cost);
  const Head = Int32Array.from(head);
  // initial potentials: shortest distances in the DAG source → firms → candidates → sink
  const INF = Number.MAX_SAFE_INTEGER;
  const pot = new Float64Array(n);
  for (let id = 0; id < m; id += 2) {
    const u = To[id + 1];
    const v = To[id];
    if (u < firmCount && v >= firmCount && v < firmCount + candidateCount)
      pot[v] = Math.min(pot[v], Cost[id]);
  }
  for (let c = 0; c < candidateCount; c++) pot[sink] = Math.min(pot[sink], pot[firmCount + c]);
  const dist = new Float64Array(n);
  const prevEdge = new Int32Array(n);
  const done = new Uint8Array(n);
  for (;;) {
    dist.fill(INF);
    done.fill(0);
    prevEdge.fill(-1);
    dist[source] = 0;
    for (;;) {
      let u = -1;
      let best = INF;
      for (let v = 0; v < n; v++) {
        if (done[v] === 0 && dist[v] < best) {
          best = dist[v];
          u = v;
        }
      }
      if (u === -1) break;
      done[u] = 1;
      if (u === sink) break; // nodes not settled have dist ≥ dist[sink]; see the potential update
      const du = dist[u] + pot[u];
      for (let id = Head[u]; id !== -1; id = Next[id]) {
        if (Cap[id] <= 0) continue;
        const v = To[id];
        const nd = du + Cost[id] - pot[v];
        if (nd < dist[v]) {
          dist[v] = nd;
          prevEdge[v] = id;
        }
      }
    }
    if (dist[sink] === INF) break;
    const realCost = dist[sink] - pot[source] + pot[sink];
    if (realCost >= 0) break;
    const D = dist[sink];
    // capping at D keeps every reduced cost ≥ 0, also for nodes Dijkstra did not settle
    for (let v = 0; v < n; v++) pot[v] += Math.min(dist[v], D);
    let bottleneck = INF;
    for (let v = sink; v !== source; v = To[prevEdge[v] ^ 1])
      bottleneck = Math.min(bottleneck, Cap[prevEdge[v]]);
    for (let v = sink; v !== source; v = To[prevEdge[v] ^ 1]) {
      Cap[prevEdge[v]] -= bottleneck;
      Cap[prevEdge[v] ^ 1] += bottleneck;
    }
  }
  const chosen: number[] = [];
  pairEdge.forEach((id, i) => {
    if (id >= 0 && Cap[id] === 0) chosen.push(i);
  });
  return chosen;
}

/**
 * Colours the edges of a bipartite graph with maximum degree ≤ colours (Kőnig's theorem) by
 * alternating-path recolouring. Returns one colour (round) per edge.
 */
export function bipartiteEdgeColouring(
  leftCount: number,
  rightCount: number,
  edges: { left: number; right: number }[],
  colours: number,
): number[] {
  const atLeft: number[][] = Array.from({ length: leftCount }, () => new Array<number>(colours).fill(-1));
  const atRight: number[][] = Array.from({ length: rightCount }, () => new Array<number>(colours).fill(-1));
  const colour = new Array<number>(edges.length).fill(-1);
  const set = (e: number, k: number) => {
    colour[e] = k;
    atLeft[edges[e].left][k] = e;
    atRight[edges[e].right][k] = e;
  };
  edges.forEach((edge, e) => {
    const a = atLeft[edge.left].indexOf(-1);
    const b = atRight[edge.right].indexOf(-1);
    if (a === -1 || b === -1) throw new Error('edge colouring: degree exceeds the number of colours');
    if (atRight[edge.right][a] !== -1) {
      // flip the a/b path that starts at the right vertex with its a-edge
      const path: number[] = [];
      let side: 'right' | 'left' = 'right';
      let vertex = edge.right;
      let k = a;
      for (;;) {
        const f = side === 'right' ? atRight[vertex][k] : atLeft[vertex][k];
        if (f === -1) break;
        path.push(f);
        side = side === 'right' ? 'left' : 'right';
        vertex = side === 'right' ? edges[f].right : edges[f].left;
        k = k === a ? b : a;
      }
      for (const f of path) {
        atLeft[edges[f].left][colour[f]] = -1;
        atRight[edges[f].right][colour[f]] = -1;
      }
      for (const f of path) set(f, colour[f] === a ? b : a);
    }
    set(e, a);
  });
  return colour;
}
