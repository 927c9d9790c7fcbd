/** Number and label formatting shared by the renderers. Pure and locale-independent. */

/** Fixed decimals without "-0.000". */
export function fixed(value: number, decimals: number): string {
  const s = value.toFixed(decimals);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

/**
 * A scale's bound exactly as declared: the shortest decimal that reads back as the same number
 * (0.25 stays 0.25, never "0.3"), with at least one decimal (0 → "0.0", 1 → "1.0") and never
 * in exponent notation (1e-7 → "0.0000001").
 */
export function exactBound(value: number): string {
  if (Number.isInteger(value)) return value.toFixed(1);
  const shortest = String(value);
  if (!/e/i.test(shortest)) return shortest;
  for (let digits = 1; digits <= 100; digits++) {
    const s = value.toFixed(digits);
    if (Number(s) === value) return s;
  }
  return shortest;
}

/** A level's interval with its closed or open ends: "[0.25, 0.5)". */
export function levelInterval(l: {
  lower: number;
  upper: number;
  lowerClosed: boolean;
  upperClosed: boolean;
}): string {
  return `${l.lowerClosed ? "[" : "("}${exactBound(l.lower)}, ${exactBound(l.upper)}${l.upperClosed ? "]" : ")"}`;
}

/** A growth rate as a percentage with two decimals, or `none` ("n/a") when undefined. */
export function percent(value: number | null | undefined, none = "n/a"): string {
  return value === null || value === undefined ? none : `${fixed(value * 100, 2)}%`;
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

/**
 * A choice with its origin: "entropy (default)" when the spec did not write it; `byDefault`
 * says it in the report's language.
 */
export function withOrigin(
  value: string,
  origin: "spec" | "default",
  byDefault: (value: string) => string = (v) => `${v} (default)`,
): string {
  return origin === "default" ? byDefault(value) : value;
}
