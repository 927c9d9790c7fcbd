import { maxOf } from "@ccdc/plan";
import erfc from "@stdlib/math-base-special-erfc";
import type { SpatialMatrix } from "./matrix.js";
import { spatialLag } from "./matrix.js";
import { shuffle, Xoshiro128 } from "./prng.js";
import { weightSums } from "./transform.js";

/** Two-sided normal p-value of z: P(|Z| ≥ |z|) = erfc(|z| / √2). */
export function twoSidedP(z: number): number {
  return erfc(Math.abs(z) / Math.SQRT2);
}

/**
 * A pseudo p-value as PySAL esda computes it by default ("directed"): with `larger` the count
 * of simulated values ≥ the observed one among R, take the smaller tail,
 * min(larger, R − larger), and p = (that + 1) / (R + 1). Ties count as larger.
 */
export function directedPseudoP(observed: number, simulated: Float64Array): number {
  const r = simulated.length;
  // A draw equal to the observed value in exact arithmetic (a permutation that puts the same
  // values on the same neighbours, frequent with few regions) can differ from it by rounding,
  // as its sum runs in another order: within 1e-12 relative it counts as equal.
  const threshold = observed - 1e-12 * Math.max(Math.abs(observed), Number.MIN_VALUE);
  let larger = 0;
  for (const s of simulated) if (s >= threshold) larger++;
  if (r - larger < larger) larger = r - larger;
  return (larger + 1) / (r + 1);
}

export interface PermutationSummary {
  readonly permutations: number;
  /** The directed pseudo p-value (PySAL esda's p_sim). */
  readonly pseudoP: number;
  readonly mean: number;
  /** Population standard deviation of the simulated values (as esda's seI_sim). */
  readonly sd: number;
}

export type MoranResult =
  | {
      readonly defined: true;
      readonly n: number;
      readonly i: number;
      /** E[I] = −1/(n − 1). */
      readonly expected: number;
      /** Null when the formula gives a variance ≤ 0 (no z then). */
      readonly varianceNormality: number | null;
      /** Null for n < 4 or when the formula gives a variance ≤ 0. */
      readonly varianceRandomisation: number | null;
      readonly zNormality: number | null;
      readonly zRandomisation: number | null;
      /** Two-sided. */
      readonly pNormality: number | null;
      readonly pRandomisation: number | null;
      readonly permutation: PermutationSummary | null;
    }
  | { readonly defined: false; readonly n: number; readonly reason: "constant" | "too_few" };

/**
 * Global Moran's I (Cliff & Ord 1981) of x under the weights w:
 *
 *   z = x − x̄,  I = (n / S0) · Σ_ij w_ij z_i z_j / Σ_i z_i²,  E[I] = −1/(n − 1);
 *   normality:     E[I²] = (n² S1 − n S2 + 3 S0²) / ((n² − 1) S0²);
 *   randomisation: E[I²] = [n((n² − 3n + 3) S1 − n S2 + 3 S0²) − b2((n² − n) S1 − 2n S2 + 6 S0²)]
 *                          / ((n − 1)(n − 2)(n − 3) S0²),  b2 = n Σ z⁴ / (Σ z²)²;
 *   Var = E[I²] − E[I]²,  z = (I − E[I]) / √Var, p two-sided.
 *
 * The same formulas as PySAL esda's `Moran` and R spdep's `moran.test`. Permutation
 * inference (when `permutations` > 0) shuffles z over the regions with the seeded stream and
 * reports esda's directed pseudo p-value.
 *
 * Degenerate cases, declared: all values equal (Σ z² = 0) → I undefined, reason "constant";
 * a variance ≤ 1e-12 E[I]² (every region linked to every other, where I = E[I] whatever the
 * values) → that variance, its z and p are null;
 * n < 3 or S0 = 0 → undefined, reason "too_few" (E[I] needs n ≥ 2, and a lone pair is
 * always perfectly (anti)correlated). Never NaN.
 */
export function globalMoran(
  x: Float64Array,
  w: SpatialMatrix,
  permutations = 0,
  seed = 0,
): MoranResult {
  const n = x.length;
  const { s0, s1, s2 } = weightSums(w);
  if (n < 3 || !(s0 > 0)) return { defined: false, n, reason: "too_few" };
  let mean = 0;
  for (const v of x) mean += v;
  mean /= n;
  const z = new Float64Array(n);
  let m2 = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    const d = x[i]! - mean;
    z[i] = d;
    m2 += d * d;
    m4 += d * d * d * d;
  }
  // A spread at rounding level of the values is no spread (as the engine's constant-column rule).
  const scale = maxOf(Array.from(x, Math.abs));
  if (m2 <= (1e-12 * scale) ** 2 * n) return { defined: false, n, reason: "constant" };
  const moranOf = (zz: Float64Array): number => {
    const lag = spatialLag(w, zz);
    let num = 0;
    for (let i = 0; i < n; i++) num += zz[i]! * lag[i]!;
    return (n / s0) * (num / m2);
  };
  const i = moranOf(z);
  const expected = -1 / (n - 1);
  const s02 = s0 * s0;
  const n2 = n * n;
  const vn = (n2 * s1 - n * s2 + 3 * s02) / ((n2 - 1) * s02) - expected * expected;
  // A variance within rounding of 0 (every region linked to every other: I = E[I] always) has
  // no z; esda gives ±inf or NaN there.
  const flat = 1e-12 * expected * expected;
  const varianceNormality = vn > flat ? vn : null;
  let varianceRandomisation: number | null = null;
  if (n >= 4) {
    const b2 = (n * m4) / (m2 * m2);
    const a = n * ((n2 - 3 * n + 3) * s1 - n * s2 + 3 * s02);
    const b = b2 * ((n2 - n) * s1 - 2 * n * s2 + 6 * s02);
    const v = (a - b) / ((n - 1) * (n - 2) * (n - 3) * s02) - expected * expected;
    varianceRandomisation = v > flat ? v : null;
  }
  const zNormality =
    varianceNormality === null ? null : (i - expected) / Math.sqrt(varianceNormality);
  const zRandomisation =
    varianceRandomisation === null ? null : (i - expected) / Math.sqrt(varianceRandomisation);
  let permutation: PermutationSummary | null = null;
  if (permutations > 0) {
    const rng = new Xoshiro128(seed);
    const zz = Float64Array.from(z);
    const sims = new Float64Array(permutations);
    for (let r = 0; r < permutations; r++) {
      shuffle(zz, rng);
      sims[r] = moranOf(zz);
    }
    permutation = summarise(i, sims);
  }
  return {
    defined: true,
    n,
    i,
    expected,
    varianceNormality,
    varianceRandomisation,
    zNormality,
    zRandomisation,
    pNormality: zNormality === null ? null : twoSidedP(zNormality),
    pRandomisation: zRandomisation === null ? null : twoSidedP(zRandomisation),
    permutation,
  };
}

/** Mean, population sd and directed pseudo-p of simulated values. */
export function summarise(observed: number, sims: Float64Array): PermutationSummary {
  let mean = 0;
  for (const s of sims) mean += s;
  mean /= sims.length;
  let ss = 0;
  for (const s of sims) ss += (s - mean) ** 2;
  return {
    permutations: sims.length,
    pseudoP: directedPseudoP(observed, sims),
    mean,
    sd: Math.sqrt(ss / sims.length),
  };
}
