import { neumaierSum } from "./sum.js";

/**
 * The kernel K, scaled so that the bandwidth h is the kernel's standard deviation (R's
 * `density()` convention, so the same h means the same smoothness for either kernel):
 * - "gaussian": K_h(u) = φ(u/h)/h;
 * - "epanechnikov": K_h(u) = (3/(4a))(1 − (u/a)²) for |u| < a, else 0, with a = √5·h.
 */
export type KdeKernel = "gaussian" | "epanechnikov";

/**
 * The bandwidth rule:
 * - "nrd0": Silverman's rule of thumb (B. W. Silverman 1986, Density Estimation, eq. 3.31), R's
 *   `bw.nrd0`: h = 0.9 · min(σ̂, IQR/1.34) · n^(−1/5);
 * - "nrd": Scott's variation (D. W. Scott 1992, Multivariate Density Estimation), R's `bw.nrd`:
 *   h = 1.06 · min(σ̂, IQR/1.34) · n^(−1/5).
 * σ̂ is the sample standard deviation (n − 1) and the IQR uses R's default quantiles (type 7).
 */
export type BandwidthRule = "nrd0" | "nrd";

/** The type-7 sample quantile (R's default, Hyndman & Fan 1996) of sorted values. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError("quantileSorted: no values");
  const hIdx = (n - 1) * p;
  const lo = Math.floor(hIdx);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (hIdx - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * The bandwidth h of a rule for values x (n ≥ 2, else a RangeError). When min(σ̂, IQR/1.34) is 0
 * the rule falls back as R's `bw.nrd0` does — to σ̂, then |x_1|, then 1 — so h > 0 always: all
 * values equal gives h = c·|x_1|·n^(−1/5), or c·n^(−1/5) when they are 0 (c = 0.9 or 1.06; R's
 * `bw.nrd` itself would return 0 there, which ccdc does not use).
 */
export function bandwidth(rule: BandwidthRule, x: Float64Array): number {
  const n = x.length;
  if (n < 2) throw new RangeError(`bandwidth: needs at least 2 values, got ${n}`);
  const mean = neumaierSum(x) / n;
  const dev = new Float64Array(n);
  for (let i = 0; i < n; i++) dev[i] = (x[i]! - mean) ** 2;
  const sd = Math.sqrt(neumaierSum(dev) / (n - 1));
  const sorted = Float64Array.from(x).sort();
  const iqr = quantileSorted(sorted, 0.75) - quantileSorted(sorted, 0.25);
  let lo = Math.min(sd, iqr / 1.34);
  if (!(lo > 0)) lo = sd > 0 ? sd : Math.abs(x[0]!) > 0 ? Math.abs(x[0]!) : 1;
  return (rule === "nrd0" ? 0.9 : 1.06) * lo * n ** -0.2;
}

/**
 * The kernel density estimate f̂(g) = (1/n) Σ_i K_h(g − x_i) at each grid point g (Rosenblatt
 * 1956, Parzen 1962), computed exactly (no binning or FFT, unlike R's `density()`).
 *
 * Preconditions (RangeError): n ≥ 1; h finite > 0; every x finite.
 */
export function kernelDensity(
  kernel: KdeKernel,
  x: Float64Array,
  h: number,
  grid: Float64Array,
): Float64Array {
  const n = x.length;
  if (n < 1) throw new RangeError("kernelDensity: no values");
  if (!(h > 0 && h < Number.POSITIVE_INFINITY)) {
    throw new RangeError(`kernelDensity: bandwidth ${h}, expected finite > 0`);
  }
  const out = new Float64Array(grid.length);
  const terms = new Float64Array(n);
  const a = Math.sqrt(5) * h;
  const gaussNorm = 1 / (h * Math.sqrt(2 * Math.PI));
  for (let g = 0; g < grid.length; g++) {
    const at = grid[g]!;
    for (let i = 0; i < n; i++) {
      const u = at - x[i]!;
      if (kernel === "gaussian") {
        const z = u / h;
        terms[i] = gaussNorm * Math.exp(-0.5 * z * z);
      } else {
        const r = Math.abs(u) / a;
        terms[i] = r < 1 ? (0.75 * (1 - r * r)) / a : 0;
      }
    }
    out[g] = neumaierSum(terms) / n;
  }
  return out;
}

/** m ≥ 2 equally spaced points from `from` to `to` inclusive (the last is exactly `to`). */
export function evenGrid(from: number, to: number, m: number): Float64Array {
  if (!(m >= 2) || !(to > from)) {
    throw new RangeError(`evenGrid: needs m ≥ 2 and from < to, got ${m}, [${from}, ${to}]`);
  }
  const out = new Float64Array(m);
  const step = (to - from) / (m - 1);
  for (let i = 0; i < m; i++) out[i] = from + i * step;
  out[m - 1] = to;
  return out;
}
