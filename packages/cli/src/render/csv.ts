/**
 * The `csv` format: tidy long tables (one observation per row, RFC 4180 quoting, "\n" line
 * ends). Numbers are written in full (JavaScript's shortest round-trip form), never rounded.
 *
 * - `renderTidyCsv`: the one combined table printed to stdout, with columns
 *   table,node_or_analysis,form,unit_or_combination,year,value,level where `table` is
 *   `index` (a node's index: node id, unit, year), `coupling` (D and its grade level: the
 *   analysis id — `analysis:node` for an analysis between units — the form, the units joined
 *   by "+", year) or `growth` (a node's average annual growth for a unit; no year).
 * - `renderIndicesCsv` and `renderCouplingCsv`: the wider per-table files `--out` writes.
 */
import type { Result } from "@ccdc/engine";
import type { Plan } from "@ccdc/plan";
import {
  type CsvCell,
  couplingCsvChunks,
  csvChunks,
  csvField,
  indicesCsvChunks,
  sensitivityCsvChunks,
  TIDY_COLUMNS,
  tidyCsvChunks,
} from "./csv-stream.js";
import type { Names } from "./names.js";

export { csvField, TIDY_COLUMNS };

export function csvLines(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [...csvChunks(header, rows)].join("");
}

// The tables are produced as chunks (csv-stream.ts), which `--out` writes as they come.
export function renderTidyCsv(result: Result): string {
  return [...tidyCsvChunks(result)].join("");
}

/** indices.csv: node,role,unit,year,index. */
export function renderIndicesCsv(result: Result): string {
  return [...indicesCsvChunks(result)].join("");
}

/**
 * coupling.csv: analysis,form,systems,units,year,C,T,D,level,label (systems and units joined
 * by "+"); `label` in the language of `levelName` (see `levelNamesIn`), else the primary one.
 */
export function renderCouplingCsv(
  result: Result,
  levelName?: (analysis: string, level: number) => string,
): string {
  return [...couplingCsvChunks(result, undefined, levelName)].join("");
}

/**
 * The level names of coupling.csv's `label` column in `names`' language: undefined for English
 * (the engine's primary labels, as results.json has them), else each analysis's scale's level
 * by its label in that language (the English one where it has none).
 */
export function levelNamesIn(
  plan: Plan,
  names: Names | undefined,
): ((analysis: string, level: number) => string) | undefined {
  if (names === undefined || names.lang === "en") return undefined;
  const scaleOf = new Map(plan.analyses.map((a) => [a.id, a.scale] as const));
  return (analysis, level) => names.level(scaleOf.get(analysis) ?? "", level);
}

/** `sensitivity.csv` (see `sensitivityCsvChunks`). */
export function renderSensitivityCsv(result: Result): string {
  return [...sensitivityCsvChunks(result)].join("");
}
