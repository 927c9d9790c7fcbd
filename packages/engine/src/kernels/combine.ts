import { equalWeights } from "./entropy.js";
import { neumaierSum } from "./sum.js";

/** How game-theory coefficients α are made to sum to 1. */
export type GameTheoryNormalisation = "abs" | "sum";

function checkMembers(kernel: string, members: readonly Float64Array[]): number {
  if (members.length < 2)
    throw new RangeError(`${kernel}: ${members.length} member weightings, need ≥ 2`);
  const k = members[0]!.length;
  for (const w of members) {
    if (w.length !== k) throw new RangeError(`${kernel}: members of different lengths`);
    for (const v of w)
      if (!(v >= 0 && Number.isFinite(v))) throw new RangeError(`${kernel}: weight ${v}`);
  }
  return k;
}

/** Σ_t α_t w_t, then divided by its sum so that it sums to 1 exactly (up to rounding). */
function mix(members: readonly Float64Array[], alpha: Float64Array): Float64Array {
  const k = members[0]!.length;
  const out = new Float64Array(k);
  const terms = new Float64Array(members.length);
  for (let j = 0; j < k; j++) {
    for (let t = 0; t < members.length; t++) terms[t] = alpha[t]! * members[t]![j]!;
    out[j] = neumaierSum(terms);
  }
  const s = neumaierSum(out);
  for (let j = 0; j < k; j++) out[j] = out[j]! / s;
  return out;
}

/**
 * Linear combination w_j = Σ_t α_t w_t,j with given coefficients α_t ≥ 0 summing to 1 (the
 * common "α · subjective + (1 − α) · objective"). Preconditions: ≥ 2 members of equal length,
 * each a weight vector (≥ 0), α of the same count, ≥ 0, summing to 1 within 1e-9.
 */
export function combineLinear(members: readonly Float64Array[], alpha: Float64Array): Float64Array {
  checkMembers("combineLinear", members);
  if (
    alpha.length !== members.length ||
    alpha.some((a) => !(a >= 0)) ||
    Math.abs(neumaierSum(alpha) - 1) > 1e-9
  ) {
    throw new RangeError("combineLinear: α must be one coefficient per member, ≥ 0, summing to 1");
  }
  return mix(members, alpha);
}

export interface ProductCombination {
  weights: Float64Array;
  /** True when every product is 0 (no index is positive in all members): weights 1/k. */
  degenerate: boolean;
}

/**
 * Multiplicative combination ("multiplicative synthesis"): w_j = Π_t w_t,j / Σ_k Π_t w_t,k.
 * Declared rule: every product 0 (no indicator has a positive weight in every member) gives
 * equal weights and `degenerate` true. Products are taken in logs when a factor would
 * underflow: with weights ≤ 1 and ≤ 15 members a product underflows only below 1e-308, so a
 * plain product is used.
 */
export function combineMultiplicative(members: readonly Float64Array[]): ProductCombination {
  const k = checkMembers("combineMultiplicative", members);
  const p = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    let v = 1;
    for (const w of members) v *= w[j]!;
    p[j] = v;
  }
  const s = neumaierSum(p);
  if (!(s > 0)) return { weights: equalWeights(k), degenerate: true };
  for (let j = 0; j < k; j++) p[j] = p[j]! / s;
  return { weights: p, degenerate: false };
}

/**
 * Geometric-mean combination: w_j = (Π_t w_t,j)^(1/T) / Σ_k (Π_t w_t,k)^(1/T). This is what
 * some software calls "game theory"; here it has its own name. Same degenerate rule as
 * {@link combineMultiplicative}.
 */
export function combineGeometric(members: readonly Float64Array[]): ProductCombination {
  const k = checkMembers("combineGeometric", members);
  const T = members.length;
  const g = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    let v = 1;
    for (const w of members) v *= w[j]!;
    g[j] = v ** (1 / T);
  }
  const s = neumaierSum(g);
  if (!(s > 0)) return { weights: equalWeights(k), degenerate: true };
  for (let j = 0; j < k; j++) g[j] = g[j]! / s;
  return { weights: g, degenerate: false };
}

export interface GameTheoryResult {
  weights: Float64Array;
  /** The solution α of the optimality system, before normalisation. */
  rawAlpha: Float64Array;
  /** The normalised coefficients used: |α_t| / Σ|α| (`abs`) or α_t / Σ α (`sum`). */
  alpha: Float64Array;
  /** True when the system is singular (the members are linearly dependent): α = 1/T. */
  degenerate: boolean;
}

/**
 * Game-theory combination weighting (the "combination weighting based on game theory" of the
 * CCD literature, after the cooperative-game view of e.g. Lai, Liu & Fan 2008): find α that
 * minimises ‖Σ_t α_t w_t − w_s‖₂ for every member s at once; the first-order conditions are the
 * linear system
 *
 *   Σ_t α_t (w_s · w_t) = w_s · w_s,   s = 1..T,
 *
 * solved here by Gaussian elimination with partial pivoting. Normalisation (named, because
 * implementations differ):
 * - `abs`: α*_t = |α_t| / Σ_u |α_u| (the usual one; keeps every coefficient ≥ 0);
 * - `sum`: α*_t = α_t / Σ_u α_u (keeps the signs; a negative α* can make a weight negative,
 *   which the caller must refuse: see `negative`).
 * Then w = Σ_t α*_t w_t, divided by its sum.
 *
 * Declared rule: a singular system (a pivot below 1e-12 times the largest diagonal entry:
 * two members equal, or one a combination of the others) has no unique α; α* = 1/T each and
 * `degenerate` true (for two equal members any α gives the same weights).
 */
export function combineGameTheory(
  members: readonly Float64Array[],
  normalisation: GameTheoryNormalisation,
): GameTheoryResult & { negative: boolean } {
  checkMembers("combineGameTheory", members);
  const T = members.length;
  const dot = (a: Float64Array, b: Float64Array) => {
    const terms = new Float64Array(a.length);
    for (let j = 0; j < a.length; j++) terms[j] = a[j]! * b[j]!;
    return neumaierSum(terms);
  };
  // Augmented system [G | b], G_st = w_s · w_t, b_s = w_s · w_s.
  const g: number[][] = [];
  let scale = 0;
  for (let s = 0; s < T; s++) {
    const row: number[] = [];
    for (let t = 0; t < T; t++) row.push(dot(members[s]!, members[t]!));
    row.push(row[s]!);
    scale = Math.max(scale, row[s]!);
    g.push(row);
  }
  const rawAlpha = new Float64Array(T);
  let singular = false;
  for (let c = 0; c < T && !singular; c++) {
    let p = c;
    for (let r = c + 1; r < T; r++) if (Math.abs(g[r]![c]!) > Math.abs(g[p]![c]!)) p = r;
    if (!(Math.abs(g[p]![c]!) > 1e-12 * scale)) {
      singular = true;
      break;
    }
    [g[c], g[p]] = [g[p]!, g[c]!];
    for (let r = c + 1; r < T; r++) {
      const f = g[r]![c]! / g[c]![c]!;
      for (let q = c; q <= T; q++) g[r]![q] = g[r]![q]! - f * g[c]![q]!;
    }
  }
  if (singular) {
    const alpha = equalWeights(T);
    return {
      weights: mix(members, alpha),
      rawAlpha: alpha,
      alpha,
      degenerate: true,
      negative: false,
    };
  }
  for (let r = T - 1; r >= 0; r--) {
    let v = g[r]![T]!;
    for (let q = r + 1; q < T; q++) v -= g[r]![q]! * rawAlpha[q]!;
    rawAlpha[r] = v / g[r]![r]!;
  }
  const alpha = new Float64Array(T);
  const denominator =
    normalisation === "abs" ? neumaierSum(rawAlpha.map(Math.abs)) : neumaierSum(rawAlpha);
  for (let t = 0; t < T; t++) {
    alpha[t] = (normalisation === "abs" ? Math.abs(rawAlpha[t]!) : rawAlpha[t]!) / denominator;
  }
  const weights = new Float64Array(members[0]!.length);
  const terms = new Float64Array(T);
  for (let j = 0; j < weights.length; j++) {
    for (let t = 0; t < T; t++) terms[t] = alpha[t]! * members[t]![j]!;
    weights[j] = neumaierSum(terms);
  }
  const negative = weights.some((w) => w < 0) || !(denominator > 0);
  if (!negative) {
    const s = neumaierSum(weights);
    for (let j = 0; j < weights.length; j++) weights[j] = weights[j]! / s;
  }
  return { weights, rawAlpha, alpha, degenerate: false, negative };
}
