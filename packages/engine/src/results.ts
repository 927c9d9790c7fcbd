/**
 * Assembling the JSON-shaped `Result` (result-schema.ts) from the engine's typed columnar
 * result (`toResult`), and the method report: every method choice with its origin, and the
 * fixed conventions stated as sentences.
 *
 * The indicators' `values` and `normalized`, the nodes' `index` and the coupling rows are
 * read-only views of the typed columns (unit-series-record.ts, coupling-row-view.ts), so the
 * columns are not copied into millions of small arrays.
 *
 * No NaN or Infinity may reach a result: every unit column is checked as it is converted,
 * then `assertFinite` walks every other number of the finished object; either throws
 * (an internal error) on the first non-finite number. Arrays and keys come in plan order, so
 * `stableStringify(result)` is byte-identical for the same plan and data.
 */
import { appendAll, emptyRecord, own, type Plan, recordFrom } from "@ccdc/plan";
import { couplingRows } from "./analyses.js";
import type { ColumnarResult } from "./columnar.js";
import { growthRecord } from "./growth.js";
import {
  type MethodReport,
  RESULT_VERSION,
  type Result,
  type ResultNode,
  type ResultWarning,
} from "./result-schema.js";
import { spatialResult } from "./spatial/to-result.js";
import { unitKeys, unitSeriesRecord } from "./unit-series-record.js";
import { sensitivityToJson } from "./variants/to-json.js";
import { weightingVariant } from "./weighting.js";

/**
 * The JSON-shaped result of a typed columnar result, for the plan that produced it; checks
 * that every number in it is finite.
 */
export function toResult(plan: Plan, typed: ColumnarResult): Result {
  const { unitIds } = typed;
  const nYears = typed.years.length;
  // The indicators' and nodes' series (most of a result's numbers) stay in their columns:
  // each unit's series is built when it is read (unit-series-record.ts).
  const keys = unitKeys(unitIds);
  const viewByUnit = (col: Float64Array, what: string): Record<string, number[]> => {
    assertFiniteArray(col, what);
    return unitSeriesRecord(col, nYears, keys);
  };
  const result: Result = {
    resultVersion: RESULT_VERSION,
    study: { id: plan.study.id, title: plan.study.title },
    years: [...plan.study.years],
    units: plan.units.list.map((u) => ({
      id: u.id,
      label: primary(u.labels, u.id),
      labels: recordFrom(Object.entries(u.labels)),
    })),
    indicators: plan.indicators.map((ind, i) => ({
      id: ind.id,
      label: primary(ind.labels, ind.id),
      labels: recordFrom(Object.entries(ind.labels)),
      parent: ind.parent,
      direction: ind.direction,
      unit: ind.unit,
      values: viewByUnit(typed.indicators[i]!.values, `indicator ${ind.id} values`),
      normalized: viewByUnit(typed.indicators[i]!.normalized, `indicator ${ind.id} normalized`),
    })),
    nodes: plan.nodes.map((node, ni): ResultNode => {
      const w = typed.nodes[ni]!.weights;
      const weights = emptyRecord<number>();
      w.ids.forEach((id, j) => {
        weights[id] = w.weights[j]!;
      });
      const out: ResultNode = {
        id: node.id,
        label: primary(node.labels, node.id),
        labels: recordFrom(Object.entries(node.labels)),
        parent: node.parent,
        role: node.role,
        compose: node.compose.kind,
        weights,
        index: viewByUnit(typed.nodes[ni]!.index, `node ${node.id} index`),
      };
      if (w.details) out.weighting = w.details;
      if (w.topsis) {
        const rec = (v: Float64Array) => recordFrom(w.ids.map((id, j) => [id, v[j]!] as const));
        out.topsis = w.topsis.map((t) => ({
          idealPlus: rec(t.idealPlus),
          idealMinus: rec(t.idealMinus),
        }));
      }
      if (w.byYear) {
        const byYear = emptyRecord<number[]>();
        w.ids.forEach((id, j) => {
          byYear[id] = w.byYear!.map((yw) => yw[j]!);
        });
        out.weightsByYear = byYear;
      }
      return out;
    }),
    coupling: [],
    growth: growthRecord(
      plan,
      unitIds,
      typed.nodes.map((n) => n.growth),
    ),
    filled: typed.filled,
    method: methodReport(plan),
    warnings: typed.warnings.map((w) => ({
      code: w.code,
      message: w.message,
      ...(w.pointer !== undefined ? { pointer: w.pointer } : {}),
      // The same values; the result type's arrays are not readonly.
      ...(w.args !== undefined ? { args: w.args as NonNullable<ResultWarning["args"]> } : {}),
    })),
    ...spatialResult(plan, typed.spatial),
  };
  // The coupling columns are checked before they become rows (the same numbers).
  for (const b of typed.coupling) {
    assertFiniteArray(b.C, `coupling ${b.analysis} ${b.form} C`);
    assertFiniteArray(b.T, `coupling ${b.analysis} ${b.form} T`);
    assertFiniteArray(b.D, `coupling ${b.analysis} ${b.form} D`);
  }
  result.coupling = couplingRows(plan, typed.years, typed.coupling);
  for (const r of result.coupling) {
    const what = `coupling ${r.analysis} ${r.form} ${r.units.join("+")} ${r.systems.join("+")}`;
    assertFiniteArray(r.level, what);
  }
  for (const n of result.nodes) {
    assertFinite({ weights: n.weights, weightsByYear: n.weightsByYear }, `node ${n.id}`);
  }
  // Then the rest in key order, as one walk of it would; the growth rates straight from
  // their columns (NaN there is null, anything else must be finite), since a walk of
  // 30,000 units × nodes entries would build a path string for each.
  const { resultVersion, study, years, units, filled, method, warnings } = result;
  assertFinite({ resultVersion, study, years, units }, "result");
  typed.nodes.forEach((n, ni) => {
    const rates = n.growth;
    for (let u = 0; u < rates.length; u++) {
      const g = rates[u]!;
      if (!Number.isNaN(g) && !Number.isFinite(g))
        throw new Error(
          `internal: non-finite number ${g} at result.growth.${plan.nodes[ni]!.id}.${unitIds[u]!}`,
        );
    }
  });
  assertFinite({ filled, method, warnings }, "result");
  if (typed.dynamics.length > 0) {
    result.dynamics = typed.dynamics;
    assertFinite({ dynamics: result.dynamics }, "result");
  }
  if (typed.relative) {
    result.relative = typed.relative;
    assertFinite({ relative: result.relative }, "result");
  }
  if (typed.obstacles) {
    result.obstacles = typed.obstacles;
    assertFinite({ obstacles: result.obstacles }, "result");
  }
  if (typed.variant) result.variant = { ...typed.variant };
  if (typed.sensitivity)
    result.sensitivity = typed.sensitivity.map((x) => sensitivityToJson(plan, x));
  return result;
}

/** The primary (English) label, falling back to the id. */
function primary(labels: Record<string, string>, id: string): string {
  return own(labels, "en") ?? id;
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
      weighting: weightingVariant(node.weighting),
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
      scaleOrigin: a.scaleOrigin ?? "spec",
    })),
    conventions: conventions(plan),
  };
}

/**
 * The fixed rules the engine applies, as English sentences by key; `{shift}` stands for the
 * normalisation's shift. Keyed so that a report in another language can say the same rule in
 * its words (the CLI's catalog is typed by these keys) while results.json keeps the English.
 */
export const CONVENTIONS = {
  aggregate_first:
    "regions are aggregated to units before indicators are derived (a cluster's ratio is a ratio of sums)",
  single_region_unit:
    "a unit of one region takes that region's values unchanged, whatever its aggregate rule",
  minmax: "min-max: benefit (x − min)/(max − min), cost (max − x)/(max − min), then + shift",
  scope_pooled: "scope pooled: min, max and entropy over all units × years",
  scope_per_year:
    "scope per_year: min, max and entropy within each year; entropy weights differ by year, node weights report their mean and weightsByYear each year's",
  constant_zero:
    "constant indicator (max − min ≤ 1e-12 × max(|max|, |min|): max = min, or a spread of rounding noise) → every normalised value = shift ({shift}), with a warning",
  constant_error:
    "constant indicator (max − min ≤ 1e-12 × max(|max|, |min|): max = min, or a spread of rounding noise) → error",
  entropy: "entropy: p = y′/Σy′, e = −(1/ln m) Σ p ln p, 0·ln 0 := 0, d = 1 − e, w = d/Σd",
  entropy_degenerate: "entropy with Σd = 0 (no column varies) → equal weights, with a warning",
  staged:
    "staged node: each child index is min-max normalised (direction +) with the same shift and scope, then weighted",
  given: "given node: index read from a variable, not normalised; it must lie in [0, 1]",
  compensated_sums: "sums are compensated (Neumaier)",
  zero_coupling: "coupling degree C = 0 when any coupled index is 0 (then D = 0)",
  t_and_d: "T = Σ β_k S_k; D = √(C·T)",
  grading:
    "D graded unrounded; a D above the scale's top (possible since indices reach 1 + shift) is graded at the top level, with a warning",
  growth: "growth = (S_last/S_first)^(1/(years − 1)) − 1; null (with a warning) when S_first ≤ 0",
  interpolate:
    "missing interpolate: linear in the year between observed years; leading and trailing gaps are errors",
  nearest:
    "missing nearest and splice: the nearest observed year, ties → the earlier year; only observed values anchor a fill",
  splice: "splice: x(t) = x(t0)·proxy(t)/proxy(t0); the proxy is filled by its own rule first",
  stdev:
    "stdev: w = σ/Σσ, σ the sample standard deviation (divisor m − 1) of the normalised values in scope; Σσ = 0 → equal weights, with a warning",
  cv: "cv: v = σ/mean of the raw values in scope (σ sample), w = v/Σv; a value < 0 or a zero mean is an error (D0307); Σv = 0 → equal weights",
  critic:
    "critic (Diakoulaki 1995): C_j = s_j Σ_k (1 − r_jk) on the normalised values, w = C/ΣC; s = σ or 1 − e_j; a constant column has C = 0 and is left out of the others' Σ; ΣC = 0 → equal weights",
  ahp: "ahp: weights from the principal eigenvector (power method) or the row geometric means; λmax = principal eigenvalue, CI = (λmax − n)/(n − 1), CR = CI/RI(n) (Saaty's RI; n ≤ 2 → CR = 0); CR ≥ 0.1 → error unless allow_inconsistent",
  combine_linear: "combine linear: w = Σ α_t w_t",
  combine_multiplicative:
    "combine multiplicative: w_j ∝ Π_t w_t,j; every product 0 → equal weights",
  combine_geometric: "combine geometric: w_j ∝ (Π_t w_t,j)^(1/T); every product 0 → equal weights",
  combine_game_theory:
    "combine game_theory: α solves Σ_t α_t (w_s·w_t) = w_s·w_s (s = 1..T), normalised by |α| (abs) or by α (sum), w = Σ α_t w_t; a singular system (members equal) → α = 1/T",
  topsis:
    "compose topsis: v = w·y′ over the leaf indicators; V+ = max, V− = min of v within the normalisation scope; C = D−/(D+ + D−); D+ + D− = 0 → C = 0.5, with a warning",
} as const;

export type ConventionKey = keyof typeof CONVENTIONS;

/** The fixed rules, as sentences a report can print. */
export function conventions(plan: Plan): string[] {
  const shift = String(plan.method.normalization.shift);
  return conventionKeys(plan).map((k) => CONVENTIONS[k].replace("{shift}", shift));
}

/** The keys of the fixed rules that apply to `plan`, in the report's order. */
export function conventionKeys(plan: Plan): ConventionKey[] {
  const { scope } = plan.method.normalization;
  const out: ConventionKey[] = [
    "aggregate_first",
    "single_region_unit",
    "minmax",
    scope === "pooled" ? "scope_pooled" : "scope_per_year",
    plan.method.constantIndicator.rule === "zero" ? "constant_zero" : "constant_error",
    "entropy",
    "entropy_degenerate",
    "staged",
    "given",
    "compensated_sums",
    "zero_coupling",
    "t_and_d",
    "grading",
    "growth",
    "interpolate",
    "nearest",
    "splice",
  ];
  appendAll(out, methodConventions(plan));
  return out;
}

/** The weighting and compose methods beyond entropy/equal/fixed that the plan uses. */
function methodConventions(plan: Plan): ConventionKey[] {
  const kinds = new Set<string>();
  for (const n of plan.nodes) {
    if (n.compose.kind === "given") continue;
    kinds.add(n.weighting.kind);
    if (n.weighting.kind === "combine") {
      kinds.add(`combine_${n.weighting.rule}`);
      for (const m of n.weighting.members) kinds.add(m.kind);
    }
    if (n.compose.kind === "topsis") kinds.add("topsis");
  }
  const order: ConventionKey[] = [
    "stdev",
    "cv",
    "critic",
    "ahp",
    "combine_linear",
    "combine_multiplicative",
    "combine_geometric",
    "combine_game_theory",
    "topsis",
  ];
  return order.filter((k) => kinds.has(k));
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
