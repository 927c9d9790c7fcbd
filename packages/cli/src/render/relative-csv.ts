/**
 * relative-ID.csv (`--out`): one row per unit and year of a relative development analysis:
 *
 *   unit, year, E, E_<system>…, lagging, level, lag_type, D, d_level, cross_type
 *
 * E is the graded ratio, E_<system> each system's ratio (empty where the denominator is 0, the
 * declared rule), `lagging` the system with the lowest index, `level` E's band, `lag_type`
 * "synchronous" or the lagging system, `d_level` D's level on the analysis's scale. Numbers
 * in full (shortest round-trip form). Produced as chunks (csv-stream.ts), rows as they come.
 */
import type { ResultRelative } from "@ccdc/engine";
import { type CsvCell, csvChunks } from "./csv-stream.js";

export function relativeCsvChunks(r: ResultRelative, years: readonly number[]): Generator<string> {
  const header = [
    "unit",
    "year",
    "E",
    ...r.systems.map((s) => `E_${s}`),
    "lagging",
    "level",
    "lag_type",
    "D",
    "d_level",
    "cross_type",
  ];
  return csvChunks(header, rows(r, years));
}

function* rows(r: ResultRelative, years: readonly number[]): Generator<CsvCell[]> {
  for (const row of r.rows)
    for (const [t, year] of years.entries())
      yield [
        row.unit,
        year,
        row.E[t] ?? null,
        ...r.systems.map((s) => row.ratios[s]?.[t] ?? null),
        row.lagging[t]!,
        row.level[t]!,
        row.lagType[t]!,
        row.D[t]!,
        row.dLevel[t]!,
        row.crossType[t]!,
      ];
}

/** The same table as one string. */
export function renderRelativeCsv(r: ResultRelative, years: readonly number[]): string {
  return [...relativeCsvChunks(r, years)].join("");
}
