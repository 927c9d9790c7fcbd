/**
 * panel.csv: a wide panel, one row per unit and year, for regression in Stata, R or Python
 * (`import delimited`, `read.csv`, `pandas.read_csv`): columns
 *
 *   region, cluster, year, <every node's index>, <every within analysis's C, T, D and level>
 *
 * At region level `region` is the unit and `cluster` the declared cluster it belongs to (empty
 * if none); at cluster level `region` is empty and `cluster` is the unit. A within analysis
 * contributes `<analysis>_C`, `<analysis>_T`, `<analysis>_D` and `<analysis>_level`, with the
 * form inserted (`<analysis>_<form>_D`) when it computes several forms; a unit the analysis
 * does not cover has empty cells. Between analyses couple several units, so they have no
 * per-unit column. Names are the spec's ids: letters, digits and underscores, as Stata needs.
 * Numbers are written in full (shortest round-trip form).
 */
import type { Result } from "@ccdc/engine";
import { own, type Plan } from "@ccdc/plan";
import { type CsvCell, csvChunks } from "./csv-stream.js";
import { nodesInReportOrder } from "./sections.js";

export function renderPanelCsv(result: Result, plan: Plan): string {
  return [...panelCsvChunks(result, plan)].join("");
}

/** panel.csv in chunks of text, row by row (a 30,000-unit panel has 600,000 rows). */
export function panelCsvChunks(result: Result, plan: Plan, chunkChars?: number): Generator<string> {
  const regionLevel = result.method.unitLevel === "region";
  const clusterOf = new Map<string, string>();
  for (const c of plan.clusters ?? []) for (const r of c.members) clusterOf.set(r, c.id);
  const nodes = nodesInReportOrder(result);
  const kinds = new Map(plan.analyses.map((a) => [a.id, a] as const));
  const rows = result.coupling.filter((r) => kinds.get(r.analysis)?.kind === "within");
  const multiForm = new Set(
    plan.analyses.filter((a) => a.kind === "within" && a.forms.length > 1).map((a) => a.id),
  );
  // One column group per (analysis, form), in result order.
  const groups: { name: string; analysis: string; form: string }[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    const key = `${r.analysis}\u0000${r.form}`;
    if (seen.has(key)) continue;
    seen.add(key);
    groups.push({
      name: multiForm.has(r.analysis) ? `${r.analysis}_${r.form}` : r.analysis,
      analysis: r.analysis,
      form: r.form,
    });
  }
  const byKey = new Map(rows.map((r) => [`${r.analysis}\u0000${r.form}\u0000${r.units[0]}`, r]));
  const header = [
    "region",
    "cluster",
    "year",
    ...nodes.map((n) => n.id),
    ...groups.flatMap((g) => ["C", "T", "D", "level"].map((s) => `${g.name}_${s}`)),
  ];
  function* panelRows(): Generator<CsvCell[]> {
    for (const unit of result.units) {
      const series = nodes.map((n) => own(n.index, unit.id));
      // Each row's columns read once (a row may build its arrays on access).
      const coupled = groups.map((g) => {
        const r = byKey.get(`${g.analysis}\u0000${g.form}\u0000${unit.id}`);
        return r && { C: r.C, T: r.T, D: r.D, level: r.level };
      });
      for (let t = 0; t < result.years.length; t++) {
        const row: CsvCell[] = regionLevel
          ? [unit.id, clusterOf.get(unit.id) ?? "", result.years[t]]
          : ["", unit.id, result.years[t]];
        for (const s of series) row.push(s?.[t] ?? null);
        for (const r of coupled)
          row.push(r?.C[t] ?? null, r?.T[t] ?? null, r?.D[t] ?? null, r?.level[t] ?? null);
        yield row;
      }
    }
  }
  return csvChunks(header, panelRows(), chunkChars);
}

/**
 * density.csv: dynamics,year,x,density — every kernel density curve of the result, long
 * (one grid point per row), for plotting elsewhere.
 */
export function renderDensityCsv(result: Result): string {
  return [...densityCsvChunks(result)].join("");
}

/** density.csv in chunks of text. */
export function densityCsvChunks(result: Result, chunkChars?: number): Generator<string> {
  function* rows(): Generator<CsvCell[]> {
    for (const d of result.dynamics ?? []) {
      if (!d.density) continue;
      const grid = d.density.grid;
      for (const c of d.density.curves)
        for (let i = 0; i < c.density.length; i++) yield [d.id, c.year, grid[i]!, c.density[i]!];
    }
  }
  return csvChunks(["dynamics", "year", "x", "density"], rows(), chunkChars);
}
