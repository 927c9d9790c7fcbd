/**
 * Average annual growth rate, compound over the years − 1 intervals between the first and the
 * last year (METHOD.md §5; the paper's section 4 rates, e.g. BTH 2013→2021):
 *
 *   g = (last / first)^(1 / (years − 1)) − 1
 *
 * evaluated as expm1(ln(last / first) / (years − 1)), which keeps small rates accurate.
 * `years` counts the yearly observations (9 for 2013–2021), not the intervals.
 *
 * Returns null — the rate is undefined and the caller warns — when years is not an integer
 * ≥ 2, when first ≤ 0 (no base to grow from), when last < 0, or when any argument is NaN or
 * infinite. last = 0 gives −1 (−100 %).
 */
export function averageAnnualGrowth(first: number, last: number, years: number): number | null {
  if (!Number.isInteger(years) || years < 2) return null;
  if (!(first > 0 && first < Number.POSITIVE_INFINITY)) return null;
  if (!(last >= 0 && last < Number.POSITIVE_INFINITY)) return null;
  return Math.expm1(Math.log(last / first) / (years - 1));
}
