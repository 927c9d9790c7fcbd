/**
 * Average annual growth rate, compound over the years − 1 intervals between the first and the
 * last year (docs/method.md §7; the paper's section 4 rates, e.g. BTH 2013→2021):
 *
 *   g = (last / first)^(1 / (years − 1)) − 1
 *
 * evaluated as expm1(ln(last / first) / (years − 1)), which keeps small rates accurate.
 * `years` counts the yearly observations (9 for 2013–2021), not the intervals.
 *
 * Returns null — the rate is undefined and the caller warns — when years is not an integer
 * ≥ 2, when first ≤ 0 (no base to grow from), when last < 0, when any argument is NaN or
 * infinite, or when the rate itself is beyond the largest double (a first value so tiny that
 * last / first overflows over too few years). last = 0 gives −1 (−100 %). A ratio that
 * overflows is taken as ln last − ln first, so longer studies still get their finite rate.
 */
export function averageAnnualGrowth(first: number, last: number, years: number): number | null {
  if (!Number.isInteger(years) || years < 2) return null;
  if (!(first > 0 && first < Number.POSITIVE_INFINITY)) return null;
  if (!(last >= 0 && last < Number.POSITIVE_INFINITY)) return null;
  const ratio = last / first;
  const ln = ratio < Number.POSITIVE_INFINITY ? Math.log(ratio) : Math.log(last) - Math.log(first);
  const g = Math.expm1(ln / (years - 1));
  return g < Number.POSITIVE_INFINITY ? g : null;
}
