/**
 * The entry points. `runPlan` reads the plan's sources and runs the pipeline;
 * `runPlanOnPanel` runs everything after reading, on a region panel held in memory
 * (benchmarks, tests, other front ends):
 *
 *   check plan → fill missing cells → aggregate to units → derive indicators → normalise →
 *   weight and compose nodes → couple and grade → growth → result
 *
 * Each stage collects all of its errors before the run stops, so one run reports every
 * problem of a kind. Errors and warnings are data (`EngineIssue`); only an engine bug throws.
 * The data stay columnar throughout: one Float64Array per variable, indicator and node.
 */
import { availableParallelism, loadavg } from "node:os";
import { appendAll, type Plan } from "@ccdc/plan";
import { type AggregateOutcome, aggregateUnits } from "./aggregate.js";
import { runAnalyses } from "./analyses.js";
import { type ColumnExecutor, serialExecutor } from "./column-executor.js";
import type { ColumnarResult } from "./columnar.js";
import { runDynamics } from "./dynamics.js";
import { type FillOutcome, fillMissing } from "./fill.js";
import { computeGrowth } from "./growth.js";
import { computeHierarchy } from "./hierarchy.js";
import { type RegionMap, readMaps } from "./io/geo-reader.js";
import { readSources } from "./io/read-sources.js";
import type { Readers } from "./io/reader.js";
import type { EngineIssue } from "./issues.js";
import * as msg from "./messages/index.js";
import { type PanelData, workingPanel } from "./panel.js";
import { parallelExecutor } from "./parallel/executor.js";
import { WorkerPool } from "./parallel/pool.js";
import { checkPlanSemantics } from "./plan-checks/index.js";
import { indexPlan, type PlanIndex } from "./plan-index.js";
import { runObstacles } from "./relative-obstacle/obstacle.js";
import { runRelative } from "./relative-obstacle/relative.js";
import type { Result } from "./result-schema.js";
import { toResult } from "./results.js";
import { readSpatialFiles, runSpatialStage, type SpatialFiles } from "./spatial/stage.js";
import { applyVariant } from "./variants/apply.js";
import { runSensitivity, type SensitivityResult } from "./variants/sensitivity.js";

export type RunOutcome =
  | {
      ok: true;
      result: Result;
      /** The declared maps, read and matched to the regions (runPlan only; plan.maps order). */
      maps?: RegionMap[];
      /**
       * Under `variant`: the plan that ran (the base plan with the variant's overrides), which
       * the reports and figures must describe instead of the base plan.
       */
      plan?: Plan;
    }
  | { ok: false; errors: EngineIssue[]; warnings: EngineIssue[] };

/** The outcome of a run that returns the typed result object. */
export type ColumnarRunOutcome =
  | { ok: true; result: ColumnarResult }
  | { ok: false; errors: EngineIssue[]; warnings: EngineIssue[] };

export interface RunOptions {
  /** The folder source paths are relative to (the spec's folder). */
  baseDir: string;
  /** Replacement readers by format (default: csv-parse and exceljs). */
  readers?: Partial<Readers>;
  /** Run this variant of the plan instead of the base study (`ccdc run --variant`). */
  variant?: string;
  /** Told after each run of a sensitivity analysis (for a progress line). */
  progress?: (sensitivity: string, done: number, total: number) => void;
  /**
   * Threads for a large study (at least PARALLEL_MIN_VALUES panel values): 1 runs everything
   * on this thread; by default the machine's free cores, at most 8 (`runThreads`). A smaller
   * study always runs on this thread. The results are the same bits either way.
   */
  threads?: number;
}

/**
 * From this many panel values (regions × years × variables) up, `runPlan` may split the walk's
 * column work over worker threads (parallel/). Below it the walk takes about 0.2 s on one
 * thread, and the workers' start and their cold code cost about what the second thread saves:
 * at 2.4 M values (3,000 × 20 × 40) two threads took 0.12-0.22 s more CPU than one, for no
 * gain in wall time (measured 1 December 2026).
 */
export const PARALLEL_MIN_VALUES = 4_000_000;

/**
 * The threads `runPlan` uses for `plan` (1: no workers). `requested` (CCDC_THREADS) is taken
 * as given for a study of PARALLEL_MIN_VALUES values or more. Otherwise the cores that are
 * free: the machine's cores less the 1-minute load average, rounded, at least 1 and at most 8.
 * A worker only shortens a run when it has a core of its own: on a machine already busy with
 * other work (2 cores at a load of 5-11), two threads took 15-30 % more CPU than one and no
 * less wall time. `cores` and `load` are the machine's unless given (tests).
 */
export function runThreads(
  plan: Plan,
  requested?: number,
  machine: { cores: number; load: number } = {
    cores: availableParallelism(),
    load: loadavg()[0] ?? 0,
  },
): number {
  const values =
    plan.regions.length *
    plan.study.years.length *
    plan.sources.reduce((n, s) => n + s.variables.length, 0);
  if (values < PARALLEL_MIN_VALUES) return 1;
  if (requested !== undefined) return Math.max(1, Math.floor(requested));
  const free = Math.round(machine.cores - machine.load);
  return Math.max(1, Math.min(8, machine.cores, free));
}

/**
 * Reads the plan's data and runs it: the base study, or the variant `opts.variant`; then, for
 * the base study, each sensitivity analysis on the same data (docs/method.md "Variants and sensitivity").
 */
export async function runPlan(plan: Plan, opts: RunOptions): Promise<RunOutcome> {
  let variant: { id: string; label: string } | undefined;
  // What the variant leaves out of its run (declared figures of a form it drops).
  const leftOut: EngineIssue[] = [];
  if (opts.variant !== undefined) {
    const applied = applyVariant(plan, opts.variant);
    if (!applied.ok) return { ok: false, errors: applied.errors, warnings: [] };
    const decl = plan.variants!.find((v) => v.id === opts.variant)!;
    variant = { id: decl.id, label: decl.labels.en ?? decl.id };
    plan = applied.plan;
    appendAll(leftOut, applied.warnings);
  }
  const planErrors = checkPlanSemantics(plan);
  if (planErrors.length > 0) return { ok: false, errors: planErrors, warnings: [] };
  // The workers start while the sources are read.
  const threads = runThreads(plan, opts.threads);
  const pool = threads > 1 ? WorkerPool.start(threads) : undefined;
  try {
    return await runRead(
      plan,
      opts,
      variant,
      leftOut,
      pool ? parallelExecutor(pool) : serialExecutor,
    );
  } finally {
    await pool?.close();
  }
}

async function runRead(
  plan: Plan,
  opts: RunOptions,
  variant: { id: string; label: string } | undefined,
  leftOut: readonly EngineIssue[],
  exec: ColumnExecutor,
): Promise<RunOutcome> {
  const index = indexPlan(plan);
  const [read, maps] = await Promise.all([
    // On worker threads the panel is read straight into shared memory (no copy for them).
    readSources(index, opts.baseDir, opts.readers, undefined, exec.allocate),
    readMaps(plan, opts.baseDir),
  ]);
  const { errors, warnings } = split(read.issues);
  appendAll(errors, maps.errors);
  appendAll(warnings, maps.warnings);
  if (errors.length > 0) return { ok: false, errors, warnings };
  const spatial = await readSpatialFiles(plan, opts.baseDir, maps.maps);
  if (spatial.errors.length > 0) return { ok: false, errors: spatial.errors, warnings };
  const declared = plan.sensitivity ?? [];
  // Sensitivity runs need the panel as read: the base run then fills a copy.
  const keepPanel = variant === undefined && declared.length > 0;
  const out = runIndexed(index, read.panel, warnings, !keepPanel, spatial.files, exec);
  if (!out.ok) return out;
  if (variant) {
    out.result.variant = variant;
    if (declared.length > 0) out.result.warnings.push(msg.sensitivitySkipped(variant.id));
    appendAll(out.result.warnings, leftOut);
  }
  if (keepPanel) {
    const results: SensitivityResult[] = [];
    for (let at = 0; at < declared.length; at++) {
      const id = declared[at]!.id;
      const s = runSensitivity(
        plan,
        read.panel,
        at,
        (done, total) => opts.progress?.(id, done, total),
        out.result,
      );
      if (!s.ok) return { ok: false, errors: s.errors, warnings: out.result.warnings };
      results.push(s.result);
    }
    out.result.sensitivity = results;
  }
  const json = toJson(plan, out);
  if (!json.ok) return json;
  return {
    ...json,
    ...(plan.maps === undefined ? {} : { maps: maps.maps }),
    ...(variant === undefined ? {} : { plan }),
  };
}

/**
 * Runs the plan on a region panel: per variable id a Float64Array of `regions × years`,
 * region-major (plan.regions order, plan.study.years order), NaN = missing. The arrays are
 * not modified. A variable absent from the panel is all missing.
 */
export function runPlanOnPanel(plan: Plan, panel: Readonly<PanelData>): RunOutcome {
  return toJson(plan, runPlanOnPanelColumnar(plan, panel));
}

/**
 * As `runPlanOnPanel`, but returns the typed result object (`ColumnarResult`: one
 * Float64Array per indicator, node and coupling series) instead of the JSON-shaped `Result`;
 * `toResult(plan, typed)` gives the latter. The result's arrays may share memory with the
 * panel's columns (a bare-variable indicator's values): treat both as read-only.
 */
export function runPlanOnPanelColumnar(plan: Plan, panel: Readonly<PanelData>): ColumnarRunOutcome {
  const planErrors = checkPlanSemantics(plan);
  if (planErrors.length > 0) return { ok: false, errors: planErrors, warnings: [] };
  return runIndexed(indexPlan(plan), panel, [], false, undefined);
}

/**
 * As `runPlanOnPanelColumnar`, with the walk's column work split over `threads` threads
 * (this one and threads − 1 workers; by default as many as the machine has cores, at most 8)
 * whatever the panel's size. The result is the same bits as the serial run's; its arrays are
 * in SharedArrayBuffers. Panel columns that are not in one are copied into one first.
 */
export async function runPlanOnPanelParallel(
  plan: Plan,
  panel: Readonly<PanelData>,
  opts: { threads?: number } = {},
): Promise<ColumnarRunOutcome> {
  const pool = WorkerPool.start(opts.threads ?? Math.min(availableParallelism(), 8));
  try {
    return runPlanOnPanelWith(plan, panel, parallelExecutor(pool));
  } finally {
    await pool.close();
  }
}

/** `runPlanOnPanelColumnar` with the given executor (tests compare executors with it). */
export function runPlanOnPanelWith(
  plan: Plan,
  panel: Readonly<PanelData>,
  exec: ColumnExecutor,
): ColumnarRunOutcome {
  const planErrors = checkPlanSemantics(plan);
  if (planErrors.length > 0) return { ok: false, errors: planErrors, warnings: [] };
  return runIndexed(indexPlan(plan), panel, [], false, undefined, exec);
}

/**
 * `runPlanOnPanelColumnar` for a variant's plan: the base plan's overrides applied to a plan
 * that passed `checkPlanSemantics` (a sensitivity run), whose numbers are not checked again.
 */
export function runVariantOnPanelColumnar(
  plan: Plan,
  panel: Readonly<PanelData>,
  prepared?: PreparedUnits,
): ColumnarRunOutcome {
  const planErrors = checkPlanSemantics(plan, true);
  if (planErrors.length > 0) return { ok: false, errors: planErrors, warnings: [] };
  return runIndexed(indexPlan(plan), panel, [], false, undefined, serialExecutor, prepared);
}

/**
 * The filled and aggregated unit columns of the runs of one sensitivity analysis on one
 * panel, by what they were made of. A variant changes no source, region, unit, variable nor
 * missing-data rule, so runs that fill and aggregate the same variables (all but those that
 * leave an indicator out) make the same columns: the first run's are reused. Nothing
 * downstream writes to them (aggregate.ts).
 */
export class PreparedUnits {
  private readonly made = new Map<string, { fill: FillOutcome; units: AggregateOutcome }>();
  /** What filling and aggregation read of the index beyond what no variant changes. */
  static key(index: PlanIndex): string {
    return JSON.stringify([index.fillOrder, [...index.needed], index.unitVariables]);
  }
  get(key: string) {
    return this.made.get(key);
  }
  set(key: string, made: { fill: FillOutcome; units: AggregateOutcome }): void {
    this.made.set(key, made);
  }
}

function toJson(plan: Plan, out: ColumnarRunOutcome): RunOutcome {
  return out.ok ? { ok: true, result: toResult(plan, out.result) } : out;
}

function runIndexed(
  index: PlanIndex,
  panel: Readonly<PanelData>,
  warnings: EngineIssue[],
  owned: boolean,
  spatialFiles: SpatialFiles | undefined,
  exec: ColumnExecutor = serialExecutor,
  prepared?: PreparedUnits,
): ColumnarRunOutcome {
  const fail = (errors: EngineIssue[]): ColumnarRunOutcome => ({ ok: false, errors, warnings });
  const key = prepared && PreparedUnits.key(index);
  const made = key === undefined ? undefined : prepared?.get(key);
  let fill: FillOutcome;
  let units: AggregateOutcome;
  if (made) ({ fill, units } = made);
  else {
    // A panel the readers just built is ours to fill in place; a caller's columns are copied
    // where filling will write to them.
    const working = owned ? (panel as PanelData) : workingPanel(index.plan, panel, index.fillOrder);
    // workingPanel shares exactly the columns it found complete: filling need not scan them.
    const complete = owned
      ? undefined
      : new Set(
          index.fillOrder.filter((id) => Object.hasOwn(panel, id) && working[id] === panel[id]),
        );

    fill = fillMissing(index, working, complete);
    if (fill.errors.length > 0) return fail(fill.errors);

    units = aggregateUnits(index, working);
    if (units.errors.length > 0) return fail(units.errors);
    if (key !== undefined) prepared?.set(key, { fill, units });
  }

  const hierarchy = computeHierarchy(index, units.columns, exec);
  appendAll(warnings, hierarchy.warnings);
  if (hierarchy.errors.length > 0) return fail(hierarchy.errors);

  const analyses = runAnalyses(index, hierarchy.nodeIndex, exec);
  appendAll(warnings, analyses.warnings);
  const growth = computeGrowth(index, hierarchy.nodeIndex);
  appendAll(warnings, growth.warnings);
  const relative = runRelative(index, hierarchy.nodeIndex, analyses.blocks);
  const obstacles = runObstacles(index, hierarchy.indicatorNormalized, hierarchy.nodeWeights);
  const spatial = runSpatialStage(
    index,
    spatialFiles,
    units.columns,
    hierarchy.nodeIndex,
    analyses.blocks,
  );
  appendAll(warnings, spatial.warnings);
  if (spatial.errors.length > 0) return fail(spatial.errors);
  // After the spatial stage: the spatial Markov variant reads its weight matrices.
  const dynamics = runDynamics(index, hierarchy.nodeIndex, analyses.blocks, spatial.weights);
  appendAll(warnings, dynamics.warnings);
  if (dynamics.errors.length > 0) return fail(dynamics.errors);

  const { plan } = index;
  const result: ColumnarResult = {
    years: index.years,
    unitIds: index.unitIds,
    indicators: plan.indicators.map((ind, i) => ({
      id: ind.id,
      values: hierarchy.indicatorValues[i]!,
      normalized: hierarchy.indicatorNormalized[i]!,
    })),
    nodes: plan.nodes.map((node, ni) => ({
      id: node.id,
      index: hierarchy.nodeIndex[ni]!,
      weights: hierarchy.nodeWeights[ni]!,
      growth: growth.growth[ni]!,
    })),
    coupling: analyses.blocks,
    dynamics: dynamics.results,
    filled: fill.filled,
    warnings: [...warnings, ...perYearWeightsNote(index)],
    ...(plan.relative !== undefined && { relative }),
    ...(plan.obstacles !== undefined && { obstacles }),
    ...(plan.spatialWeights !== undefined && {
      spatial: { weights: spatial.weights, autocorrelations: spatial.autocorrelations },
    }),
  };
  return { ok: true, result };
}

/** W0303, once: with per_year scope, entropy weights differ by year. */
function perYearWeightsNote(index: PlanIndex): EngineIssue[] {
  const { plan } = index;
  if (plan.method.normalization.scope !== "per_year") return [];
  const entropyNodes = plan.nodes.filter(
    (n) => n.compose.kind !== "given" && n.weighting.kind === "entropy",
  );
  if (entropyNodes.length === 0) return [];
  return [
    msg.perYearWeightsAveraged(
      entropyNodes.map((n) => n.id),
      "/method/normalization/scope",
    ),
  ];
}

function split(issues: EngineIssue[]): { errors: EngineIssue[]; warnings: EngineIssue[] } {
  return {
    errors: issues.filter((i) => i.severity === "error"),
    warnings: issues.filter((i) => i.severity === "warning"),
  };
}
