import { neumaierSum } from "./sum.js";

/** The Theil T index and its split by group (see {@link theilT}). */
export interface TheilResult {
  /** T, the Theil index of all values. */
  total: number;
  /** T_j, the Theil index within each group (input order). */
  groups: Float64Array;
  /** Σ_j s_j T_j, the within-group part. */
  within: number;
  /** Σ_j s_j ln(μ_j/μ), the between-group part. */
  between: number;
  /** within/T and between/T; null when T = 0 (all values equal). */
  shares: { within: number; between: number } | null;
}

/**
 * The Theil T index, GE(1) (H. Theil 1967, Economics and Information Theory; the decomposition
 * of A. F. Shorrocks 1980, Econometrica 48:613), for values y ≥ 0 in k non-empty groups:
 *
 *   T   = (1/n) Σ_i (y_i/μ) ln(y_i/μ)
 *   T_j = (1/n_j) Σ_{i∈j} (y_i/μ_j) ln(y_i/μ_j)
 *   T   = Σ_j s_j T_j + Σ_j s_j ln(μ_j/μ),   s_j = n_j μ_j / (n μ)  (group j's share of the total)
 *
 * Degenerate rules (never NaN): a zero value contributes 0 (the limit of x ln x as x → 0, the
 * usual convention; Theil T, unlike Theil L, is defined with zeros); a group, or the whole set,
 * whose values are all 0 has T = 0 and share s = 0; equal values give T = 0 and null shares.
 *
 * Preconditions (RangeError): values and group have the same length; every value finite ≥ 0;
 * every group index an integer in [0, k); every group non-empty.
 */
export function theilT(values: Float64Array, group: Int32Array, k: number): TheilResult {
  const n = values.length;
  if (group.length !== n) {
    throw new RangeError(`theilT: ${n} values but ${group.length} group indices`);
  }
  const members: number[][] = Array.from({ length: k }, () => []);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (!(v >= 0 && v < Number.POSITIVE_INFINITY)) {
      throw new RangeError(`theilT: value ${i} is ${v}, expected finite ≥ 0`);
    }
    const g = group[i]!;
    if (!(g >= 0 && g < k)) throw new RangeError(`theilT: group index ${g} not in [0, ${k})`);
    members[g]!.push(v);
  }
  const total = theilOf(Array.from(values));
  const mu = neumaierSum(values) / n;
  const groups = new Float64Array(k);
  const wTerms: number[] = [];
  const bTerms: number[] = [];
  for (let j = 0; j < k; j++) {
    const m = members[j]!;
    if (m.length === 0) throw new RangeError(`theilT: group ${j} is empty`);
    groups[j] = theilOf(m);
    const muJ = neumaierSum(m) / m.length;
    if (mu > 0 && muJ > 0) {
      const s = (m.length * muJ) / (n * mu);
      wTerms.push(s * groups[j]!);
      bTerms.push(s * Math.log(muJ / mu));
    }
  }
  const within = neumaierSum(wTerms);
  const between = neumaierSum(bTerms);
  const shares = total > 0 ? { within: within / total, between: between / total } : null;
  return { total, groups, within, between, shares };
}

/** (1/n) Σ (y/μ) ln(y/μ), with 0 ln 0 = 0 and 0 for an all-zero set; clamped at ≥ 0 (rounding). */
function theilOf(y: readonly number[]): number {
  const n = y.length;
  const mu = neumaierSum(y) / n;
  if (!(mu > 0)) return 0;
  const terms = y.map((v) => (v > 0 ? (v / mu) * Math.log(v / mu) : 0));
  return Math.max(0, neumaierSum(terms) / n);
}
