/**
 * The run report: every method choice (marked "(default)" where the spec did not write it),
 * the weights of each node, the declared figures' choices, the filled cells and their rules,
 * and the warnings. It is what a reader needs to know the numbers above were computed the way
 * the study claims.
 */
import type { FilledCell, Result } from "@ccdc/engine";
import type { Plan } from "@ccdc/plan";
import { conventionsIn } from "./conventions.js";
import { type Block, heading, list, pairs, table, text } from "./document.js";
import { figureChoiceBlocks } from "./figure-choices.js";
import { withOrigin as chosen, fixed, yearRanges } from "./format.js";
import { nodesInReportOrder } from "./sections.js";
import { spatialWeightsBlocks } from "./spatial.js";
import { weightingDetailBlocks } from "./weighting-details.js";
import { type ReportWords, reportWords } from "./words.js";

/** The run report, its words in `w`'s language (English by default). */
export function runReportBlocks(
  result: Result,
  plan: Plan,
  w: ReportWords = reportWords(),
): Block[] {
  return [
    heading(2, w.run.heading),
    ...methodBlocks(result, w),
    ...weightBlocks(result, w),
    ...weightingDetailBlocks(result, w),
    ...spatialWeightsBlocks(result, w),
    ...figureChoiceBlocks(plan, w),
    ...filledBlocks(
      result.filled,
      plan.regions.map((r) => r.id),
      w,
    ),
    ...warningBlocks(result, w),
  ];
}

function methodBlocks(result: Result, w: ReportWords): Block[] {
  const m = result.method;
  const n = m.normalization;
  const r = w.run;
  const withOrigin = (value: string, origin: "spec" | "default") =>
    chosen(value, origin, w.byDefault);
  const blocks: Block[] = [
    heading(3, r.method),
    pairs([
      [
        r.normalization,
        r.normalizationValue(
          n.kind,
          withOrigin(String(n.shift), n.origin.shift),
          withOrigin(n.scope, n.origin.scope),
        ),
      ],
      [r.constantIndicator, withOrigin(m.constantIndicator.rule, m.constantIndicator.origin)],
      [r.units, r.unitLevel(m.unitLevel)],
    ]),
    table(
      [r.node, r.compose, r.weighting],
      m.nodes.map((node) => [
        node.id,
        withOrigin(node.compose, node.composeOrigin),
        node.compose === "given"
          ? r.noneGiven
          : withOrigin(w.engineText(node.weighting), node.weightingOrigin),
      ]),
      3,
    ),
  ];
  if (m.variables.length > 0) {
    blocks.push(
      table(
        [r.variable, r.aggregate, r.missing],
        m.variables.map((v) => [v.id, v.aggregate, withOrigin(v.missing, v.missingOrigin)]),
        3,
      ),
    );
  }
  if (m.analyses.length > 0) {
    blocks.push(
      table(
        [r.analysis, r.kind, r.forms, r.beta, r.scale],
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
    blocks.push(heading(3, r.conventions), list(conventionsIn(m.conventions, w)));
  }
  return blocks;
}

function weightBlocks(result: Result, w: ReportWords): Block[] {
  const rows: string[][] = [];
  for (const node of nodesInReportOrder(result)) {
    const entries = Object.entries(node.weights);
    if (entries.length === 0) {
      rows.push([node.id, node.compose === "given" ? w.run.givenInData : w.run.noWeights, ""]);
      continue;
    }
    entries.forEach(([child, weight], i) => {
      rows.push([i === 0 ? node.id : "", child, fixed(weight, 4)]);
    });
  }
  return [heading(3, w.run.weights), table([w.run.node, w.run.on, w.run.weight], rows, 2)];
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
 * `allOf` says "all N regions" in the report's language.
 */
export function groupFilled(
  filled: readonly FilledCell[],
  allRegions: readonly string[] = [],
  allOf: (n: number) => string = reportWords().run.allRegions,
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
        ? allOf(everyRegion.size)
        : g.regions.join(", "),
    years: g.years,
    rule: g.rule,
    cells: g.cells,
  }));
}

function filledBlocks(
  filled: readonly FilledCell[],
  allRegions: readonly string[],
  w: ReportWords,
): Block[] {
  const r = w.run;
  if (filled.length === 0) return [heading(3, r.filled), text(r.noneFilled)];
  const groups = groupFilled(filled, allRegions, r.allRegions);
  return [
    heading(3, r.filled),
    text(r.filledIntro(filled.length)),
    table(
      [r.variable, r.regions, r.years, r.rule, r.cells],
      groups.map((g) => [g.variable, g.regions, g.years, g.rule, String(g.cells)]),
      4,
    ),
  ];
}

/**
 * The warnings, each with its code and its message in --lang: under zh worded from the
 * warning's code and structured fields (words/warnings-zh.ts), under en the engine's message.
 * The codes (docs/run-errors.md) are what a reader looks up.
 */
function warningBlocks(result: Result, w: ReportWords): Block[] {
  if (result.warnings.length === 0) return [heading(3, w.run.warnings), text(w.run.none)];
  return [
    heading(3, w.run.warnings),
    table(
      [w.run.code, w.run.message],
      result.warnings.map((x) => [x.code, w.warning(x)]),
      2,
    ),
  ];
}
