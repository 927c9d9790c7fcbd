/**
 * Assembling the `Result` (result-schema.ts) from the engine's columns, and the method report:
 * every method choice with its origin, and the fixed conventions stated as sentences.
 *
 * No NaN or Infinity may reach a result: every unit column is checked as it is converted,
 * then `assertFinite` walks every other number of the finished object; either throws
 * (an internal error) on the first non-finite number. Arrays and keys come in plan order, so
 * `stableStringify(result)` is byte-identical for the same plan and data.
 */
import type { Plan } from "@ccdc/plan";
import type { GrowthOutcome } from "./growth.js";
import type { HierarchyOutcome } from "./hierarchy.js";
import type { EngineIssue } from "./issues.js";
import type { PlanIndex } from "./plan-index.js";
import {
  type CouplingRow,
  type FilledCell,
  type MethodReport,
  RESULT_VERSION,
  type Result,
  type ResultNode,
} from "./result-schema.js";

export interface ResultParts {
  hierarchy: HierarchyOutcome;
  coupling: CouplingRow[];
  growth: GrowthOutcome["growth"];
  filled: FilledCell[];
  warnings: EngineIssue[];
}

/** Builds the result object and checks that every number in it is finite. */
export function buildResult(index: PlanIndex, parts: ResultParts): Result {
  const { plan, unitIds, nYears } = index;
  /** A unit-major column as unitId → values by year; checks finiteness on the way. */
  const byUnit = (col: Float64Array, what: string): Record<string, number[]> => {
    assertFiniteArray(col, what);
    const out: Record<string, number[]> = {};
    for (let u = 0, i = 0; u < unitIds.length; u++) {
      const values = new Array<number>(nYears);
      for (let y = 0; y < nYears; y++, i++) values[y] = col[i]!;
      out[unitIds[u]!] = values;
    }
    return out;
  };
  const { hierarchy } = parts;
  const result: Result = {
    resultVersion: RESULT_VERSION,
    study: { id: plan.study.id, title: plan.study.title },
    years: [...plan.study.years],
    units: plan.units.list.map((u) => ({
      id: u.id,
      label: primary(u.labels, u.id),
      labels: { ...u.labels },
    })),
    indicators: plan.indicators.map((ind, i) => ({
      id: ind.id,
      label: primary(ind.labels, ind.id),
      labels: { ...ind.labels },
      parent: ind.parent,
      direction: ind.direction,
      unit: ind.unit,
      values: byUnit(hierarchy.indicatorValues[i]!, `indicator ${ind.id} values`),
      normalized: byUnit(hierarchy.indicatorNormalized[i]!, `indicator ${ind.id} normalized`),
    })),
    nodes: plan.nodes.map((node, ni): ResultNode => {
      const w = hierarchy.nodeWeights[ni]!;
      const weights: Record<string, number> = {};
      w.ids.forEach((id, j) => {
        weights[id] = w.weights[j]!;
      });
      const out: ResultNode = {
        id: node.id,
        label: primary(node.labels, node.id),
        labels: { ...node.labels },
        parent: node.parent,
        role: node.role,
        compose: node.compose.kind,
        weights,
        index: byUnit(hierarchy.nodeIndex[ni]!, `node ${node.id} index`),
      };
      if (w.byYear) {
        const byYear: Record<string, number[]> = {};
        w.ids.forEach((id, j) => {
          byYear[id] = w.byYear!.map((yw) => yw[j]!);
        });
        out.weightsByYear = byYear;
      }
      return out;
    }),
    coupling: parts.coupling,
    growth: parts.growth,
    filled: parts.filled,
    method: methodReport(plan),
    warnings: parts.warnings.map((w) => ({
      code: w.code,
      message: w.message,
      ...(w.pointer !== undefined ? { pointer: w.pointer } : {}),
    })),
  };
  // The unit columns were checked as they were converted; check every other number.
  for (const r of result.coupling) {
    const what = `coupling ${r.analysis} ${r.form} ${r.units.join("+")} ${r.systems.join("+")}`;
    for (const a of [r.C, r.T, r.D, r.level, r.years]) assertFiniteArray(a, what);
  }
  for (const n of result.nodes) {
    assertFinite({ weights: n.weights, weightsByYear: n.weightsByYear }, `node ${n.id}`);
  }
  const { coupling: _coupling, indicators: _indicators, nodes: _nodes, ...rest } = result;
  assertFinite(rest, "result");
  return result;
}

/** The primary (English) label, falling back to the id. */
function primary(labels: Record<string, string>, id: string): string {
  return labels.en ?? id;
}

/** Every method choice of the plan with its origin, and the conventions the engine applies. */
export function methodReport(plan: Plan): MethodReport {
  const n = plan.method.normalization;
  return {
    normalization: { kind: n.kind, shift: n.shift, scope: n.scope, origin: { ...n.origin } },
    constantIndicator: {
      rule: plan.method.constantIndicator.rule,
      origin: plan.method.constantIndicator.origin,
    },
    unitLevel: plan.units.level,
    nodes: plan.nodes.map((node) => ({
      id: node.id,
      compose:
        node.compose.kind === "given" ? `given(${node.compose.variable})` : node.compose.kind,
      composeOrigin: node.composeOrigin,
      weighting: node.weighting.kind,
      weightingOrigin: node.weightingOrigin,
    })),
    variables: plan.sources.flatMap((s) =>
      s.variables.map((v) => ({
        id: v.id,
        aggregate:
          v.aggregate.kind === "weighted_mean"
            ? `weighted_mean(${v.aggregate.by})`
            : v.aggregate.kind,
        missing: v.missing.kind === "splice" ? `splice(${v.missing.proxy})` : v.missing.kind,
        missingOrigin: v.missingOrigin,
      })),
    ),
    analyses: plan.analyses.map((a) => ({
      id: a.id,
      kind: a.kind,
      forms: [...a.forms],
      formOrigin: a.formOrigin,
      beta: a.beta === "equal" ? "equal" : [...a.beta],
      betaOrigin: a.betaOrigin,
      scale: a.scale,
    })),
    conventions: conventions(plan),
  };
}

/** The fixed rules, as sentences a report can print. */
export function conventions(plan: Plan): string[] {
  const { shift, scope } = plan.method.normalization;
  const out = [
    "regions are aggregated to units before indicators are derived (a cluster's ratio is a ratio of sums)",
    "a unit of one region takes that region's values unchanged, whatever its aggregate rule",
    "min-max: benefit (x − min)/(max − min), cost (max − x)/(max − min), then + shift",
    scope === "pooled"
      ? "scope pooled: min, max and entropy over all units × years"
      : "scope per_year: min, max and entropy within each year; entropy weights differ by year, node weights report their mean and weightsByYear each year's",
    plan.method.constantIndicator.rule === "zero"
      ? `constant indicator (max = min) → every normalised value = shift (${shift}), with a warning`
      : "constant indicator (max = min) → error",
    "entropy: p = y′/Σy′, e = −(1/ln m) Σ p ln p, 0·ln 0 := 0, d = 1 − e, w = d/Σd",
    "entropy with Σd = 0 (no column varies) → equal weights, with a warning",
    "staged node: each child index is min-max normalised (direction +) with the same shift and scope, then weighted",
    "given node: index read from a variable, not normalised; it must lie in [0, 1]",
    "sums are compensated (Neumaier)",
    "coupling degree C = 0 when any coupled index is 0 (then D = 0)",
    "T = Σ β_k S_k; D = √(C·T)",
    "D graded unrounded; a D above the scale's top (possible since indices reach 1 + shift) is graded at the top level, with a warning",
    "growth = (S_last/S_first)^(1/(years − 1)) − 1; null (with a warning) when S_first ≤ 0",
    "missing interpolate: linear in the year between observed years; leading and trailing gaps are errors",
    "missing nearest and splice: the nearest observed year, ties → the earlier year; only observed values anchor a fill",
    "splice: x(t) = x(t0)·proxy(t)/proxy(t0); the proxy is filled by its own rule first",
  ];
  return out;
}

/** Throws if an array holds NaN or an infinity (an internal error: never expected). */
export function assertFiniteArray(values: ArrayLike<number>, what: string): void {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) {
      throw new Error(`internal: non-finite number ${values[i]} in ${what} at ${i}`);
    }
  }
}

/** Throws if any number in `value` is NaN or infinite (an internal error: never expected). */
export function assertFinite(value: unknown, path: string): void {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`internal: non-finite number ${value} at ${path}`);
    return;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      if (typeof v === "number") {
        if (!Number.isFinite(v))
          throw new Error(`internal: non-finite number ${v} at ${path}[${i}]`);
      } else if (typeof v === "object" && v !== null) assertFinite(v, `${path}[${i}]`);
    }
    return;
  }
  if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) assertFinite(v, `${path}.${k}`);
  }
}
