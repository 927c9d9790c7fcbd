import { matrixFromPairs, type SpatialMatrix } from "./matrix.js";

/** [longitude, latitude]. */
type Point = readonly [number, number];
/** A region's boundary: polygons of closed rings (first point = last point). */
export type RegionRings = readonly (readonly (readonly Point[])[])[];

/**
 * Contiguity from polygons. Queen: two regions are neighbours when they share a vertex; rook:
 * when they share an edge, i.e. two vertices consecutive on a ring of each (in either
 * direction). Vertices match when both coordinates differ by at most `tolerance` degrees
 * (0: exactly equal), and matching is closed under chains (a ~ b and b ~ c join a, b and c),
 * so a tolerance should stay well below the map's smallest feature. A border where one side
 * has a vertex the other lacks (a T-junction) is not an edge for rook; queen still sees the
 * shared corners. Symmetric and binary.
 */
export function contiguityWeights(
  regions: readonly RegionRings[],
  rule: "queen" | "rook",
  tolerance: number,
): SpatialMatrix {
  // Every vertex: its region, and its position among all vertices (rings kept in order).
  const xs: number[] = [];
  const ys: number[] = [];
  const owner: number[] = [];
  const edges: [number, number][] = [];
  for (const [r, polygons] of regions.entries())
    for (const rings of polygons)
      for (const ring of rings) {
        const start = xs.length;
        // A closed ring repeats its first point; the last point is not a new vertex.
        const m = ring.length - 1;
        for (let p = 0; p < m; p++) {
          xs.push(ring[p]![0]);
          ys.push(ring[p]![1]);
          owner.push(r);
        }
        for (let p = 0; p < m; p++) edges.push([start + p, start + ((p + 1) % m)]);
      }
  const canon = matchVertices(xs, ys, tolerance);
  const pairs = new Set<string>();
  const link = (a: number, b: number) => {
    if (a !== b) pairs.add(a < b ? `${a},${b}` : `${b},${a}`);
  };
  if (rule === "queen") {
    const firstOwner = new Map<number, Set<number>>();
    for (let v = 0; v < xs.length; v++) {
      const c = canon[v]!;
      const set = firstOwner.get(c) ?? new Set<number>();
      set.add(owner[v]!);
      firstOwner.set(c, set);
    }
    for (const set of firstOwner.values()) {
      const rs = [...set];
      for (let a = 0; a < rs.length; a++)
        for (let b = a + 1; b < rs.length; b++) link(rs[a]!, rs[b]!);
    }
  } else {
    const byEdge = new Map<string, Set<number>>();
    for (const [a, b] of edges) {
      const ca = canon[a]!;
      const cb = canon[b]!;
      if (ca === cb) continue;
      const key = ca < cb ? `${ca},${cb}` : `${cb},${ca}`;
      const set = byEdge.get(key) ?? new Set<number>();
      set.add(owner[a]!);
      byEdge.set(key, set);
    }
    for (const set of byEdge.values()) {
      const rs = [...set];
      for (let a = 0; a < rs.length; a++)
        for (let b = a + 1; b < rs.length; b++) link(rs[a]!, rs[b]!);
    }
  }
  const list = [...pairs].map((p) => p.split(",").map(Number) as [number, number]);
  return matrixFromPairs(regions.length, list);
}

/**
 * A canonical id per vertex: vertices within `tolerance` in both coordinates share one
 * (union-find over a sweep in x order, so the work is near-linear for a small tolerance).
 */
function matchVertices(
  xs: readonly number[],
  ys: readonly number[],
  tolerance: number,
): Int32Array {
  const n = xs.length;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    while (parent[i] !== r) {
      const next = parent[i]!;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => xs[a]! - xs[b]! || ys[a]! - ys[b]!,
  );
  for (let a = 0; a < n; a++) {
    const i = order[a]!;
    for (let b = a + 1; b < n; b++) {
      const j = order[b]!;
      if (xs[j]! - xs[i]! > tolerance) break;
      if (Math.abs(ys[j]! - ys[i]!) <= tolerance) {
        const ri = find(i);
        const rj = find(j);
        if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
      }
    }
  }
  const canon = new Int32Array(n);
  for (let i = 0; i < n; i++) canon[i] = find(i);
  return canon;
}
