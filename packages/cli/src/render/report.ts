/**
 * The run report: every method choice (marked "(default)" where the spec did not write it),
 * the weights of each node, the filled cells and their rules, and the warnings. It is what a
 * reader needs to know the numbers above were computed the way the study claims.
 */
import type { FilledCell, Result } from "@ccdc/engine";
import { type Block, heading, pairs, table, text } from "./document.js";
import { fixed, withOrigin, yearRanges } from "./format.js";
import { nodesInReportOrder } from "./sections.js";

export function runReportBlocks(result: Result): Block[] {
  return [
    heading(2, "Run report"),
    ...methodBlocks(result),
    ...weightBlocks(result),
    ...filledBlocks(result.filled),
    ...warningBlocks(result),
  ];
}

function methodBlocks(result: Result): Block[] {
  const m = result.method;
  const n = m.normalization;
  const blocks: Block[] = [
    heading(3, "Method"),
    pairs([
      [
        "normalization",
        `${n.kind}, shift ${withOrigin(String(n.shift), n.origin.shift)}, scope ${withOrigin(n.scope, n.origin.scope)}`,
      ],
      ["constant indicator", withOrigin(m.constantIndicator.rule, m.constantIndicator.origin)],
      ["units", `${m.unitLevel} level`],
    ]),
    table(
      ["node", "compose", "weighting"],
      m.nodes.map((node) => [
        node.id,
        withOrigin(node.compose, node.composeOrigin),
        node.compose === "given"
          ? "none (given)"
          : withOrigin(node.weighting, node.weightingOrigin),
      ]),
      3,
    ),
  ];
  if (m.variables.length > 0) {
    blocks.push(
      table(
        ["variable", "aggregate", "missing"],
        m.variables.map((v) => [v.id, v.aggregate, withOrigin(v.missing, v.missingOrigin)]),
        3,
      ),
    );
  }
  if (m.analyses.length > 0) {
    blocks.push(
      table(
        ["analysis", "kind", "forms", "beta", "scale"],
        m.analyses.map((a) => [
          a.id,
          a.kind,
          withOrigin(a.forms.join(", "), a.formOrigin),
          withOrigin(
            a.beta === "equal" ? "equal" : a.beta.map((b) => String(b)).join(", "),
            a.betaOrigin,
          ),
          a.scale,
        ]),
        5,
      ),
    );
  }
  if (m.conventions.length > 0) blocks.push(text(...m.conventions.map((c) => `convention: ${c}`)));
  return blocks;
}

function weightBlocks(result: Result): Block[] {
  const rows: string[][] = [];
  for (const node of nodesInReportOrder(result)) {
    const entries = Object.entries(node.weights);
    if (entries.length === 0) {
      rows.push([node.id, node.compose === "given" ? "(given in the data)" : "(none)", ""]);
      continue;
    }
    entries.forEach(([child, w], i) => {
      rows.push([i === 0 ? node.id : "", child, fixed(w, 4)]);
    });
  }
  return [heading(3, "Weights"), table(["node", "on", "weight"], rows, 2)];
}

/** Groups filled cells as (variable, region, rule) → years, in the order the engine listed them. */
export function groupFilled(
  filled: readonly FilledCell[],
): { variable: string; region: string; years: string; rule: string; cells: number }[] {
  const groups = new Map<
    string,
    { variable: string; region: string; rule: string; years: number[] }
  >();
  for (const c of filled) {
    const key = JSON.stringify([c.variable, c.region, c.rule]);
    const g = groups.get(key) ?? {
      variable: c.variable,
      region: c.region,
      rule: c.rule,
      years: [],
    };
    g.years.push(c.year);
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => ({
    variable: g.variable,
    region: g.region,
    years: yearRanges(g.years),
    rule: g.rule,
    cells: g.years.length,
  }));
}

function filledBlocks(filled: readonly FilledCell[]): Block[] {
  if (filled.length === 0)
    return [heading(3, "Filled cells"), text("None: every cell used was observed in the data.")];
  const groups = groupFilled(filled);
  return [
    heading(3, "Filled cells"),
    text(`${filled.length} missing cells were filled by the rules declared in the spec:`),
    table(
      ["variable", "region", "years", "rule"],
      groups.map((g) => [g.variable, g.region, g.years, g.rule]),
      4,
    ),
  ];
}

function warningBlocks(result: Result): Block[] {
  if (result.warnings.length === 0) return [heading(3, "Warnings"), text("None.")];
  return [
    heading(3, "Warnings"),
    table(
      ["code", "message"],
      result.warnings.map((w) => [w.code, w.message]),
      2,
    ),
  ];
}
