/**
 * Relative development degree (issue 10; docs/method.md §12): for each `relative` declaration,
 * the systems of a within analysis compared in each of its units and years by the kernel
 * `relativeDevelopment` (E = U1/U2, or each system against the mean of the others), E graded
 * on the declared bands, and the band crossed with D's grade in the chosen coupling form.
 *
 * The band that holds E = 1 is the synchronous one; in any other band the lagging system (the
 * lowest index) is named. A zero denominator follows the kernel's declared rule: E is null,
 * graded as +∞ (a positive numerator: the denominator system lags) or as 1 (0/0: neither is
 * ahead).
 */
import { own, type Plan, type Relative, type RelativeLevel, recordFrom } from "@ccdc/plan";
import type { CouplingBlock } from "../analyses.js";
import { gradingValue, relativeDevelopment } from "../kernels/index.js";
import type { PlanIndex } from "../plan-index.js";
import type { ResultRelative, ResultRelativeRow } from "./result-schema.js";

/** Whether `x` lies in the band (upper null: unbounded). */
export function inBand(l: RelativeLevel, x: number): boolean {
  const aboveLower = l.lowerClosed ? x >= l.lower : x > l.lower;
  const belowUpper = l.upper === null ? true : l.upperClosed ? x <= l.upper : x < l.upper;
  return aboveLower && belowUpper;
}

/** The band of x (the bands tile [0, +∞): the plan checks ensure there is one). */
function bandOf(levels: readonly RelativeLevel[], x: number): number {
  const i = levels.findIndex((l) => inBand(l, x));
  if (i < 0) throw new Error(`internal: E = ${x} in no band`);
  return i;
}

const label = (labels: Readonly<Record<string, string>>, fallback: string) =>
  own(labels, "en") ?? fallback;

/** Runs every relative declaration of the plan. */
export function runRelative(
  index: PlanIndex,
  nodeIndex: readonly Float64Array[],
  blocks: readonly CouplingBlock[],
): ResultRelative[] {
  return (index.plan.relative ?? []).map((rel) => runOne(index, nodeIndex, blocks, rel));
}

function runOne(
  index: PlanIndex,
  nodeIndex: readonly Float64Array[],
  blocks: readonly CouplingBlock[],
  rel: Relative,
): ResultRelative {
  const { plan, nYears } = index;
  const ai = plan.analyses.findIndex((a) => a.id === rel.analysis);
  const analysis = plan.analyses[ai]!;
  if (analysis.kind !== "within") throw new Error("internal: relative of a between analysis");
  const block = blocks.find((b) => b.analysisIndex === ai && b.form === rel.form)!;
  const scale = plan.scales.find((s) => s.id === analysis.scale)!;
  const systems = analysis.systems;
  const columns = systems.map((s) => nodeIndex[index.nodeIndex.get(s)!]!);
  const systemLabel = systems.map((s) => nodeLabel(plan, s));
  const synchronous = rel.levels.map((l) => inBand(l, 1));
  const rows = analysis.units.map((unit, r): ResultRelativeRow => {
    const u = index.unitIndex.get(unit)!;
    const row: ResultRelativeRow = {
      unit,
      E: [],
      ratios: recordFrom(systems.map((s) => [s, [] as (number | null)[]] as const)),
      lagging: [],
      level: [],
      lagType: [],
      D: [],
      dLevel: [],
      crossType: [],
    };
    for (let y = 0; y < nYears; y++) {
      const us = columns.map((c) => c[u * nYears + y]!);
      const res = relativeDevelopment(us);
      // The graded ratio's numerator: U1 (ratio) or the lagging system's U.
      const numerator = rel.rule === "ratio" ? us[0]! : us[res.lagging]!;
      const graded = rel.rule === "ratio" ? res.ratios[0]! : pickGraded(us, res.lagging);
      const band = bandOf(rel.levels, gradingValue(graded, numerator));
      const lagging = systems[res.lagging]!;
      row.E.push(graded);
      const ratios = rel.rule === "ratio" ? res.ratios : meanOfOthers(us);
      for (const [k, s] of systems.entries()) row.ratios[s]!.push(ratios[k]!);
      row.lagging.push(lagging);
      row.level.push(rel.levels[band]!.level);
      row.lagType.push(synchronous[band] ? "synchronous" : lagging);
      const d = block.D[r * nYears + y]!;
      const grade = scale.levels[block.grade[r * nYears + y]!]!;
      row.D.push(d);
      row.dLevel.push(grade.level);
      const bandLabel = label(rel.levels[band]!.labels, `level ${rel.levels[band]!.level}`);
      row.crossType.push(
        `${label(grade.labels, String(grade.level))} — ${
          synchronous[band] ? bandLabel : `${systemLabel[res.lagging]} ${bandLabel}`
        }`,
      );
    }
    return row;
  });
  return {
    id: rel.id,
    label: label(rel.labels, rel.id),
    labels: recordFrom(Object.entries(rel.labels)),
    analysis: rel.analysis,
    form: rel.form,
    rule: rel.rule,
    systems: [...systems],
    scale: scale.id,
    levels: rel.levels.map((l, i) => ({
      level: l.level,
      lower: l.lower,
      upper: l.upper,
      lowerClosed: l.lowerClosed,
      upperClosed: l.upperClosed,
      labels: recordFrom(Object.entries(l.labels)),
      synchronous: synchronous[i]!,
    })),
    rows,
  };
}

/** E_k = U_k / mean of the others, for every k (the kernel's `mean_of_others`, any n ≥ 2). */
function meanOfOthers(us: readonly number[]): (number | null)[] {
  if (us.length > 2) return relativeDevelopment(us).ratios;
  const [a, b] = us as [number, number];
  return [b > 0 ? a / b : null, a > 0 ? b / a : null];
}

/** The lagging system's E under `mean_of_others`. */
function pickGraded(us: readonly number[], lagging: number): number | null {
  return meanOfOthers(us)[lagging]!;
}

function nodeLabel(plan: Plan, id: string): string {
  const n = plan.nodes.find((x) => x.id === id);
  return n ? label(n.labels, id) : id;
}
