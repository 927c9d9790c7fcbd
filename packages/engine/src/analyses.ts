/**
 * Coupling coordination analyses (docs/method.md §5), one row per (form, system set, unit set):
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
import { type Analysis, emptyRecord, own, type Plan, type Scale } from "@ccdc/plan";
import { type ColumnExecutor, serialExecutor } from "./column-executor.js";
import { couplingRowView, type RowScale } from "./coupling-row-view.js";
import { type AboveScale, fillCouplingRow, type GradeScale } from "./coupling-within.js";
import { type EngineIssue, pointer } from "./issues.js";
import {
  type CouplingForm,
  type CouplingScratch,
  couplingScratch,
  equalBeta,
} from "./kernels/index.js";
import * as msg from "./messages/index.js";
import type { PlanIndex } from "./plan-index.js";
import type { CouplingRow } from "./result-schema.js";

/**
 * The rows of one (analysis, form), columnar: row r's year y is at `r * years + y`.
 *
 * - within: row r is unit `analysis.units[r]`, its systems `analysis.systems`;
 * - between: row r is node `analysis.nodes[Math.floor(r / combinations)]` and the
 *   combination `analysis.combinations[r % combinations]`.
 */
export interface CouplingBlock {
  /** Position of the analysis in `plan.analyses`. */
  analysisIndex: number;
  analysis: string;
  kind: "within" | "between";
  form: CouplingForm;
  /** The scale D is graded on. */
  scale: string;
  rows: number;
  C: Float64Array;
  T: Float64Array;
  D: Float64Array;
  /** The position of each D's level in the scale's `levels` (not the level number). */
  grade: Int32Array;
}

export interface AnalysesOutcome {
  blocks: CouplingBlock[];
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
  const fallback = (l: Scale["levels"][number]): string => own(l.labels, "en") ?? String(l.level);
  const labels = emptyRecord<string[]>();
  for (const lang of languages)
    labels[lang] = scale.levels.map((l) => own(l.labels, lang) ?? fallback(l));
  return { scale, languages, labels, primary: scale.levels.map(fallback) };
}

/**
 * Computes every analysis of the plan from the node indices (unit-major, per plan node); the
 * within analyses' rows through `exec` (one unit per row, rows independent).
 */
export function runAnalyses(
  index: PlanIndex,
  nodeIndex: readonly Float64Array[],
  exec: ColumnExecutor = serialExecutor,
): AnalysesOutcome {
  const { plan, nYears } = index;
  const scales = new Map(plan.scales.map((s) => [s.id, s] as const));
  const blocks: CouplingBlock[] = [];
  const warnings: EngineIssue[] = [];
  const scratches = new Map<number, { coupling: CouplingScratch; s: Float64Array }>();
  const slice = (col: Float64Array, unit: number): Float64Array =>
    col.subarray(unit * nYears, (unit + 1) * nYears);

  plan.analyses.forEach((analysis, ai) => {
    const scale = scales.get(analysis.scale)!;
    const gradeScale: GradeScale = { id: scale.id, levels: scale.levels };
    const over: AboveScale = { count: 0, max: 0 };
    for (const form of analysis.forms) {
      if (analysis.kind === "within") {
        const systems = analysis.systems.map((s) => nodeIndex[index.nodeIndex.get(s)!]!);
        const n = systems.length;
        const block = newBlock(ai, analysis, form, analysis.units.length);
        const rows = exec.couplingWithin({
          ...block,
          form,
          systems,
          units: Int32Array.from(analysis.units, (unit) => index.unitIndex.get(unit)!),
          beta: analysis.beta === "equal" ? equalBeta(n) : Float64Array.from(analysis.beta),
          scale: gradeScale,
          years: nYears,
        });
        over.count += rows.count;
        over.max = Math.max(over.max, rows.max);
        blocks.push(block);
      } else {
        const nc = analysis.combinations.length;
        const block = newBlock(ai, analysis, form, analysis.nodes.length * nc);
        analysis.nodes.forEach((node, ni) => {
          const col = nodeIndex[index.nodeIndex.get(node)!]!;
          analysis.combinations.forEach((combo, ci) => {
            const systems = combo.map((u) => slice(col, index.unitIndex.get(u)!));
            const beta = analysis.beta === "equal" ? equalBeta(systems.length) : analysis.beta;
            fillCouplingRow(
              block,
              ni * nc + ci,
              beta,
              form,
              systems,
              gradeScale,
              over,
              scratchOf(systems.length),
            );
          });
        });
        blocks.push(block);
      }
    }
    if (over.count > 0) {
      const top = scale.levels[scale.levels.length - 1]!;
      warnings.push(
        msg.aboveScale(analysis.id, over.count, scale.id, top, over.max, pointer("analyses", ai)),
      );
    }
  });
  return { blocks, warnings };

  function newBlock(
    ai: number,
    analysis: Analysis,
    form: CouplingForm,
    rows: number,
  ): CouplingBlock {
    const n = rows * nYears;
    return {
      analysisIndex: ai,
      analysis: analysis.id,
      kind: analysis.kind,
      form,
      scale: analysis.scale,
      rows,
      C: exec.allocate(n),
      T: exec.allocate(n),
      D: exec.allocate(n),
      grade: new Int32Array(exec.allocateBuffer(n * 4)),
    };
  }

  /** Per number of systems, the scratch of `fillCouplingRow` (one row after another, no allocation). */
  function scratchOf(n: number): { coupling: CouplingScratch; s: Float64Array } {
    let sc = scratches.get(n);
    if (sc === undefined) {
      sc = { coupling: couplingScratch(n, nYears), s: new Float64Array(n) };
      scratches.set(n, sc);
    }
    return sc;
  }
}

/**
 * The JSON-shaped rows of the blocks, in plan order (analysis, form, then node and rows), as
 * read-only views of the blocks (coupling-row-view.ts).
 */
export function couplingRows(
  plan: Plan,
  years: readonly number[],
  blocks: readonly CouplingBlock[],
): CouplingRow[] {
  const scales = new Map(plan.scales.map((s) => [s.id, prepareScale(s)] as const));
  const rows: CouplingRow[] = [];
  for (const block of blocks) {
    const analysis = plan.analyses[block.analysisIndex]!;
    const scale = scales.get(block.scale)!;
    const rowScale: RowScale = {
      levels: scale.scale.levels.map((l) => l.level),
      primary: scale.primary,
      languages: scale.languages,
      labels: scale.labels,
    };
    const nc = analysis.kind === "between" ? analysis.combinations.length : 0;
    for (let r = 0; r < block.rows; r++) {
      let units: readonly string[];
      let systems: readonly string[];
      if (analysis.kind === "within") {
        units = [analysis.units[r]!];
        systems = analysis.systems;
      } else {
        units = analysis.combinations[r % nc]!;
        systems = [analysis.nodes[Math.floor(r / nc)]!];
      }
      rows.push(couplingRowView(block, r, years, units, systems, rowScale));
    }
  }
  return rows;
}
