/**
 * The results part of a report, as document blocks: the study, its units, every node's index
 * by unit and year (the paper's Table 3), the coupling coordination degree D with its grade
 * level for every analysis and form (Table 4 and the internal coupling), the scale legend and
 * the average annual growth. Pure: result and plan in, blocks out.
 */

import type { CouplingRow, Result, ResultNode } from "@ccdc/engine";
import { appendAll, own, type Plan, type Scale } from "@ccdc/plan";
import { type Block, heading, table, text } from "./document.js";
import { fixed, levelInterval, percent } from "./format.js";
import type { Lang, Names } from "./names.js";
import { reportWords } from "./words.js";

export function studyBlocks(result: Result, plan: Plan, names: Names): Block[] {
  const w = reportWords(names.lang).study;
  const years = result.years;
  const span = years.length > 0 ? `${years[0]}-${years[years.length - 1]}` : w.noYears;
  const lines = [
    w.line(result.study.id, result.units.length, result.method.unitLevel, span),
    ...plan.study.notes.map(w.note),
    ...plan.study.citations.map((c) => w.cite(c.id, c.text)),
  ];
  const clusters = result.method.unitLevel === "cluster";
  const members = new Map(plan.units.list.map((u) => [u.id, u.members]));
  const unitRows = result.units.map((u) => {
    const row = [u.id, names.unit(u.id)];
    if (clusters) row.push((members.get(u.id) ?? []).map(names.region).join(", "));
    return row;
  });
  return [
    heading(1, result.study.title),
    text(...lines),
    heading(3, w.units),
    table(clusters ? [w.unit, w.label, w.members] : [w.unit, w.label], unitRows, 3),
  ];
}

/** Non-root nodes in result order (systems, groups), then the root: the paper's row order. */
export function nodesInReportOrder(result: Result): ResultNode[] {
  return [
    ...result.nodes.filter((n) => n.role !== "root"),
    ...result.nodes.filter((n) => n.role === "root"),
  ];
}

export function indexBlocks(result: Result, names: Names): Block[] {
  return indexBlockParts(result, names).flatMap((part) => part());
}

/**
 * The development indices section in parts, each built when it is called: the heading, then
 * one node's table per part (a streamed report holds one 30,000-row table at a time).
 */
export function indexBlockParts(result: Result, names: Names): (() => Block[])[] {
  const w = reportWords(names.lang);
  const intro = (): Block[] => [heading(2, w.indices.heading), text(w.indices.intro)];
  const nodeTable = (node: ResultNode) => (): Block[] => {
    const how = node.compose === "given" ? w.indices.givenInData : node.compose;
    const rows = result.units.map((u) => [
      names.unit(u.id),
      ...(own(node.index, u.id) ?? []).map((v) => fixed(v, 3)),
    ]);
    return [
      heading(
        3,
        w.indices.nodeHeading(names.node(node.id), node.id, w.indices.role[node.role], how),
      ),
      table([w.coupling.unit, ...result.years.map(String)], rows),
    ];
  };
  return [intro, ...nodesInReportOrder(result).map(nodeTable)];
}

/** A row's cells by year: D to 3 decimals with its level (D and level read once per row). */
const cells = (row: CouplingRow): string[] => {
  const { D, level } = row;
  return D.map((d, i) => `${fixed(d, 3)} (${level[i] ?? "?"})`);
};

/**
 * The analyses in plan order, each with its rows by form (in the analysis's form order), and
 * within a form in the plan's order: units for `within`, node then combination for `between`.
 */
export function couplingGroups(result: Result, plan: Plan) {
  const key = (ids: readonly string[]) => ids.join("\u0000");
  return plan.analyses.map((analysis) => {
    // Positions looked up in maps, not searched: a renderer stays linear in its rows
    // (20,000 combinations took half a minute with indexOf/findIndex per row).
    const position = (ids: readonly string[]) => new Map(ids.map((id, i) => [id, i] as const));
    const units = position(analysis.kind === "within" ? analysis.units : []);
    const nodes = position(analysis.kind === "between" ? analysis.nodes : []);
    const combos = position(analysis.kind === "between" ? analysis.combinations.map(key) : []);
    const nCombos = analysis.kind === "between" ? analysis.combinations.length : 0;
    const rank = (r: CouplingRow): number => {
      if (analysis.kind === "within") return units.get(r.units[0] ?? "") ?? -1;
      const node = nodes.get(r.systems[0] ?? "") ?? -1;
      return node * (nCombos + 1) + (combos.get(key(r.units)) ?? -1);
    };
    return {
      analysis,
      forms: analysis.forms.map((form) => ({
        form,
        rows: result.coupling
          .filter((r) => r.analysis === analysis.id && r.form === form)
          .map((r, i) => ({ r, i, rank: rank(r) }))
          .sort((a, b) => a.rank - b.rank || a.i - b.i)
          .map(({ r }) => r),
      })),
    };
  });
}

export function couplingBlocks(result: Result, plan: Plan, names: Names): Block[] {
  if (plan.analyses.length === 0) return [];
  const w = reportWords(names.lang).coupling;
  const blocks: Block[] = [heading(2, w.heading), text(w.intro)];
  const unitNames = (r: CouplingRow) => r.units.map(names.unit).join(" + ");
  const yearHeader = result.years.map(String);
  for (const { analysis, forms } of couplingGroups(result, plan)) {
    const label = names.analysis(analysis.id);
    for (const { form, rows } of forms) {
      blocks.push(heading(3, w.analysisHeading(label, analysis.id, form)));
      if (analysis.kind === "within") {
        blocks.push(
          text(w.within(analysis.systems.join(", "), analysis.systems.length, analysis.scale)),
        );
        blocks.push(
          table(
            [w.unit, ...yearHeader],
            rows.map((r) => [unitNames(r), ...cells(r)]),
          ),
        );
      } else {
        blocks.push(text(w.between(analysis.scale)));
        const tableRows = rows.map((r) => {
          const node = r.systems.map(names.node).join(", ");
          return [node, unitNames(r), ...cells(r)];
        });
        blocks.push(table([w.node, w.combination, ...yearHeader], blankRepeats(tableRows), 2));
        const used = [...new Set(rows.flatMap((r) => r.systems))];
        blocks.push(text(w.nodes(used.map((id) => `${id} = ${names.node(id)}`))));
      }
    }
  }
  for (const scale of usedScales(plan)) appendAll(blocks, scaleBlocks(scale, names.lang));
  return blocks;
}

/** Prints a grouping column's value only where it changes, as the paper's tables do. */
function blankRepeats(rows: string[][]): string[][] {
  return rows.map((row, i) => (i > 0 && rows[i - 1]?.[0] === row[0] ? ["", ...row.slice(1)] : row));
}

function usedScales(plan: Plan): Scale[] {
  const ids = new Set(plan.analyses.map((a) => a.scale));
  return plan.scales.filter((s) => ids.has(s.id));
}

/**
 * A scale's legend: level, interval and the level's name in `lang`; in English, then its names in the
 * other languages the scale declares (one column each, headed by the language's code).
 */
export function scaleBlocks(scale: Scale, lang: Lang = "en"): Block[] {
  const w = reportWords(lang).scale;
  // The English report lists the other declared languages too; another language's report
  // names the levels in its own words only (a paper's legend).
  const langs =
    lang === "en"
      ? [...new Set(scale.levels.flatMap((l) => Object.keys(l.labels)))]
          .filter((l) => l !== "en")
          .sort()
      : [];
  // The scale's and levels' names in `lang`, falling back to English as names.ts does.
  const named = (labels: Readonly<Record<string, string>>) =>
    own(labels, lang) || own(labels, "en");
  const rows = scale.levels.map((l) => [
    String(l.level),
    levelInterval(l),
    named(l.labels) ?? "",
    ...langs.map((other) => own(l.labels, other) ?? ""),
  ]);
  return [
    heading(3, w.heading(scale.id, named(scale.labels) ?? scale.id)),
    {
      kind: "table",
      header: [w.level, "D", w.label, ...langs],
      rows,
      align: ["right", "left", "left", ...langs.map(() => "left" as const)],
    },
  ];
}

export function growthBlocks(result: Result, names: Names): Block[] {
  const years = result.years;
  if (years.length < 2) return [];
  const first = years[0];
  const last = years[years.length - 1];
  const w = reportWords(names.lang);
  const rows = nodesInReportOrder(result).map((n) => [
    names.node(n.id),
    ...result.units.map((u) => percent(own(own(result.growth, n.id), u.id), w.notAvailable)),
  ]);
  return [
    heading(2, w.growth.heading),
    text(w.growth.intro(first!, last!)),
    table([w.growth.node, ...result.units.map((u) => names.unit(u.id))], rows),
  ];
}
