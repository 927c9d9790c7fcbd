/**
 * The obstacle CSVs (`--out`), per obstacle analysis, produced as chunks (csv-stream.ts):
 *
 * - obstacle-ID.csv: `unit, year, indicator, part, F, I, O, rank` — every O_ij with its factor
 *   contribution F_j and deviation I_ij; `rank` 1 for the largest O of the unit and year (ties
 *   in plan order), empty for an indicator with O = 0 (at its ideal, or every indicator at it);
 * - obstacle-ID-shares.csv: `unit, year, part, share` — each part's (system's) obstacle share.
 *
 * Numbers in full (shortest round-trip form).
 */
import type { ResultObstacle } from "@ccdc/engine";
import { type CsvCell, csvChunks } from "./csv-stream.js";

export function obstacleCsvChunks(o: ResultObstacle, years: readonly number[]): Generator<string> {
  return csvChunks(["unit", "year", "indicator", "part", "F", "I", "O", "rank"], rows(o, years));
}

function* rows(o: ResultObstacle, years: readonly number[]): Generator<CsvCell[]> {
  const partOf = new Map(o.parts.flatMap((p) => p.indicators.map((id) => [id, p.id] as const)));
  for (const u of o.units)
    for (const [t, year] of years.entries()) {
      // Every indicator with O > 0, ranked: the top list extended to all of them.
      const ranked = o.indicators
        .map((id, j) => ({ id, j, v: u.obstacle[id]![t]! }))
        .filter((x) => x.v > 0)
        .sort((a, b) => b.v - a.v || a.j - b.j);
      const rank = new Map(ranked.map((x, k) => [x.id, k + 1] as const));
      for (const id of o.indicators)
        yield [
          u.unit,
          year,
          id,
          partOf.get(id) ?? "",
          o.weights[id]![t]!,
          u.deviation[id]![t]!,
          u.obstacle[id]![t]!,
          rank.get(id) ?? null,
        ];
    }
}

export function obstacleSharesCsvChunks(
  o: ResultObstacle,
  years: readonly number[],
): Generator<string> {
  return csvChunks(["unit", "year", "part", "share"], shareRows(o, years));
}

function* shareRows(o: ResultObstacle, years: readonly number[]): Generator<CsvCell[]> {
  for (const u of o.units)
    for (const [t, year] of years.entries())
      for (const p of o.parts) yield [u.unit, year, p.id, u.shares[p.id]![t]!];
}

/** The same tables as strings. */
export function renderObstacleCsv(o: ResultObstacle, years: readonly number[]): string {
  return [...obstacleCsvChunks(o, years)].join("");
}
export function renderObstacleSharesCsv(o: ResultObstacle, years: readonly number[]): string {
  return [...obstacleSharesCsvChunks(o, years)].join("");
}
