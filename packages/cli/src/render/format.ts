/** Number and label formatting shared by the renderers. Pure and locale-independent. */

/** Fixed decimals without "-0.000". */
export function fixed(value: number, decimals: number): string {
  const s = value.toFixed(decimals);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

/** A growth rate as a percentage with two decimals, or "n/a" when undefined. */
export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? "n/a" : `${fixed(value * 100, 2)}%`;
}

/** Compresses sorted years into ranges: [2013, 2014, 2015, 2018] → "2013-2015, 2018". */
export function yearRanges(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start: number | undefined;
  let prev: number | undefined;
  const flush = () => {
    if (start === undefined || prev === undefined) return;
    parts.push(start === prev ? `${start}` : `${start}-${prev}`);
  };
  for (const y of sorted) {
    if (prev !== undefined && y === prev + 1) {
      prev = y;
      continue;
    }
    flush();
    start = y;
    prev = y;
  }
  flush();
  return parts.join(", ");
}

/** A choice with its origin: "entropy (default)" when the spec did not write it. */
export function withOrigin(value: string, origin: "spec" | "default"): string {
  return origin === "default" ? `${value} (default)` : value;
}
