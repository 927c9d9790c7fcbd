/**
 * A spatial weight matrix W (n × n, sparse), in compressed rows: row i's neighbours are
 * `neighbours[offsets[i] .. offsets[i + 1])`, ascending, with weights `values[…]` at the same
 * positions. No self links (w_ii = 0), no stored zero weights. Built by the constructors in
 * this folder, transformed by `transform.ts`; every statistic reads it through this shape.
 */
export interface SpatialMatrix {
  readonly n: number;
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  readonly values: Float64Array;
}

/**
 * Builds a matrix from (i, j, w_ij) triples. Self links and zero weights are dropped; a pair
 * given twice keeps the last weight. Preconditions (a caller bug otherwise): 0 ≤ i, j < n and
 * every w finite and ≥ 0.
 */
export function matrixFromTriples(
  n: number,
  triples: readonly (readonly [number, number, number])[],
): SpatialMatrix {
  const rows: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (const [i, j, w] of triples) {
    if (!(i >= 0 && i < n && j >= 0 && j < n) || !Number.isFinite(w) || w < 0)
      throw new RangeError(`matrixFromTriples: bad triple (${i}, ${j}, ${w}) for n = ${n}`);
    if (i === j) continue;
    if (w === 0) rows[i]!.delete(j);
    else rows[i]!.set(j, w);
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + rows[i]!.size;
  const neighbours = new Int32Array(offsets[n]!);
  const values = new Float64Array(offsets[n]!);
  for (let i = 0; i < n; i++) {
    const sorted = [...rows[i]!.entries()].sort((a, b) => a[0] - b[0]);
    let at = offsets[i]!;
    for (const [j, w] of sorted) {
      neighbours[at] = j;
      values[at] = w;
      at++;
    }
  }
  return { n, offsets, neighbours, values };
}

/** Binary symmetric links from unordered pairs: w_ij = w_ji = 1. */
export function matrixFromPairs(
  n: number,
  pairs: readonly (readonly [number, number])[],
): SpatialMatrix {
  return matrixFromTriples(
    n,
    pairs.flatMap(([i, j]) => [
      [i, j, 1],
      [j, i, 1],
    ]),
  );
}

/** The number of neighbours of each region. */
export function cardinalities(w: SpatialMatrix): Int32Array {
  const k = new Int32Array(w.n);
  for (let i = 0; i < w.n; i++) k[i] = w.offsets[i + 1]! - w.offsets[i]!;
  return k;
}

/** Regions with no neighbour (no link out), ascending. */
export function islands(w: SpatialMatrix): number[] {
  const out: number[] = [];
  for (let i = 0; i < w.n; i++) if (w.offsets[i + 1] === w.offsets[i]) out.push(i);
  return out;
}

/** w_ij, 0 when j is not a neighbour of i. */
export function weightAt(w: SpatialMatrix, i: number, j: number): number {
  for (let p = w.offsets[i]!; p < w.offsets[i + 1]!; p++)
    if (w.neighbours[p] === j) return w.values[p]!;
  return 0;
}

/** True when w_ij = w_ji for every pair (exactly). */
export function isSymmetric(w: SpatialMatrix): boolean {
  for (let i = 0; i < w.n; i++)
    for (let p = w.offsets[i]!; p < w.offsets[i + 1]!; p++)
      if (weightAt(w, w.neighbours[p]!, i) !== w.values[p]) return false;
  return true;
}

/** The matrix restricted to the regions `keep` (ascending indices), renumbered 0 … m − 1. */
export function subMatrix(w: SpatialMatrix, keep: readonly number[]): SpatialMatrix {
  const at = new Map(keep.map((r, i) => [r, i]));
  const triples: [number, number, number][] = [];
  for (const [ni, i] of keep.entries())
    for (let p = w.offsets[i]!; p < w.offsets[i + 1]!; p++) {
      const nj = at.get(w.neighbours[p]!);
      if (nj !== undefined) triples.push([ni, nj, w.values[p]!]);
    }
  return matrixFromTriples(keep.length, triples);
}

/** lag_i = Σ_j w_ij z_j: the spatial lag of z. */
export function spatialLag(w: SpatialMatrix, z: Float64Array): Float64Array {
  const lag = new Float64Array(w.n);
  for (let i = 0; i < w.n; i++) {
    let s = 0;
    for (let p = w.offsets[i]!; p < w.offsets[i + 1]!; p++)
      s += w.values[p]! * z[w.neighbours[p]!]!;
    lag[i] = s;
  }
  return lag;
}
