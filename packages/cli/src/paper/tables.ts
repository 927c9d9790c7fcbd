/**
 * The tables of a paper, format-neutral: each a caption, typed columns and rows of values
 * (numbers stay numbers, so the workbook stores them as numbers and the Word file formats
 * them once). Names are labels in the chosen --lang (render/names.ts). Built from a result and
 * its plan; written by xlsx.ts, docx.ts and the CSV files.
 */
import type { Result } from "@ccdc/engine";
import type { Plan } from "@ccdc/plan";
import { levelInterval } from "../render/format.js";
import type { Names } from "../render/names.js";
import { couplingGroups, nodesInReportOrder } from "../render/sections.js";
import type { WordSet } from "../render/words.js";
import { describeIndicators } from "./descriptive.js";

export type CellValue = string | number | null;

/** How a column's numbers are shown: 3 decimals, 4 for weights, a percentage, whole, or in full. */
export type ColumnKind = "text" | "decimal3" | "decimal4" | "percent" | "integer" | "general";

export interface Column {
  readonly header: string;
  readonly kind: ColumnKind;
}

export interface PaperTable {
  /** The key tests use: "indices", "coupling", … (and the sheet's name when `sheet` is absent). */
  readonly key: string;
  /** The sheet's name in results.xlsx, in the chosen --lang (English: the key). */
  readonly sheet?: string;
  readonly caption: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly CellValue[])[];
}

export interface TableContext {
  readonly result: Result;
  readonly plan: Plan;
  readonly names: Names;
  readonly words: WordSet;
}

const text = (header: string): Column => ({ header, kind: "text" });
const num = (header: string, kind: ColumnKind = "decimal3"): Column => ({ header, kind });

/** Every node's index by unit (rows) and year (columns): the paper's index table. */
export function indicesTable({ result, names, words }: TableContext): PaperTable {
  const rows = nodesInReportOrder(result).flatMap((node) =>
    result.units.map((u) => [
      names.node(node.id),
      names.unit(u.id),
      ...result.years.map((_, i) => node.index[u.id]?.[i] ?? null),
    ]),
  );
  return {
    key: "indices",
    sheet: words.sheet.indices,
    caption: words.indices,
    columns: [text(words.node), text(words.unit), ...result.years.map((y) => num(String(y)))],
    rows,
  };
}

/** D, C and T with the grade level and its name, one row per analysis, form, row and year. */
export function couplingTable({ result, plan, names, words }: TableContext): PaperTable {
  const rows: CellValue[][] = [];
  for (const { analysis, forms } of couplingGroups(result, plan)) {
    for (const { form, rows: coupled } of forms) {
      for (const r of coupled) {
        r.years.forEach((year, i) => {
          const level = r.level[i] ?? null;
          rows.push([
            names.analysis(analysis.id),
            form,
            analysis.kind === "between" ? names.node(r.systems[0] ?? "") : "",
            r.units.map((u) => names.unit(u)).join(" + "),
            year,
            r.C[i] ?? null,
            r.T[i] ?? null,
            r.D[i] ?? null,
            level,
            level === null ? "" : names.level(analysis.scale, level),
          ]);
        });
      }
    }
  }
  return {
    key: "coupling",
    sheet: words.sheet.coupling,
    caption: words.coupling,
    columns: [
      text(words.analysis),
      text(words.form),
      text(words.node),
      text(words.unit),
      num(words.year, "integer"),
      num(words.C),
      num(words.T),
      num(words.D),
      num(words.level, "integer"),
      text(words.grade),
    ],
    rows,
  };
}

/**
 * The paper's D table for one analysis and form: rows are units (within) or node and
 * combination (between), columns the years, each cell "D (level)".
 */
export function couplingWideTables({ result, plan, names, words }: TableContext): PaperTable[] {
  const tables: PaperTable[] = [];
  for (const { analysis, forms } of couplingGroups(result, plan)) {
    for (const { form, rows } of forms) {
      const between = analysis.kind === "between";
      tables.push({
        key: `coupling-${analysis.id}-${form}`,
        caption: words.paper.dTable(names.analysis(analysis.id), form),
        columns: [
          ...(between ? [text(words.node)] : []),
          text(between ? words.combination : words.unit),
          ...result.years.map((y) => text(String(y))),
        ],
        rows: rows.map((r) => [
          ...(between ? [names.node(r.systems[0] ?? "")] : []),
          r.units.map((u) => names.unit(u)).join(" + "),
          ...r.years.map((_, i) => `${(r.D[i] ?? 0).toFixed(3)} (${r.level[i] ?? ""})`),
        ]),
      });
    }
  }
  return tables;
}

/** The grading scale's levels: level, interval and name (the legend of the D tables). */
export function scaleTables({ plan, names, words }: TableContext): PaperTable[] {
  const used = new Set(plan.analyses.map((a) => a.scale));
  return plan.scales
    .filter((s) => used.has(s.id))
    .map((s) => ({
      key: `scale-${s.id}`,
      caption: names.scale(s.id),
      columns: [num(words.level, "integer"), text(words.D), text(words.grade)],
      rows: s.levels.map((l) => [l.level, levelInterval(l), names.level(s.id, l.level)]),
    }));
}

/**
 * Average annual growth of each node's index, by unit (rows) and node (columns): a study has
 * few nodes and may have many units (30 provinces), so units go down the page, as in the
 * indices table, and the table fits a page's width.
 */
export function growthTable({ result, names, words }: TableContext): PaperTable {
  const nodes = nodesInReportOrder(result);
  return {
    key: "growth",
    sheet: words.sheet.growth,
    caption: words.growth,
    columns: [text(words.unit), ...nodes.map((n) => num(names.node(n.id), "percent"))],
    rows: result.units.map((u) => [
      names.unit(u.id),
      ...nodes.map((n) => result.growth[n.id]?.[u.id] ?? null),
    ]),
  };
}

/**
 * The weights of every node on its children; when a node's weights differ by year (scope
 * per_year), one column per year, else one weight column.
 */
export function weightsTable({ result, names, words }: TableContext): PaperTable {
  const perYear = result.nodes.some((n) => n.weightsByYear !== undefined);
  const rows: CellValue[][] = [];
  for (const node of nodesInReportOrder(result)) {
    for (const [child, w] of Object.entries(node.weights)) {
      const byYear = node.weightsByYear?.[child];
      rows.push([
        names.node(node.id),
        names.child(child),
        w,
        ...(perYear ? result.years.map((_, i) => byYear?.[i] ?? null) : []),
      ]);
    }
  }
  return {
    key: "weights",
    sheet: words.sheet.weights,
    caption: words.weights,
    columns: [
      text(words.node),
      text(words.indicator),
      num(words.weight, "decimal4"),
      ...(perYear ? result.years.map((y) => num(String(y), "decimal4")) : []),
    ],
    rows,
  };
}

/** Every filled cell: variable, region, year, the rule that filled it and the value. */
export function filledTable({ result, names, words }: TableContext): PaperTable {
  return {
    key: "filled",
    sheet: words.sheet.filled,
    caption: words.filled,
    columns: [
      text(words.variable),
      text(words.region),
      num(words.year, "integer"),
      text(words.rule),
      num(words.value, "general"),
    ],
    rows: result.filled.map((c) => [c.variable, names.region(c.region), c.year, c.rule, c.value]),
  };
}

/** Per indicator: unit of measure, n, mean, sd, min, max of its values. */
export function descriptiveTable({ result, names, words }: TableContext): PaperTable {
  return {
    key: "descriptive",
    sheet: words.sheet.descriptive,
    caption: words.descriptive,
    columns: [
      text(words.indicator),
      text(words.measure),
      num(words.n, "integer"),
      num(words.mean),
      num(words.sd),
      num(words.min),
      num(words.max),
    ],
    rows: describeIndicators(result).map((d) => [
      names.indicator(d.id),
      d.unit,
      d.n,
      d.mean,
      d.sd,
      d.min,
      d.max,
    ]),
  };
}
