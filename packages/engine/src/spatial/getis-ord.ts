import { maxOf } from "@ccdc/plan";
import type { SpatialMatrix } from "./matrix.js";
import { twoSidedP } from "./moran.js";

/** How the Gi* z-score is computed (both are reported by name). */
export type GiStarVariant = "ord_getis_1995" | "pysal";

export type GiStarResult =
  | {
      readonly defined: true;
      readonly z: Float64Array;
      /** Two-sided normal p-values of z. */
      readonly p: Float64Array;
    }
  | { readonly defined: false; readonly reason: "constant" | "too_few" | "zero_mean" };

/** A Gi* matrix: the links of `w` and each region's own weight w_ii, transformed together. */
export interface StarWeights {
  readonly w: SpatialMatrix;
  readonly self: Float64Array;
}

/**
 * Adds each region's self weight to an untransformed matrix, as PySAL esda's G_Local(star=True)
 * does: w_ii = the largest weight in row i (1 for contiguity, k-nearest and band weights),
 * then applies the transform to the whole row: "row" divides by Σ_j w_ij + w_ii, "binary" makes
 * every link and every w_ii 1.
 */
export function starWeights(raw: SpatialMatrix, transform: "row" | "binary"): StarWeights {
  const self = new Float64Array(raw.n);
  const values = new Float64Array(raw.values.length);
  for (let i = 0; i < raw.n; i++) {
    const a = raw.offsets[i]!;
    const b = raw.offsets[i + 1]!;
    if (transform === "binary") {
      self[i] = 1;
      values.fill(1, a, b);
      continue;
    }
    let max = 0;
    let sum = 0;
    for (let q = a; q < b; q++) {
      max = Math.max(max, raw.values[q]!);
      sum += raw.values[q]!;
    }
    const total = sum + max;
    if (total === 0) continue;
    self[i] = max / total;
    for (let q = a; q < b; q++) values[q] = raw.values[q]! / total;
  }
  return { w: { ...raw, values }, self };
}

/**
 * Getis-Ord Gi* z-scores over star weights (`starWeights`: each region counts itself).
 *
 * Variant "ord_getis_1995" (Ord & Getis 1995, eq. 8; R spdep's `localG` on a matrix that
 * includes self):
 *
 *   z_i = (Σ_j w_ij x_j − x̄ W_i) / (s √[(n S1_i − W_i²) / (n − 1)]),
 *   W_i = Σ_j w_ij,  S1_i = Σ_j w_ij²,  s² = Σ x² / n − x̄²;
 *
 * it does not change when a row is scaled, so row-standardised and binary weights give the
 * same z.
 *
 * Variant "pysal" (PySAL esda `G_Local(star=True)`): G*_i = Σ_j w_ij x_j / Σ_j x_j, with
 * E = W_i / n and Var = W_i (n − W_i) / (n − 1) · s² / (n² x̄²), z = (G*_i − E) / √Var. With
 * binary weights this equals the Ord & Getis z; with row-standardised weights (W_i = 1) it is
 * (Σ_j w_ij x_j − x̄) / s, which differs (by up to about 1 on a small lattice).
 *
 * Degenerate cases: all values equal (s = 0) → "constant"; n < 3 → "too_few"; variant pysal
 * with x̄ = 0 → "zero_mean"; a region whose variance term is within rounding of 0 (linked to
 * every region, with equal weights) gets z = 0, p = 1, where spdep gives NaN.
 */
export function giStar(x: Float64Array, star: StarWeights, variant: GiStarVariant): GiStarResult {
  const { w, self } = star;
  const n = x.length;
  if (n < 3) return { defined: false, reason: "too_few" };
  let sum = 0;
  let sumSq = 0;
  for (const v of x) {
    sum += v;
    sumSq += v * v;
  }
  const mean = sum / n;
  const variance = sumSq / n - mean * mean;
  const scale = maxOf(Array.from(x, Math.abs));
  if (!(variance > (1e-12 * scale) ** 2)) return { defined: false, reason: "constant" };
  if (variant === "pysal" && mean === 0) return { defined: false, reason: "zero_mean" };
  const s = Math.sqrt(variance);
  const z = new Float64Array(n);
  const p = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let wx = self[i]! * x[i]!;
    let wi = self[i]!;
    let s1 = self[i]! * self[i]!;
    for (let q = w.offsets[i]!; q < w.offsets[i + 1]!; q++) {
      const wij = w.values[q]!;
      wx += wij * x[w.neighbours[q]!]!;
      wi += wij;
      s1 += wij * wij;
    }
    let zi: number;
    if (variant === "ord_getis_1995") {
      const v = (n * s1 - wi * wi) / (n - 1);
      zi = v > 1e-12 * n * s1 ? (wx - mean * wi) / (s * Math.sqrt(v)) : 0;
    } else {
      const g = wx / sum;
      const share = (wi * (n - wi)) / (n - 1);
      const v = share * (variance / (n * n * mean * mean));
      zi = share > 1e-12 * n * wi ? (g - wi / n) / Math.sqrt(v) : 0;
    }
    z[i] = zi;
    p[i] = twoSidedP(zi);
  }
  return { defined: true, z, p };
}
