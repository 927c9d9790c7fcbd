/**
 * The run report: every method choice (marked "(default)" where the spec did not write it),
 * the weights of each node, the filled cells and their rules, and the warnings. It is what a
 * reader needs to know the numbers above were computed the way the study claims.
 */
import type { FilledCell, Result } from "@ccdc/engine";
import type { Plan } from "@ccdc/plan";
import { type Block, heading, list, pairs, table, text } from "./document.js";
import { fixed, withOrigin, yearRanges } from "./format.js";
import { nodesInReportOrder } from "./sections.js";
import { spatialWeightsBlocks } from "./spatial.js";
import { weightingDetailBlocks } from "./weighting-details.js";

export function runReportBlocks(result: Result, plan: Plan): Block[] {
  return [
    heading(2, "Run report"),
    ...methodBlocks(result),
    ...weightBlocks(result),
    ...weightingDetailBlocks(result),
    ...spatialWeightsBlocks(result),
    ...filledBlocks(
      result.filled,
      plan.regions.map((r) => r.id),
    ),
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
          withOrigin(a.scale, a.scaleOrigin ?? "spec"),
        ]),
        5,
      ),
    );
  }
  if (m.conventions.length > 0) {
    blocks.push(heading(3, "Conventions"), list(m.conventions));
  }
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

export interface FilledGroup {
  readonly variable: string;
  /** The regions, or "all N regions" when every region of the study is concerned. */
  readonly regions: string;
  readonly years: string;
  readonly rule: string;
  readonly cells: number;
}

/**
 * Groups filled cells compactly: per variable and rule, the regions that had the same years
 * filled form one row. Rows keep the engine's order (variable, then region, then year).
 */
export function groupFilled(
  filled: readonly FilledCell[],
  allRegions: readonly string[] = [],
): FilledGroup[] {
  // First the years of each (variable, rule, region) …
  const perRegion = new Map<
    string,
    { variable: string; rule: string; region: string; years: number[] }
  >();
  for (const c of filled) {
    const key = JSON.stringify([c.variable, c.rule, c.region]);
    const g = perRegion.get(key) ?? {
      variable: c.variable,
      rule: c.rule,
      region: c.region,
      years: [],
    };
    g.years.push(c.year);
    perRegion.set(key, g);
  }
  // … then the regions sharing the same years.
  const groups = new Map<
    string,
    { variable: string; rule: string; years: string; regions: string[]; cells: number }
  >();
  for (const g of perRegion.values()) {
    const years = yearRanges(g.years);
    const key = JSON.stringify([g.variable, g.rule, years]);
    const group = groups.get(key) ?? {
      variable: g.variable,
      rule: g.rule,
      years,
      regions: [],
      cells: 0,
    };
    group.regions.push(g.region);
    group.cells += g.years.length;
    groups.set(key, group);
  }
  const everyRegion = new Set(allRegions);
  return [...groups.values()].map((g) => ({
    variable: g.variable,
    regions:
      everyRegion.size > 1 &&
      g.regions.length === everyRegion.size &&
      g.regions.every((r) => everyRegion.has(r))
        ? `all ${everyRegion.size} regions`
        : g.regions.join(", "),
    years: g.years,
    rule: g.rule,
    cells: g.cells,
  }));
}

function filledBlocks(filled: readonly FilledCell[], allRegions: readonly string[]): Block[] {
  if (filled.length === 0)
    return [heading(3, "Filled cells"), text("None: every cell used was observed in the data.")];
  const groups = groupFilled(filled, allRegions);
  return [
    heading(3, "Filled cells"),
    text(`${filled.length} missing cells were filled by the rules declared in the spec:`),
    table(
      ["variable", "regions", "years", "rule", "cells"],
      groups.map((g) => [g.variable, g.regions, g.years, g.rule, String(g.cells)]),
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
