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

/** coupling.csv: analysis,form,systems,units,year,C,T,D,level,label (systems and units joined by "+"). */
export function renderCouplingCsv(result: Result): string {
  return [...couplingCsvChunks(result)].join("");
}

/** `sensitivity.csv` (see `sensitivityCsvChunks`). */
export function renderSensitivityCsv(result: Result): string {
  return [...sensitivityCsvChunks(result)].join("");
}
