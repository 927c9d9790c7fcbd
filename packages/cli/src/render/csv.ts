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

/**
 * `sensitivity.csv`: one row per sensitivity analysis, watched output, row and year, with the
 * nominal value, median, 5 % and 95 % quantiles, the share of runs keeping the nominal grade
 * (analyses only) and the rank statistics.
 */
export function renderSensitivityCsv(result: Result): string {
  const rows: CsvCell[][] = [];
  for (const s of result.sensitivity ?? []) {
    for (const o of s.outputs) {
      for (const r of o.rows) {
        result.years.forEach((year, y) => {
          rows.push([
            s.id,
            o.kind,
            o.id,
            o.form,
            r.units.join("+"),
            r.systems.join("+"),
            year,
            r.nominal[y],
            r.median[y],
            r.low[y],
            r.high[y],
            r.gradeShare?.[y],
            r.rank.nominal[y],
            r.rank.low[y],
            r.rank.high[y],
          ]);
        });
      }
    }
  }
  return csvLines(
    [
      "sensitivity",
      "output_kind",
      "output",
      "form",
      "units",
      "systems",
      "year",
      "nominal",
      "median",
      "q05",
      "q95",
      "grade_share",
      "rank",
      "rank_min",
      "rank_max",
    ],
    rows,
  );
}
