/**
 * The descriptive statistics of each indicator (the usual first table of a paper): over every
 * unit × year cell of the indicator's values as normalisation reads them (after aggregation,
 * derivation and filling): n, mean, sample standard deviation, min, max.
 */
import type { Result } from "@ccdc/engine";

export interface Descriptive {
  readonly n: number;
  readonly mean: number;
  /** Sample standard deviation, n − 1 in the denominator (Excel's STDEV.S); 0 when n = 1. */
  readonly sd: number;
  readonly min: number;
  readonly max: number;
}

/**
 * n, mean, sd, min and max of `xs` (n ≥ 1). Two passes: mean = Σx / n, then
 * sd = √(Σ(x − mean)² / (n − 1)), which avoids the cancellation of the one-pass Σx² formula.
 */
export function describe(xs: Float64Array): Descriptive {
  const n = xs.length;
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const x of xs) {
    sum += x;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  // A constant column has sd 0 exactly (Σx/n can differ from x in the last bit).
  if (min === max) return { n, mean: min, sd: 0, min, max };
  const mean = sum / n;
  let ss = 0;
  for (const x of xs) ss += (x - mean) * (x - mean);
  return { n, mean, sd: n > 1 ? Math.sqrt(ss / (n - 1)) : 0, min, max };
}

export interface IndicatorDescriptive extends Descriptive {
  readonly id: string;
  readonly unit: string;
}

/** One row per indicator, in the result's order; indicators with no values are left out. */
export function describeIndicators(result: Result): IndicatorDescriptive[] {
  const rows: IndicatorDescriptive[] = [];
  for (const ind of result.indicators) {
    const values = result.units.flatMap((u) => ind.values[u.id] ?? []);
    if (values.length === 0) continue;
    rows.push({ id: ind.id, unit: ind.unit, ...describe(Float64Array.from(values)) });
  }
  return rows;
}
