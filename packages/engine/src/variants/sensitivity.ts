/**
 * Sensitivity analysis (docs/method.md "Variants and sensitivity"): run the study under every combination of the
 * declared alternatives (or a seeded random sample of them), each on the same region panel
 * read once, and summarise how the watched outputs move. The panel is never modified, so each
 * run fills, aggregates and computes from the same data.
 *
 * Values are streamed into the summary as runs finish: per watched cell one float per run (for
 * the quantiles), and running minima, maxima and sums for the ranks; nothing else of a run is
 * kept.
 */
import type { Override, Plan, PlanDraft, Sensitivity } from "@ccdc/plan";
import type { ColumnarResult } from "../columnar.js";
import type { EngineIssue } from "../issues.js";
import * as msg from "../messages/index.js";
import type { PanelData } from "../panel.js";
import { PreparedUnits, runPlanOnPanelColumnar, runVariantOnPanelColumnar } from "../run.js";
import { applyOverrides } from "./apply.js";
import { gridSize, MAX_SENSITIVITY_RUNS, sensitivityRuns } from "./combinations.js";
import { type OutputShape, summarise, type WatchedSummary } from "./summary.js";

/** The summary of one sensitivity analysis. */
export interface SensitivityResult {
  id: string;
  /** Each choice and its alternatives ("base" = the study as written). */
  choices: { id: string; alternatives: string[] }[];
  sample: Sensitivity["sample"];
  /** The number of runs summarised (the nominal run is separate). */
  runs: number;
  outputs: WatchedSummary[];
}

export type SensitivityOutcome =
  | { ok: true; result: SensitivityResult }
  | { ok: false; errors: EngineIssue[] };

/** Called after each run with (runs done, runs in all). */
export type Progress = (done: number, total: number) => void;

/**
 * Runs sensitivity analysis `at` of the plan on a region panel (as `runPlanOnPanel` takes it).
 * The nominal values are the base study's: `nominal`, the base study's result on the same
 * panel when the caller has it (runPlan, after the plan passed `checkPlanSemantics`), else
 * computed here.
 */
export function runSensitivity(
  plan: Plan,
  panel: Readonly<PanelData>,
  at: number,
  progress?: Progress,
  nominal?: ColumnarResult,
): SensitivityOutcome {
  const s = plan.sensitivity?.[at];
  if (s === undefined) throw new RangeError(`runSensitivity: no sensitivity analysis ${at}`);
  const pointer = `/sensitivity/${at}`;
  const fail = (issue: EngineIssue): SensitivityOutcome => ({ ok: false, errors: [issue] });

  // Each alternative's overrides; "base" overrides nothing.
  const variants = new Map((plan.variants ?? []).map((v) => [v.id, v.overrides]));
  const alternatives: (readonly Override[])[][] = [];
  for (const choice of s.choices) {
    const list: (readonly Override[])[] = [];
    for (const alt of choice.alternatives) {
      const overrides = alt === "base" ? [] : variants.get(alt);
      if (overrides === undefined)
        return fail(msg.undeclaredAlternative(s.id, choice.id, alt, pointer));
      list.push(overrides);
    }
    alternatives.push(list);
  }
  const levels = s.choices.map((c) => c.alternatives.length);
  const planned =
    s.sample.kind === "grid" ? gridSize(levels) : Math.min(s.sample.count, gridSize(levels));
  if (planned > MAX_SENSITIVITY_RUNS)
    return fail(msg.tooManyRuns(s.id, planned, MAX_SENSITIVITY_RUNS, pointer));

  // The runs compute what can be watched (indices and coupling); the plan's other analyses
  // (relative development, obstacles, dynamics, spatial statistics, maps) are left out of
  // them: nothing reads their results here, and a variant that changes the coupling forms
  // must not fail a declaration that names the base study's form (P0105).
  plan = coreOf(plan);
  // The analyses left out change no index and no coupling: the base study's own result has
  // the nominal values.
  let base = nominal;
  if (base === undefined) {
    const run = runPlanOnPanelColumnar(plan, panel);
    if (!run.ok) return { ok: false, errors: run.errors };
    base = run.result;
  }
  const shapes = s.watch.map((w) => outputShape(plan, base, w));

  const runs = sensitivityRuns(levels, s.sample);
  const prepared = new PreparedUnits();
  const store = shapes.map((shape) => new Float64Array(runs.length * shape.cells));
  const gradeStore = shapes.map((shape) =>
    shape.kind === "analysis" ? new Int32Array(runs.length * shape.cells) : undefined,
  );
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    const overrides = run.flatMap((a, c) => alternatives[c]![a]!);
    const label = run
      .map((a, c) => `${s.choices[c]!.id}=${s.choices[c]!.alternatives[a]}`)
      .join(", ");
    const applied = applyOverrides(plan, overrides, pointer);
    if (!applied.ok) return { ok: false, errors: applied.errors.map((e) => inRun(e, s.id, label)) };
    // The plan passed the semantic checks (for the nominal run): the run's plan has its numbers.
    const out = runVariantOnPanelColumnar(applied.plan, panel, prepared);
    if (!out.ok) return { ok: false, errors: out.errors.map((e) => inRun(e, s.id, label)) };
    shapes.forEach((shape, o) => {
      extract(applied.plan, out.result, shape, store[o]!, gradeStore[o], r);
    });
    progress?.(r + 1, runs.length);
  }
  return {
    ok: true,
    result: {
      id: s.id,
      choices: s.choices.map((c) => ({ id: c.id, alternatives: [...c.alternatives] })),
      sample: s.sample,
      runs: runs.length,
      outputs: shapes.map((shape, o) =>
        summarise(
          shape,
          runs,
          levels,
          store[o]!,
          gradeStore[o],
          s.choices.map((c) => c.id),
        ),
      ),
    },
  };
}

function inRun(e: EngineIssue, id: string, label: string): EngineIssue {
  return msg.inSensitivityRun(e, id, label);
}

/** Rows, years and nominal values of a watched output, from the nominal run. */
function outputShape(
  plan: Plan,
  nominal: ColumnarResult,
  w: Sensitivity["watch"][number],
): OutputShape {
  const years = nominal.years.length;
  if (w.kind === "node") {
    const node = nominal.nodes.find((n) => n.id === w.id);
    if (node === undefined) throw new RangeError(`sensitivity watches unknown node ${w.id}`);
    return {
      kind: "node",
      id: w.id,
      rows: nominal.unitIds.map((u) => ({ units: [u], systems: [w.id] })),
      years: [...nominal.years],
      cells: nominal.unitIds.length * years,
      nominal: Float64Array.from(node.index),
    };
  }
  const block = nominal.coupling.find((b) => b.analysis === w.id);
  if (block === undefined) throw new RangeError(`sensitivity watches unknown analysis ${w.id}`);
  const analysis = plan.analyses[block.analysisIndex]!;
  const rows =
    analysis.kind === "within"
      ? analysis.units.map((u) => ({ units: [u], systems: [...analysis.systems] }))
      : analysis.nodes.flatMap((n) =>
          analysis.combinations.map((c) => ({ units: [...c], systems: [n] })),
        );
  const scale = plan.scales.find((sc) => sc.id === block.scale)!;
  return {
    kind: "analysis",
    id: w.id,
    form: block.form,
    rows,
    years: [...nominal.years],
    cells: block.rows * years,
    nominal: Float64Array.from(block.D),
    nominalLevel: Int32Array.from(block.grade, (g) => scale.levels[g]?.level ?? 0),
  };
}

/** Copies run r's values (and grade levels) of one output into the stores. */
function extract(
  plan: Plan,
  result: ColumnarResult,
  shape: OutputShape,
  store: Float64Array,
  grades: Int32Array | undefined,
  r: number,
): void {
  const base = r * shape.cells;
  if (shape.kind === "node") {
    store.set(result.nodes.find((n) => n.id === shape.id)!.index, base);
    return;
  }
  // The analysis's first coupling form in this run (a variant may change the forms).
  const block = result.coupling.find((b) => b.analysis === shape.id)!;
  store.set(block.D, base);
  const scale = plan.scales.find((sc) => sc.id === block.scale)!;
  for (let c = 0; c < shape.cells; c++)
    grades![base + c] = scale.levels[block.grade[c]!]?.level ?? 0;
}

/** The plan without the analyses a sensitivity run does not watch. */
function coreOf(plan: Plan): Plan {
  const core: PlanDraft = { ...(plan as PlanDraft) };
  delete core.relative;
  delete core.obstacles;
  delete core.dynamics;
  delete core.autocorrelations;
  delete core.spatialWeights;
  delete core.maps;
  return core;
}
