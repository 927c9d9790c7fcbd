/**
 * Coupling coordination analyses (METHOD.md §2), one row per (form, system set, unit set):
 *
 * - within: for each listed unit, the listed systems' indices are coupled year by year
 *   (n = number of systems); the row's `units` is [unit], `systems` the systems;
 * - between: for each node and each combination of units (enumerated by the compiler), the
 *   units' indices of that node are coupled (n = units in the combination); `units` is the
 *   combination, `systems` is [node].
 *
 * Per year: C by the form (kernels), T = Σ β_k S_k (eq. 6; β "equal" = 1/n, or the plan's list
 * aligned with the systems or the combination's units), D = √(C·T) (eq. 5), graded unrounded
 * by the named scale. Rows come in plan order: analysis, form, then (between) node, then the
 * units or combinations in plan order.
 *
 * With a shift s the indices can reach 1 + s, so D can exceed the top of a [0, 1] scale by
 * about s/2; such a D is graded at the top level with one warning per analysis (W0401).
 */
import type { Analysis, Scale } from "@ccdc/plan";
import { type EngineIssue, pointer, warning } from "./issues.js";
import {
  type CouplingForm,
  coordinationIndex,
  couplingCoordination,
  couplingSeries,
  equalBeta,
  gradeIndex,
} from "./kernels/index.js";
import type { PlanIndex } from "./plan-index.js";
import type { CouplingRow } from "./result-schema.js";

export interface AnalysesOutcome {
  rows: CouplingRow[];
  warnings: EngineIssue[];
}

/** A scale prepared for grading: levels, and each level's labels in every language. */
interface PreparedScale {
  scale: Scale;
  /** Languages declared by any level, sorted. */
  languages: string[];
  /** labels[lang][levelIndex]; a level without that language falls back to "en", then its number. */
  labels: Record<string, string[]>;
  primary: string[];
}

function prepareScale(scale: Scale): PreparedScale {
  const languages = [...new Set(scale.levels.flatMap((l) => Object.keys(l.labels)))].sort();
  const fallback = (l: Scale["levels"][number]): string => l.labels.en ?? String(l.level);
  const labels: Record<string, string[]> = {};
  for (const lang of languages)
    labels[lang] = scale.levels.map((l) => l.labels[lang] ?? fallback(l));
  return { scale, languages, labels, primary: scale.levels.map(fallback) };
}

/** Computes every analysis of the plan from the node indices (unit-major, per plan node). */
export function runAnalyses(index: PlanIndex, nodeIndex: readonly Float64Array[]): AnalysesOutcome {
  const { plan, nYears, years } = index;
  const scales = new Map(plan.scales.map((s) => [s.id, prepareScale(s)] as const));
  const rows: CouplingRow[] = [];
  const warnings: EngineIssue[] = [];
  const slice = (node: string, unit: string): Float64Array => {
    const u = index.unitIndex.get(unit)!;
    return nodeIndex[index.nodeIndex.get(node)!]!.subarray(u * nYears, (u + 1) * nYears);
  };

  plan.analyses.forEach((analysis, ai) => {
    const scale = scales.get(analysis.scale)!;
    const over = { count: 0, max: 0 };
    for (const form of analysis.forms) {
      if (analysis.kind === "within") {
        for (const unit of analysis.units) {
          const systems = analysis.systems.map((s) => slice(s, unit));
          rows.push(row(analysis, form, [unit], analysis.systems, systems, scale, over));
        }
      } else {
        for (const node of analysis.nodes) {
          for (const combo of analysis.combinations) {
            const systems = combo.map((u) => slice(node, u));
            rows.push(row(analysis, form, combo, [node], systems, scale, over));
          }
        }
      }
    }
    if (over.count > 0) {
      const top = scale.scale.levels[scale.scale.levels.length - 1]!;
      warnings.push(
        warning(
          "W0401",
          `analysis "${analysis.id}": ${over.count} value${over.count === 1 ? "" : "s"} of D exceed${over.count === 1 ? "s" : ""} the top of scale "${scale.scale.id}" (${top.upper}; the largest is ${over.max}), because indices can reach 1 + shift; graded at level ${top.level}`,
          { pointer: pointer("analyses", ai) },
        ),
      );
    }
  });
  return { rows, warnings };

  function row(
    analysis: Analysis,
    form: CouplingForm,
    units: string[],
    systemIds: string[],
    systems: Float64Array[],
    scale: PreparedScale,
    over: { count: number; max: number },
  ): CouplingRow {
    const n = systems.length;
    const beta = analysis.beta === "equal" ? equalBeta(n) : analysis.beta;
    const c = couplingSeries(form, systems);
    const s = new Float64Array(n);
    const C: number[] = new Array(nYears);
    const T: number[] = new Array(nYears);
    const D: number[] = new Array(nYears);
    const level: number[] = new Array(nYears);
    const label: string[] = new Array(nYears);
    const labels: Record<string, string[]> = {};
    for (const lang of scale.languages) labels[lang] = new Array(nYears);
    const levels = scale.scale.levels;
    for (let y = 0; y < nYears; y++) {
      for (let k = 0; k < n; k++) s[k] = systems[k]![y]!;
      const t = coordinationIndex(s, beta);
      const d = couplingCoordination(c[y]!, t);
      let g = gradeIndex(d, levels);
      if (g < 0) {
        const top = levels[levels.length - 1]!;
        if (!(d > top.upper))
          throw new Error(`internal: D = ${d} fits no level of scale "${scale.scale.id}"`);
        g = levels.length - 1;
        over.count++;
        over.max = Math.max(over.max, d);
      }
      C[y] = c[y]!;
      T[y] = t;
      D[y] = d;
      level[y] = levels[g]!.level;
      label[y] = scale.primary[g]!;
      for (const lang of scale.languages) labels[lang]![y] = scale.labels[lang]![g]!;
    }
    return {
      analysis: analysis.id,
      form,
      units,
      systems: systemIds,
      years: [...years],
      C,
      T,
      D,
      level,
      label,
      labels,
      scale: scale.scale.id,
    };
  }
}
