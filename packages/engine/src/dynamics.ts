/**
 * Differences and dynamics of D (issue 11): for each `dynamics` declaration of the plan, the
 * statistics it asks for over one subject — the D of a within analysis in one coupling form,
 * or a node's index — with the units as observations: Dagum's Gini decomposition and Theil's
 * index by group, kernel densities by year, a Markov transition matrix, σ and β convergence,
 * and GM(1,1) forecasts. The numeric work is in kernels/; this module gathers the series,
 * applies the plan's choices and shapes JSON-ready results (dynamics-schema.ts).
 *
 * Every undefined statistic is a declared result (null with a reason) plus a warning, never
 * NaN: GM(1,1) on a series that fails the level-ratio test or holds a value ≤ 0 (W1101), a
 * forecast D outside [0, 1] clamped (W1102), β not estimable (W1103).
 */
import {
  appendAll,
  type Dynamics,
  maxOf,
  minOf,
  own,
  type Plan,
  recordFrom,
  type Scale,
} from "@ccdc/plan";
import type { CouplingBlock } from "./analyses.js";
import type { DynamicsResult, ForecastResult, MarkovResultJson } from "./dynamics-schema.js";
import { type EngineIssue, pointer } from "./issues.js";
import {
  bandwidth,
  betaConvergence,
  coordinationIndex,
  couplingCoordination,
  couplingDegree,
  dagumGini,
  equalBeta,
  evenGrid,
  gm11,
  gradeIndex,
  kernelDensity,
  markovChain,
  sigmaConvergence,
  theilT,
} from "./kernels/index.js";
import { stateClassifier } from "./markov-states.js";
import * as msg from "./messages/index.js";
import type { PlanIndex } from "./plan-index.js";
import type { BuiltWeights } from "./spatial/build.js";
import { spatialMarkovOf } from "./spatial-markov.js";
import { transitionRows } from "./transition-rows.js";

/** Points of the default density grid. */
export const DEFAULT_GRID_POINTS = 101;

export interface DynamicsOutcome {
  results: DynamicsResult[];
  /** Spatial Markov over units with no neighbour under `islands error` (D0709). */
  errors: EngineIssue[];
  warnings: EngineIssue[];
}

/** The subject's values, unit-major over its units (`u * years + t`). */
interface Subject {
  units: string[];
  values: Float64Array;
  /** The scale the subject is graded on (analysis subjects), if any. */
  scale: Scale | null;
}

/**
 * Runs every dynamics declaration of the plan. `weights` are the spatial weight matrices
 * built by the spatial stage (for the spatial Markov variant).
 */
export function runDynamics(
  index: PlanIndex,
  nodeIndex: readonly Float64Array[],
  blocks: readonly CouplingBlock[],
  weights: readonly BuiltWeights[] = [],
): DynamicsOutcome {
  const { plan } = index;
  const results: DynamicsResult[] = [];
  const errors: EngineIssue[] = [];
  const warnings: EngineIssue[] = [];
  (plan.dynamics ?? []).forEach((dyn, di) => {
    const subject = gatherSubject(index, nodeIndex, blocks, dyn);
    results.push(runOne(index, dyn, di, subject, nodeIndex, weights, errors, warnings));
  });
  return { results, errors, warnings };
}

function gatherSubject(
  index: PlanIndex,
  nodeIndex: readonly Float64Array[],
  blocks: readonly CouplingBlock[],
  dyn: Dynamics,
): Subject {
  const { plan, nYears } = index;
  const s = dyn.subject;
  if (s.kind === "node") {
    return {
      units: [...index.unitIds],
      values: nodeIndex[index.nodeIndex.get(s.node)!]!,
      scale: null,
    };
  }
  const ai = plan.analyses.findIndex((a) => a.id === s.analysis);
  const analysis = plan.analyses[ai]!;
  const block = blocks.find((b) => b.analysisIndex === ai && b.form === s.form)!;
  if (analysis.kind !== "within") throw new Error("internal: dynamics of a between analysis");
  return {
    units: [...analysis.units],
    values: block.D.subarray(0, analysis.units.length * nYears),
    scale: plan.scales.find((sc) => sc.id === analysis.scale)!,
  };
}

function runOne(
  index: PlanIndex,
  dyn: Dynamics,
  di: number,
  subject: Subject,
  nodeIndex: readonly Float64Array[],
  weights: readonly BuiltWeights[],
  errors: EngineIssue[],
  warnings: EngineIssue[],
): DynamicsResult {
  const { plan, years, nYears } = index;
  const nUnits = subject.units.length;
  const v = subject.values;
  const at = pointer("dynamics", di);
  const column = (t: number): Float64Array => {
    const col = new Float64Array(nUnits);
    for (let u = 0; u < nUnits; u++) col[u] = v[u * nYears + t]!;
    return col;
  };
  const result: DynamicsResult = {
    id: dyn.id,
    label: own(dyn.labels, "en") ?? dyn.id,
    labels: recordFrom(Object.entries(dyn.labels)),
    subject:
      dyn.subject.kind === "node"
        ? `node:${dyn.subject.node}`
        : `analysis:${dyn.subject.analysis}:${dyn.subject.form}`,
    units: subject.units,
    years: [...years],
    groups: dyn.groups.map((g) => ({
      id: g.id,
      label: own(g.labels, "en") ?? g.id,
      units: [...g.units],
    })),
  };

  // Group index of each subject unit (the plan checks guarantee exactly one each).
  const groupOf = new Int32Array(nUnits);
  const unitPos = new Map(subject.units.map((u, i) => [u, i] as const));
  dyn.groups.forEach((g, gi) => {
    for (const u of g.units) groupOf[unitPos.get(u)!] = gi;
  });
  const gids = dyn.groups.map((g) => g.id);

  if (dyn.gini) {
    result.dagum = years.map((year, t) => {
      const r = dagumGini(column(t), groupOf, gids.length);
      const k = gids.length;
      const pairs: { groups: string[]; G: number; D: number }[] = [];
      for (let a = 0; a < k; a++) {
        for (let b = a + 1; b < k; b++) {
          const ja = r.order[a]!;
          const jb = r.order[b]!;
          pairs.push({
            groups: [gids[ja]!, gids[jb]!],
            G: r.gini[ja * k + jb]!,
            D: r.affluence[ja * k + jb]!,
          });
        }
      }
      return {
        year,
        G: r.total,
        within: r.within,
        netBetween: r.netBetween,
        transvariation: r.transvariation,
        shares: r.shares,
        means: recordFrom(gids.map((g, j) => [g, r.means[j]!])),
        groupGini: recordFrom(gids.map((g, j) => [g, r.gini[j * k + j]!])),
        order: Array.from(r.order, (j) => gids[j]!),
        pairs,
      };
    });
  }

  if (dyn.theil) {
    result.theil = years.map((year, t) => {
      const r = theilT(column(t), groupOf, gids.length);
      return {
        year,
        T: r.total,
        within: r.within,
        between: r.between,
        shares: r.shares,
        groups: recordFrom(gids.map((g, j) => [g, r.groups[j]!])),
      };
    });
  }

  if (dyn.density) {
    const d = dyn.density;
    const hs = years.map((_, t) =>
      d.bandwidth.rule === "fixed" ? d.bandwidth.h : bandwidth(d.bandwidth.rule, column(t)),
    );
    let grid: Float64Array;
    if (d.grid) grid = evenGrid(d.grid.from, d.grid.to, d.grid.points);
    else {
      // Default: R's density() range (cut = 3 bandwidths past the data), one grid for all years.
      let lo = Number.POSITIVE_INFINITY;
      let hi = Number.NEGATIVE_INFINITY;
      years.forEach((_, t) => {
        const col = column(t);
        lo = Math.min(lo, minOf(col) - 3 * hs[t]!);
        hi = Math.max(hi, maxOf(col) + 3 * hs[t]!);
      });
      grid = evenGrid(lo, hi, DEFAULT_GRID_POINTS);
    }
    result.density = {
      kernel: d.kernel,
      kernelOrigin: d.kernelOrigin,
      bandwidth: d.bandwidth.rule,
      bandwidthOrigin: d.bandwidthOrigin,
      gridOrigin: d.gridOrigin,
      grid: Array.from(grid),
      curves: years.map((year, t) => ({
        year,
        h: hs[t]!,
        density: Array.from(kernelDensity(d.kernel, column(t), hs[t]!, grid)),
      })),
    };
  }

  if (dyn.markov) {
    const mk = markovOf(dyn, di, subject, plan, nYears, weights);
    result.markov = mk.result;
    appendAll(errors, mk.errors);
    appendAll(warnings, mk.warnings);
  }

  if (dyn.convergence) {
    const c = dyn.convergence;
    const sigma = sigmaConvergence(v, nUnits, nYears).map((s, t) => ({ year: years[t]!, ...s }));
    const beta = betaConvergence(v, nUnits, nYears, c.step);
    let betaNote: string | null = null;
    if (!beta.ok) {
      const f = beta.failure;
      betaNote =
        f.reason === "nonpositive"
          ? `not estimated: ${subject.units[f.unit]} has ${f.value} in ${years[f.year]}, and ln of a value ≤ 0 is undefined`
          : f.reason === "too-few"
            ? `not estimated: ${f.n} observation${f.n === 1 ? "" : "s"}, at least 3 needed`
            : "not estimated: every ln value is the same";
      warnings.push(msg.betaNotEstimated(dyn.id, betaNote, `${at}/convergence`));
    }
    result.convergence = {
      step: c.step,
      stepOrigin: c.stepOrigin,
      sigma,
      beta: beta.ok ? beta.value : null,
      betaNote,
    };
  }

  if (dyn.forecast) {
    result.forecast = forecastOf(index, dyn, subject, nodeIndex, at, warnings);
  }
  return result;
}

function markovOf(
  dyn: Dynamics,
  di: number,
  subject: Subject,
  plan: Plan,
  nYears: number,
  weights: readonly BuiltWeights[],
): { result: MarkovResultJson; errors: EngineIssue[]; warnings: EngineIssue[] } {
  const m = dyn.markov!;
  const nUnits = subject.units.length;
  const v = subject.values;
  const { classify, labels } = stateClassifier(m.states, plan.scales, v, nUnits, nYears);
  const states = new Int32Array(v.length);
  const col = new Float64Array(nUnits);
  for (let t = 0; t < nYears; t++) {
    for (let u = 0; u < nUnits; u++) col[u] = v[u * nYears + t]!;
    const cls = classify(col, t);
    for (let u = 0; u < nUnits; u++) states[u * nYears + t] = cls[u]!;
  }
  const k = labels.length;
  const r = markovChain(states, nUnits, nYears, k, m.step);
  const rows = <T>(a: ArrayLike<T>): T[][] =>
    Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => a[i * k + j]!));
  const result: MarkovResultJson = {
    states:
      m.states.kind === "scale"
        ? `scale ${m.states.scale}`
        : `quantiles ${m.states.k} ${m.states.scope}`,
    statesOrigin: m.statesOrigin,
    step: m.step,
    stepOrigin: m.stepOrigin,
    labels,
    counts: rows(r.counts),
    matrix: transitionRows(r.matrix, r.unobserved, k),
    unobserved: r.unobserved.map((i) => labels[i]!),
    absorbing: r.absorbing.map((i) => labels[i]!),
    steadyState: r.steadyState ? Array.from(r.steadyState) : null,
    steadyStateNote: r.steadyStateNote,
  };
  if (!m.spatial) return { result, errors: [], warnings: [] };
  const wid = m.spatial.weights;
  const built = weights.find((b) => b.id === wid);
  // Weights that failed to build have reported their errors and stopped the run.
  if (!built) return { result, errors: [], warnings: [] };
  const sm = spatialMarkovOf({
    dynamics: dyn.id,
    at: `${pointer("dynamics", di)}/markov`,
    units: subject.units,
    values: v,
    years: nYears,
    states,
    labels,
    step: m.step,
    classify,
    weightsDef: plan.spatialWeights!.find((w) => w.id === wid)!,
    built,
  });
  if (!sm.ok) return { result, errors: [sm.error], warnings: [] };
  result.spatial = sm.result;
  return { result, errors: [], warnings: sm.warnings };
}

/** Describes why GM(1,1) was not fitted. */
function gmReason(
  failure: Exclude<ReturnType<typeof gm11>, { ok: true }>["failure"],
  series: string,
  years: readonly number[],
): string {
  switch (failure.reason) {
    case "too-short":
      return `${series}: ${failure.n} years, GM(1,1) needs at least 4`;
    case "nonpositive":
      return `${series}: ${failure.value} in ${years[failure.index]}, GM(1,1) needs values > 0`;
    case "level-ratio":
      return `${series}: level ratio ${years[failure.index - 1]}/${years[failure.index]} = ${failure.ratio.toFixed(4)} outside (${failure.lower.toFixed(4)}, ${failure.upper.toFixed(4)})`;
  }
}

function forecastOf(
  index: PlanIndex,
  dyn: Dynamics,
  subject: Subject,
  nodeIndex: readonly Float64Array[],
  at: string,
  warnings: EngineIssue[],
): ForecastResult {
  const { plan, years, nYears } = index;
  const f = dyn.forecast!;
  const last = years[years.length - 1]!;
  const fyears = Array.from({ length: f.horizon }, (_, i) => last + i + 1);
  const units: ForecastResult["units"] = [];
  let failed = 0;
  let clamped = 0;
  const model = (series: string, fit: Extract<ReturnType<typeof gm11>, { ok: true }>["value"]) => ({
    series,
    a: fit.a,
    b: fit.b,
    C: fit.c,
    P: fit.p,
    grade: fit.grade,
    mre: fit.mre,
  });
  const grade = (d: number): number | undefined => {
    if (!subject.scale) return undefined;
    const levels = subject.scale.levels;
    const g = gradeIndex(d, levels);
    return levels[g >= 0 ? g : levels.length - 1]!.level;
  };

  const analysis =
    dyn.subject.kind === "analysis"
      ? plan.analyses.find((a) => dyn.subject.kind === "analysis" && a.id === dyn.subject.analysis)
      : undefined;
  subject.units.forEach((unit, u) => {
    if (f.mode === "systems" && analysis?.kind === "within" && dyn.subject.kind === "analysis") {
      const form = dyn.subject.form;
      const ui = index.unitIndex.get(unit)!;
      const fits = [];
      for (const sys of analysis.systems) {
        const col = nodeIndex[index.nodeIndex.get(sys)!]!;
        const fit = gm11(col.slice(ui * nYears, (ui + 1) * nYears), f.horizon);
        if (!fit.ok) {
          units.push({ unit, ok: false, reason: gmReason(fit.failure, sys, years) });
          failed++;
          return;
        }
        fits.push(fit.value);
      }
      const beta = analysis.beta === "equal" ? equalBeta(fits.length) : analysis.beta;
      const values: number[] = [];
      const s = new Float64Array(fits.length);
      for (let h = 0; h < f.horizon; h++) {
        // A system forecast outside [0, 1] (an extrapolated trend) is clamped to it (W1102).
        fits.forEach((fit, k) => {
          const x = fit.forecast[h]!;
          s[k] = Math.min(1, Math.max(0, x));
          if (s[k] !== x) clamped++;
        });
        values.push(couplingCoordination(couplingDegree(form, s), coordinationIndex(s, beta)));
      }
      const level = values.map((d) => grade(d)!);
      units.push({
        unit,
        ok: true,
        values,
        level,
        models: fits.map((fit, k) => model(analysis.systems[k]!, fit)),
      });
      return;
    }
    const name = dyn.subject.kind === "node" ? dyn.subject.node : "D";
    const fit = gm11(subject.values.slice(u * nYears, (u + 1) * nYears), f.horizon);
    if (!fit.ok) {
      units.push({ unit, ok: false, reason: gmReason(fit.failure, name, years) });
      failed++;
      return;
    }
    const values = Array.from(fit.value.forecast, (x) => {
      const c = Math.min(1, Math.max(0, x));
      if (c !== x) clamped++;
      return c;
    });
    const entry: ForecastResult["units"][number] = {
      unit,
      ok: true,
      values,
      models: [model(name, fit.value)],
    };
    if (subject.scale) entry.level = values.map((d) => grade(d)!);
    units.push(entry);
  });
  if (failed > 0) {
    warnings.push(msg.gmNotFitted(dyn.id, failed, subject.units.length, `${at}/forecast`));
  }
  if (clamped > 0) {
    warnings.push(msg.forecastClamped(dyn.id, clamped, `${at}/forecast`));
  }
  return { mode: f.mode, modeOrigin: f.modeOrigin, horizon: f.horizon, years: fyears, units };
}
