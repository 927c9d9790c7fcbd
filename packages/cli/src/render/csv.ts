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
import { own } from "@ccdc/plan";
import { nodesInReportOrder } from "./sections.js";

type Cell = string | number | null | undefined;

export function csvField(value: Cell): string {
  if (value === null || value === undefined) return "";
  const s = typeof value === "number" ? String(value) : value;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLines(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `${[header, ...rows].map((r) => r.map(csvField).join(",")).join("\n")}\n`;
}

export const TIDY_COLUMNS = [
  "table",
  "node_or_analysis",
  "form",
  "unit_or_combination",
  "year",
  "value",
  "level",
] as const;

export function renderTidyCsv(result: Result): string {
  const rows: Cell[][] = [];
  for (const node of nodesInReportOrder(result)) {
    for (const unit of result.units) {
      (own(node.index, unit.id) ?? []).forEach((v, i) => {
        rows.push(["index", node.id, "", unit.id, result.years[i], v, ""]);
      });
    }
  }
  const kinds = new Map(result.method.analyses.map((a) => [a.id, a.kind]));
  for (const r of result.coupling) {
    const name =
      kinds.get(r.analysis) === "between" ? `${r.analysis}:${r.systems.join("+")}` : r.analysis;
    r.years.forEach((year, i) => {
      rows.push(["coupling", name, r.form, r.units.join("+"), year, r.D[i], r.level[i]]);
    });
  }
  for (const node of nodesInReportOrder(result)) {
    for (const unit of result.units) {
      rows.push([
        "growth",
        node.id,
        "",
        unit.id,
        "",
        own(own(result.growth, node.id), unit.id) ?? null,
        "",
      ]);
    }
  }
  return csvLines(TIDY_COLUMNS, rows);
}

/** indices.csv: node,role,unit,year,index. */
export function renderIndicesCsv(result: Result): string {
  const rows: Cell[][] = [];
  for (const node of nodesInReportOrder(result)) {
    for (const unit of result.units) {
      (own(node.index, unit.id) ?? []).forEach((v, i) => {
        rows.push([node.id, node.role, unit.id, result.years[i], v]);
      });
    }
  }
  return csvLines(["node", "role", "unit", "year", "index"], rows);
}

/** coupling.csv: analysis,form,systems,units,year,C,T,D,level,label (systems and units joined by "+"). */
export function renderCouplingCsv(result: Result): string {
  const rows: Cell[][] = [];
  for (const r of result.coupling) {
    r.years.forEach((year, i) => {
      rows.push([
        r.analysis,
        r.form,
        r.systems.join("+"),
        r.units.join("+"),
        year,
        r.C[i],
        r.T[i],
        r.D[i],
        r.level[i],
        r.label[i],
      ]);
    });
  }
  return csvLines(
    ["analysis", "form", "systems", "units", "year", "C", "T", "D", "level", "label"],
    rows,
  );
}

/**
 * `sensitivity.csv`: one row per sensitivity analysis, watched output, row and year, with the
 * nominal value, median, 5 % and 95 % quantiles, the share of runs keeping the nominal grade
 * (analyses only) and the rank statistics.
 */
export function renderSensitivityCsv(result: Result): string {
  const rows: Cell[][] = [];
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
