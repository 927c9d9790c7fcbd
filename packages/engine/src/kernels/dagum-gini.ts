import { neumaierSum } from "./sum.js";

/** Dagum's decomposition of the Gini coefficient by group (see {@link dagumGini}). */
export interface DagumResult {
  /** G, the Gini coefficient of all values (eq. 1 below). */
  total: number;
  /** μ_j, the mean of each group (input order). */
  means: Float64Array;
  /** n_j, the size of each group (input order). */
  sizes: Int32Array;
  /** Group indices by descending mean (ties: lower index first), the order Dagum ranks them in. */
  order: Int32Array;
  /** G_jh for every pair (k × k, row-major, symmetric); the diagonal is G_jj (eqs. 2–3). */
  gini: Float64Array;
  /** D_jh ∈ [0, 1], the relative economic affluence of each pair (k × k, symmetric; diagonal 0). */
  affluence: Float64Array;
  /** G_w, the within-group contribution (eq. 4). */
  within: number;
  /** G_nb, the net between-group contribution (eq. 5). */
  netBetween: number;
  /** G_t, the transvariation (overlap) contribution (eq. 6). */
  transvariation: number;
  /**
   * Contribution rates G_w/G, G_nb/G, G_t/G; null when G = 0 (all values equal: there is no
   * inequality to apportion).
   */
  shares: { within: number; netBetween: number; transvariation: number } | null;
}

/**
 * Dagum's Gini decomposition by subgroup (C. Dagum 1997, "A new approach to the decomposition of
 * the Gini income inequality ratio", Empirical Economics 22:515–531). Values y ≥ 0 fall into k
 * non-empty groups; n = Σ n_j, μ the overall mean, p_j = n_j/n, s_j = n_j μ_j/(n μ):
 *
 *   (1) G    = Σ_j Σ_h Σ_i Σ_r |y_ji − y_hr| / (2 n² μ)
 *   (2) G_jj = Σ_i Σ_r |y_ji − y_jr| / (2 n_j² μ_j)
 *   (3) G_jh = Σ_i Σ_r |y_ji − y_hr| / (n_j n_h (μ_j + μ_h))                    (j ≠ h)
 *       d_jh = (1/(n_j n_h)) Σ_i Σ_r max(y_ji − y_hr, 0),  p_jh likewise with h's values above,
 *       D_jh = (d_jh − p_jh)/(d_jh + p_jh), taken with μ_j ≥ μ_h (groups ranked by mean), so
 *       D_jh = (μ_j − μ_h)/(d_jh + p_jh) ∈ [0, 1]
 *   (4) G_w  = Σ_j G_jj p_j s_j
 *   (5) G_nb = Σ_{j>h} G_jh (p_j s_h + p_h s_j) D_jh
 *   (6) G_t  = Σ_{j>h} G_jh (p_j s_h + p_h s_j) (1 − D_jh)
 *
 * and G = G_w + G_nb + G_t: since n_j n_h (μ_j + μ_h)/(n² μ) = p_j s_h + p_h s_j, summing
 * (2)–(3) weighted so gives back (1). The identity is checked here (relative 1e-9): a violation
 * is a bug, thrown as an Error.
 *
 * Degenerate rules (never NaN):
 * - all values 0 (μ = 0): G and every term are 0, shares null;
 * - a group whose values are all 0 (μ_j = 0): G_jj = 0; a pair with μ_j + μ_h = 0: G_jh = 0;
 * - a pair whose values are all equal (d_jh + p_jh = 0, hence μ_j = μ_h): D_jh = 0 (G_jh = 0);
 * - a group of one value: G_jj = 0 (no pair to differ), which is what (2) gives.
 *
 * Preconditions (RangeError): values and group have the same length; every value finite ≥ 0;
 * every group index an integer in [0, k); every group non-empty.
 */
export function dagumGini(values: Float64Array, group: Int32Array, k: number): DagumResult {
  const n = values.length;
  if (group.length !== n) {
    throw new RangeError(`dagumGini: ${n} values but ${group.length} group indices`);
  }
  const members: number[][] = Array.from({ length: k }, () => []);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (!(v >= 0 && v < Number.POSITIVE_INFINITY)) {
      throw new RangeError(`dagumGini: value ${i} is ${v}, expected finite ≥ 0`);
    }
    const g = group[i]!;
    if (!(g >= 0 && g < k)) throw new RangeError(`dagumGini: group index ${g} not in [0, ${k})`);
    members[g]!.push(v);
  }
  const sizes = new Int32Array(k);
  const means = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    const m = members[j]!;
    if (m.length === 0) throw new RangeError(`dagumGini: group ${j} is empty`);
    sizes[j] = m.length;
    means[j] = neumaierSum(m) / m.length;
  }
  const mu = neumaierSum(values) / n;
  const order = Int32Array.from(
    Array.from({ length: k }, (_, j) => j).sort((a, b) => means[b]! - means[a]! || a - b),
  );

  // ΣΣ|y_ji − y_hr| and ΣΣ max(y_ji − y_hr, 0) for every ordered pair of groups.
  const absDiff = new Float64Array(k * k);
  const posDiff = new Float64Array(k * k);
  for (let j = 0; j < k; j++) {
    for (let h = j; h < k; h++) {
      const a = members[j]!;
      const b = members[h]!;
      const abs: number[] = [];
      const pos: number[] = [];
      for (const x of a) {
        for (const y of b) {
          abs.push(Math.abs(x - y));
          pos.push(x > y ? x - y : 0);
        }
      }
      const s = neumaierSum(abs);
      absDiff[j * k + h] = s;
      absDiff[h * k + j] = s;
      posDiff[j * k + h] = neumaierSum(pos);
      posDiff[h * k + j] = s - posDiff[j * k + h]!;
    }
  }

  const gini = new Float64Array(k * k);
  const affluence = new Float64Array(k * k);
  for (let j = 0; j < k; j++) {
    const nj = sizes[j]!;
    gini[j * k + j] = means[j]! > 0 ? absDiff[j * k + j]! / (2 * nj * nj * means[j]!) : 0;
    for (let h = j + 1; h < k; h++) {
      const nh = sizes[h]!;
      const denom = nj * nh * (means[j]! + means[h]!);
      const g = denom > 0 ? absDiff[j * k + h]! / denom : 0;
      gini[j * k + h] = g;
      gini[h * k + j] = g;
      // With the richer group first, d − p ≥ 0; d + p = ΣΣ|·| / (n_j n_h).
      const [rich, poor] = means[j]! >= means[h]! ? [j, h] : [h, j];
      const d = posDiff[rich * k + poor]!;
      const p = posDiff[poor * k + rich]!;
      const dd = d + p > 0 ? Math.max(0, Math.min(1, (d - p) / (d + p))) : 0;
      affluence[j * k + h] = dd;
      affluence[h * k + j] = dd;
    }
  }

  const total = mu > 0 ? neumaierSum(absDiff) / (2 * n * n * mu) : 0;
  const wTerms: number[] = [];
  const nbTerms: number[] = [];
  const tTerms: number[] = [];
  if (mu > 0) {
    const p = (j: number) => sizes[j]! / n;
    const s = (j: number) => (sizes[j]! * means[j]!) / (n * mu);
    for (let j = 0; j < k; j++) {
      wTerms.push(gini[j * k + j]! * p(j) * s(j));
      for (let h = j + 1; h < k; h++) {
        const w = gini[j * k + h]! * (p(j) * s(h) + p(h) * s(j));
        nbTerms.push(w * affluence[j * k + h]!);
        tTerms.push(w * (1 - affluence[j * k + h]!));
      }
    }
  }
  const within = neumaierSum(wTerms);
  const netBetween = neumaierSum(nbTerms);
  const transvariation = neumaierSum(tTerms);
  const sum = within + netBetween + transvariation;
  if (Math.abs(total - sum) > 1e-9 * Math.max(total, 1e-300) && Math.abs(total - sum) > 1e-15) {
    throw new Error(`dagumGini: G = ${total} but G_w + G_nb + G_t = ${sum}`);
  }
  const shares =
    total > 0
      ? {
          within: within / total,
          netBetween: netBetween / total,
          transvariation: transvariation / total,
        }
      : null;
  return {
    total,
    means,
    sizes,
    order,
    gini,
    affluence,
    within,
    netBetween,
    transvariation,
    shares,
  };
}
