/**
 * The results.xlsx sheet of the sensitivity analyses: the rows of sensitivity.csv with the
 * analyses, nodes, units and systems by their labels and the heads in --lang — per analysis,
 * watched output, row and year the nominal value, the median and the 5 % and 95 % quantiles
 * over the runs, the share of runs keeping the nominal grade (analyses only) and the rank
 * with its least and greatest over the runs.
 */
import type { CellValue, PaperTable, TableContext } from "./tables.js";

/** The sensitivity sheet, or none when the study has no sensitivity analysis. */
export function sensitivitySheets(ctx: TableContext): PaperTable[] {
  const { result, names, words } = ctx;
  if (result.sensitivity === undefined) return [];
  const sw = words.sheets;
  const rows: CellValue[][] = [];
  for (const s of result.sensitivity) {
    for (const o of s.outputs) {
      const output = o.kind === "analysis" ? names.analysis(o.id) : names.node(o.id);
      for (const r of o.rows) {
        const units = r.units.map((u) => names.unit(u)).join(" + ");
        const systems = r.systems.map((x) => names.node(x)).join(" + ");
        for (const [y, year] of result.years.entries()) {
          rows.push([
            s.labels[names.lang] || s.label,
            output,
            o.form ?? null,
            units,
            systems,
            year,
            r.nominal[y] ?? null,
            r.median[y] ?? null,
            r.low[y] ?? null,
            r.high[y] ?? null,
            r.gradeShare?.[y] ?? null,
            r.rank.nominal[y] ?? null,
            r.rank.low[y] ?? null,
            r.rank.high[y] ?? null,
          ]);
        }
      }
    }
  }
  return [
    {
      key: "sensitivity",
      // The analyses' own labels say what was varied ("Sensitivity: How much … move D").
      caption: `${sw.sensitivity}: ${result.sensitivity.map((s) => s.labels[names.lang] || s.label).join("; ")}`,
      columns: [
        { header: sw.sensitivity, kind: "text" },
        { header: sw.output, kind: "text" },
        { header: words.form, kind: "text" },
        { header: words.unit, kind: "text" },
        { header: sw.systems, kind: "text" },
        { header: words.year, kind: "integer" },
        { header: sw.nominal, kind: "decimal3" },
        { header: sw.median, kind: "decimal3" },
        { header: sw.q05, kind: "decimal3" },
        { header: sw.q95, kind: "decimal3" },
        { header: sw.gradeShare, kind: "decimal3" },
        { header: sw.rank, kind: "general" },
        { header: sw.rankMin, kind: "general" },
        { header: sw.rankMax, kind: "general" },
      ],
      rows,
    },
  ];
}
