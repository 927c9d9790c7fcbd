/**
 * weights.csv, filled.csv and descriptive.csv: tidy tables with ids (for joining) and, where a
 * name is shown, the label in the chosen --lang. Numbers in full, like every ccdc CSV.
 *
 * - weights.csv: node, child, year, weight: one row per weight; `year` is empty for a node
 *   whose weights hold for every year, and set for a node weighted per year.
 * - filled.csv: variable, region, year, rule, value: every cell a declared rule filled.
 * - descriptive.csv: indicator, label, unit, n, mean, sd, min, max (sd: sample, n − 1).
 */
import type { Result } from "@ccdc/engine";
import { csvLines } from "../render/csv.js";
import type { Names } from "../render/names.js";
import { nodesInReportOrder } from "../render/sections.js";
import { describeIndicators } from "./descriptive.js";

export function weightsCsv(result: Result, names: Names): string {
  const rows: (string | number)[][] = [];
  for (const node of nodesInReportOrder(result)) {
    for (const [child, w] of Object.entries(node.weights)) {
      const byYear = node.weightsByYear?.[child];
      const base = [node.id, names.node(node.id), child, names.child(child)];
      if (!byYear) {
        rows.push([...base, "", w]);
        continue;
      }
      for (const [i, y] of result.years.entries()) rows.push([...base, y, byYear[i] ?? 0]);
    }
  }
  return csvLines(["node", "node_label", "child", "child_label", "year", "weight"], rows);
}

export function filledCsv(result: Result): string {
  return csvLines(
    ["variable", "region", "year", "rule", "value"],
    result.filled.map((c) => [c.variable, c.region, c.year, c.rule, c.value]),
  );
}

export function descriptiveCsv(result: Result, names: Names): string {
  return csvLines(
    ["indicator", "label", "unit", "n", "mean", "sd", "min", "max"],
    describeIndicators(result).map((d) => [
      d.id,
      names.indicator(d.id),
      d.unit,
      d.n,
      d.mean,
      d.sd,
      d.min,
      d.max,
    ]),
  );
}
