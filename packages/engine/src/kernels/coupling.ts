import { neumaierSum } from "./sum.js";

/**
 * Which coupling degree C (docs/method.md §5):
 * - "standard": paper eq. (4) as printed (Wang Shujia et al. 2021's corrected form),
 *   C = [Π S_k / ((1/n) Σ S_k)^n]^(1/n), the geometric mean over the arithmetic mean.
 * - "product_over_mean": what Wang & Liu actually computed (it reproduces their Table 4),
 *   C = [Π S_k / ((1/n) Σ S_k)]^(1/n), the mean not raised to n.
 * - "wang2021_modified": Wang Shujia et al. 2021 (J. Natural Resources 36(3):793–810),
 *   C = √{ [1 − Σ_{i>j} |U_i − U_j| / Σ_{m=1}^{n−1} m] × [Π_i (U_i / max U)]^(1/(n−1)) }.
 */
export type CouplingForm = "standard" | "product_over_mean" | "wang2021_modified";

/** Scratch space, so that the vectorised form allocates once. */
interface Workspace {
  logs: Float64Array;
  pairs: Float64Array;
}

function workspace(n: number): Workspace {
  return { logs: new Float64Array(n), pairs: new Float64Array((n * (n - 1)) / 2) };
}

/**
 * The coupling degree C of one observation of n ≥ 2 system indices S_k (docs/method.md §5, paper
 * eq. (4); see {@link CouplingForm} for the three formulas).
 *
 * Products are taken in log space (Σ ln S_k, compensated), so tiny indices neither underflow
 * to 0/0 = NaN nor lose the ratio: S = (1e-300, 1e-300) gives standard C = 1.
 *
 * Range: for S_k ∈ [0, 1] every form gives C ∈ [0, 1].
 * - standard: C ≤ 1 by the AM–GM inequality, for any S ≥ 0; a result of 1 + 1e-16 from
 *   rounding is clamped to 1.
 * - product_over_mean: when every S_k ≤ 1, Π S_k ≤ min S_k ≤ mean S, so Π/mean ≤ 1 and C ≤ 1
 *   (clamped against rounding in that case). It can exceed 1 when some S_k > 1 — for example
 *   S = (1.0001, 1.0001), possible with a shift of 0.0001, gives √1.0001 — and is then returned
 *   as computed.
 * - wang2021_modified: the first factor is ≤ 1 by construction and ≥ 0 for S_k ∈ [0, 1]
 *   (Σ_{i>j}|U_i − U_j| ≤ n²/4 ≤ n(n − 1)/2 for n ≥ 2); it is clamped to ≥ 0 for inputs
 *   beyond 1. The second factor is ≤ 1 since every U_i ≤ max U.
 *
 * Degenerate: if any S_k = 0 (including all zero) C = 0, never NaN (D is then 0 too).
 *
 * Preconditions (a violation throws a RangeError): n ≥ 2; every S_k finite and ≥ 0.
 */
export function couplingDegree(form: CouplingForm, s: ArrayLike<number>): number {
  if (s.length < 2) throw new RangeError(`couplingDegree: needs n ≥ 2 systems, got ${s.length}`);
  return coupling(form, s, workspace(s.length));
}

/**
 * Scratch arrays for many {@link couplingSeries} calls on n systems of m observations each
 * (the analyses: one call per unit), so that a call allocates nothing.
 */
export interface CouplingScratch {
  out: Float64Array;
  row: Float64Array;
  ws: { logs: Float64Array; pairs: Float64Array };
}

/** Scratch for {@link couplingSeries} on `n` systems of `m` observations. */
export function couplingScratch(n: number, m: number): CouplingScratch {
  return { out: new Float64Array(m), row: new Float64Array(n), ws: workspace(n) };
}

/**
 * {@link couplingDegree} at every observation: `systems[k][i]` is S_k at observation i, and
 * the result holds C_i. All systems have the same length; n = systems.length ≥ 2 (else a
 * RangeError). With `scratch` (from `couplingScratch(n, m)`) the result is `scratch.out`,
 * overwritten by the next call with the same scratch.
 */
export function couplingSeries(
  form: CouplingForm,
  systems: readonly Float64Array[],
  scratch?: CouplingScratch,
): Float64Array {
  const n = systems.length;
  if (n < 2) throw new RangeError(`couplingSeries: needs n ≥ 2 systems, got ${n}`);
  const m = systems[0]!.length;
  for (let k = 1; k < n; k++) {
    if (systems[k]!.length !== m) {
      throw new RangeError(
        `couplingSeries: system ${k} has ${systems[k]!.length} values, not ${m}`,
      );
    }
  }
  const fits = scratch !== undefined && scratch.out.length === m && scratch.row.length === n;
  const { out, row, ws } = fits ? scratch : couplingScratch(n, m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < n; k++) row[k] = systems[k]![i]!;
    out[i] = coupling(form, row, ws);
  }
  return out;
}

/**
 * {@link couplingDegree} of one observation whose n ≥ 2 system indices are in `s` (the
 * caller checked n), using `scratch` (from `couplingScratch(n, …)`): allocates nothing, for
 * the analyses' fused loops over observations.
 */
export function couplingOf(form: CouplingForm, s: Float64Array, scratch: CouplingScratch): number {
  return coupling(form, s, scratch.ws);
}

function coupling(form: CouplingForm, s: ArrayLike<number>, ws: Workspace): number {
  const n = s.length;
  let max = 0;
  let anyZero = false;
  for (let k = 0; k < n; k++) {
    const v = s[k]!;
    if (!(v >= 0 && v < Number.POSITIVE_INFINITY)) {
      throw new RangeError(`couplingDegree: S_${k} = ${v}, expected finite ≥ 0`);
    }
    if (v === 0) anyZero = true;
    if (v > max) max = v;
  }
  if (anyZero) return 0;
  const { logs } = ws;
  switch (form) {
    case "standard": {
      // ln C = (1/n) Σ ln S_k − ln((1/n) Σ S_k); ln of the mean as ln Σ − ln n (no underflow).
      for (let k = 0; k < n; k++) logs[k] = Math.log(s[k]!);
      const lnMean = Math.log(neumaierSum(s)) - Math.log(n);
      return Math.min(1, Math.exp(neumaierSum(logs) / n - lnMean));
    }
    case "product_over_mean": {
      // ln C = (Σ ln S_k − ln((1/n) Σ S_k)) / n.
      for (let k = 0; k < n; k++) logs[k] = Math.log(s[k]!);
      const lnMean = Math.log(neumaierSum(s)) - Math.log(n);
      const c = Math.exp((neumaierSum(logs) - lnMean) / n);
      return max <= 1 ? Math.min(1, c) : c;
    }
    case "wang2021_modified": {
      const { pairs } = ws;
      let p = 0;
      for (let i = 1; i < n; i++) {
        for (let j = 0; j < i; j++) pairs[p++] = Math.abs(s[i]! - s[j]!);
      }
      // Σ_{m=1}^{n−1} m = n(n − 1)/2, the number of pairs.
      const balance = Math.max(0, 1 - neumaierSum(pairs) / p);
      // [Π (U_i / max U)]^(1/(n−1)) = exp(Σ (ln U_i − ln max U) / (n − 1)); each term ≤ 0.
      const lnMax = Math.log(max);
      for (let k = 0; k < n; k++) logs[k] = Math.log(s[k]!) - lnMax;
      const evenness = Math.exp(neumaierSum(logs) / (n - 1));
      return Math.sqrt(balance * evenness);
    }
    default: {
      const unknown: never = form;
      throw new RangeError(`couplingDegree: unknown form ${String(unknown)}`);
    }
  }
}
