/**
 * Minimum-cost maximum flow by successive shortest paths (Bellman–Ford queue, so edges may have
 * negative costs as long as the graph has no negative cycle). Small graphs only: the job fair's
 * pairing has a few hundred nodes and a few thousand edges.
 */
export class MinCostFlow {
  private readonly to: number[] = [];
  private readonly cap: number[] = [];
  private readonly cost: number[] = [];
  private readonly next: number[] = [];
  private readonly head: number[];

  constructor(private readonly nodes: number) {
    this.head = new Array<number>(nodes).fill(-1);
  }

  /** Adds an edge and returns its id (for {@link flowOn}). */
  edge(from: number, to: number, capacity: number, cost: number): number {
    const id = this.to.length;
    this.to.push(to, from);
    this.cap.push(capacity, 0);
    this.cost.push(cost, -cost);
    this.next.push(this.head[from], this.head[to]);
    this.head[from] = id;
    this.head[to] = id + 1;
    return id;
  }

  /** Units flowing on an edge after {@link solve}. */
  flowOn(id: number): number {
    return this.cap[id + 1];
  }

  /** Pushes as much flow as possible from source to sink at least cost; returns [flow, cost]. */
  solve(source: number, sink: number): [number, number] {
    const n = this.nodes;
    let flow = 0;
    let total = 0;
    const dist = new Float64Array(n);
    const via = new Int32Array(n);
    const queued = new Uint8Array(n);
    for (;;) {
      dist.fill(Infinity);
      via.fill(-1);
      dist[source] = 0;
      const queue = [source];
      queued[source] = 1;
      for (let q = 0; q < queue.length; q++) {
        const u = queue[q];
        queued[u] = 0;
        for (let id = this.head[u]; id !== -1; id = this.next[id]) {
          if (this.cap[id] <= 0) continue;
          const v = this.to[id];
          const d = dist[u] + this.cost[id];
          if (d < dist[v]) {
            dist[v] = d;
            via[v] = id;
            if (!queued[v]) {
              queued[v] = 1;
              queue.push(v);
            }
          }
        }
      }
      if (dist[sink] === Infinity) return [flow, total];
      let push = Infinity;
      for (let v = sink; v !== source; v = this.to[via[v] ^ 1]) push = Math.min(push, this.cap[via[v]]);
      for (let v = sink; v !== source; v = this.to[via[v] ^ 1]) {
        this.cap[via[v]] -= push;
        this.cap[via[v] ^ 1] += push;
      }
      flow += push;
      total += push * dist[sink];
    }
  }
}
