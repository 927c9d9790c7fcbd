/**
 * The hierarchy walk: indicators are derived and normalised, then every node's index is
 * computed, children before parents.
 *
 * - Indicators: the expression over the aggregated unit variables (`expr.ts`), then min-max
 *   in the indicator's direction plus the shift, within the plan's scope (`scoped.ts`).
 * - flat node: one weighting over the normalised values of all leaf indicators below it
 *   (docs/method.md §4, eq. 3); `weights` are keyed by leaf indicator.
 * - staged node: each child's index — a child node's index, or a child indicator's normalised
 *   value — is min-max normalised again (direction "+", the same shift and scope), then
 *   weighted (docs/method.md §4); `weights` are keyed by child.
 * - given node: the index is read from a variable (aggregated to units); no normalisation and
 *   no weights; every value must lie in [0, 1] (D0304).
 *
 * Weighting: entropy (per scope), equal, or fixed by id. A constant column (max = min, or a
 * spread within rounding of it: `minMax`) becomes
 * the shift under the rule "zero" (warning W0301), or stops the run under "error" (D0305).
 */
import { own, type Plan, type PlanNode } from "@ccdc/plan";
import type { UnitColumns } from "./aggregate.js";
import { type ColumnExecutor, serialExecutor } from "./column-executor.js";
import type { ColumnShape } from "./column-job.js";
import { evaluateIndicator } from "./expr.js";
import { type EngineIssue, formatYears, pointer } from "./issues.js";
import { AHP_CR_LIMIT, type ColumnTotals, equalWeights } from "./kernels/index.js";
import * as msg from "./messages/index.js";
import { unitsAtShift } from "./pinned.js";
import type { PlanIndex } from "./plan-index.js";
import { type WeightSpec, weightScoped } from "./scoped.js";
import type { WeightDetail, WeightingProblem } from "./weighting.js";

export interface NodeWeights {
  /** The ids weighted (leaf indicators for flat, children for staged; empty for given). */
  ids: string[];
  /** One weight per id (per-year entropy: the mean across years). */
  weights: Float64Array;
  /** per_year scope only: the weights of each year. */
  byYear?: Float64Array[];
  /** Weightings other than entropy/equal/fixed: intermediate values, one per scope. */
  details?: WeightDetail[];
  /** compose topsis: the ideal points of each scope (aligned with `ids`). */
  topsis?: { idealPlus: Float64Array; idealMinus: Float64Array }[];
}

export interface HierarchyOutcome {
  /** Per plan indicator: the derived values (inputs to normalisation), unit-major. */
  indicatorValues: Float64Array[];
  /** Per plan indicator: after min-max and the shift. */
  indicatorNormalized: Float64Array[];
  /** Per plan node: its index, unit-major. */
  nodeIndex: Float64Array[];
  nodeWeights: NodeWeights[];
  errors: EngineIssue[];
  warnings: EngineIssue[];
}

/** Derives indicators and computes every node's index. Stops early on errors. */
export function computeHierarchy(
  index: PlanIndex,
  columns: UnitColumns,
  exec: ColumnExecutor = serialExecutor,
): HierarchyOutcome {
  const { plan, unitIds, years, nYears } = index;
  const nUnits = unitIds.length;
  const { shift, scope } = plan.method.normalization;
  const shape: ColumnShape = { shift, scope, nUnits, nYears };
  const rule = plan.method.constantIndicator.rule;
  const out: HierarchyOutcome = {
    indicatorValues: [],
    indicatorNormalized: [],
    nodeIndex: [],
    nodeWeights: [],
    errors: [],
    warnings: [],
  };

  // 1. Derive every indicator.
  plan.indicators.forEach((ind, i) => {
    // The values are never written to, so a bare variable shares the unit column.
    const r = evaluateIndicator(ind, i, columns, unitIds, years, true);
    if (r.error) out.errors.push(r.error);
    out.indicatorValues.push(r.values);
  });
  if (out.errors.length > 0) return out;

  // 2. Normalise every indicator, keeping each scope's Σ and, for the leaves of a flat node
  // weighted by entropy, each scope's e_j (one job per column: column-job.ts).
  const entropyLeaves = new Set(
    plan.nodes
      .filter((n) => n.compose.kind === "flat" && n.weighting.kind === "entropy")
      .flatMap((n) => n.leaves),
  );
  const normalized = exec.normalize(
    plan.indicators.map((ind, i) => ({
      x: out.indicatorValues[i]!,
      direction: ind.direction,
      entropy: entropyLeaves.has(ind.id),
    })),
    shape,
  );
  const indicatorTotals: (ColumnTotals | undefined)[][] = [];
  const indicatorEntropy: (Float64Array | undefined)[] = [];
  plan.indicators.forEach((ind, i) => {
    const r = normalized[i]!;
    out.indicatorNormalized.push(r.values);
    indicatorTotals.push(r.totals);
    indicatorEntropy.push(r.entropy);
    if (r.constantYears.length > 0) {
      constant(msg.CONSTANT_SUBJECTS.indicator(ind.id), r.constantYears, pointer("indicators", i));
    }
  });

  // 3. Nodes, children before parents.
  const nodeIndex: (Float64Array | undefined)[] = new Array(plan.nodes.length);
  const nodeWeights: (NodeWeights | undefined)[] = new Array(plan.nodes.length);
  for (const ni of postOrder(plan)) {
    const node = plan.nodes[ni]!;
    const at = pointer("nodes", ni);
    if (node.compose.kind === "given") {
      nodeIndex[ni] = given(node, ni);
      nodeWeights[ni] = {
        ids: [],
        weights: new Float64Array(0),
        ...(scope === "per_year" ? { byYear: [] } : {}),
      };
      continue;
    }
    let ids: readonly string[];
    let cols: Float64Array[];
    let raw: Float64Array[];
    let totals: (ColumnTotals | undefined)[][];
    let entropies: (Float64Array | undefined)[];
    if (node.compose.kind === "flat" || node.compose.kind === "topsis") {
      ids = node.leaves;
      const at = ids.map((id) => index.indicatorIndex.get(id)!);
      cols = at.map((i) => out.indicatorNormalized[i]!);
      totals = at.map((i) => indicatorTotals[i]!);
      entropies = at.map((i) => indicatorEntropy[i]);
      raw = at.map((i) => out.indicatorValues[i]!);
    } else {
      ids = node.children;
      raw = ids.map((id) => {
        const child = index.nodeIndex.get(id);
        return child !== undefined
          ? nodeIndex[child]!
          : out.indicatorNormalized[index.indicatorIndex.get(id)!]!;
      });
      const withEntropy = node.compose.kind === "staged" && node.weighting.kind === "entropy";
      const children = exec.normalize(
        raw.map((x) => ({ x, direction: "+" as const, entropy: withEntropy })),
        shape,
      );
      children.forEach((r, j) => {
        if (r.constantYears.length > 0)
          constant(msg.CONSTANT_SUBJECTS.child(ids[j]!, node.id), r.constantYears, at);
      });
      totals = children.map((r) => r.totals);
      entropies = children.map((r) => r.entropy);
      cols = children.map((r) => r.values);
    }
    const spec = weightSpec(node, ids, raw);
    const w = weightScoped(
      cols,
      spec,
      scope,
      nUnits,
      nYears,
      node.compose.kind === "topsis" ? "topsis" : "sum",
      { totals, entropies, exec },
    );
    if (w.degenerateYears.length > 0) {
      const kind = node.weighting.kind;
      out.warnings.push(
        msg.degenerateWeights(node.id, kind, when(w.degenerateYears), `${at}/weighting`),
      );
    }
    for (const { year, problem } of w.problems ?? []) {
      out.errors.push(weightingError(node.id, ids, at, year, problem));
    }
    for (const d of w.details ?? []) ahpConsistency(node.id, at, d);
    if (w.tiedYears && w.tiedYears.length > 0) {
      out.warnings.push(msg.topsisTied(node.id, when(w.tiedYears), `${at}/compose`));
    }
    nodeIndex[ni] = w.index;
    if (scope === "per_year") {
      const pinned = unitsAtShift(w.index, shift, nUnits, nYears);
      if (pinned.length > 0)
        out.warnings.push(
          msg.pinnedAtShift(
            node.id,
            pinned.map((u) => unitIds[u]!),
            shift,
            at,
          ),
        );
    }
    nodeWeights[ni] = {
      ids: [...ids],
      weights: w.weights,
      ...(w.byYear ? { byYear: w.byYear } : {}),
      ...(w.details ? { details: w.details } : {}),
      ...(w.topsis ? { topsis: w.topsis } : {}),
    };
  }
  out.nodeIndex = nodeIndex.map((x) => x!);
  out.nodeWeights = nodeWeights.map((x) => x!);
  return out;

  /** A CV column that is not ≥ 0 with a positive mean, or a game-theory weight below 0. */
  function weightingError(
    nodeId: string,
    ids: readonly string[],
    at: string,
    year: number,
    p: WeightingProblem,
  ): EngineIssue {
    if (p.kind === "game_theory_negative") {
      return msg.gameTheoryNegative(
        nodeId,
        p.alpha,
        scope === "per_year" ? ` in ${years[year]}` : "",
        `${at}/weighting`,
      );
    }
    const id = ids[p.column]!;
    const cell =
      p.kind === "cv_negative"
        ? scope === "pooled"
          ? ` is ${p.value} for ${unitIds[Math.floor(p.row / nYears)]!} in ${years[p.row % nYears]!}`
          : ` is ${p.value} for ${unitIds[p.row]!} in ${years[year]!}`
        : ` is 0 for every unit${scope === "per_year" ? ` in ${years[year]!}` : ""}`;
    const ii = index.indicatorIndex.get(id);
    return msg.cvNotRatioScale(
      nodeId,
      id,
      cell,
      ii !== undefined ? pointer("indicators", ii) : `${at}/weighting`,
    );
  }

  /** W0306 for an AHP matrix with CR ≥ 0.1 under `allow_inconsistent` (else the plan check stopped). */
  function ahpConsistency(nodeId: string, at: string, d: WeightDetail): void {
    for (const m of [d, ...(d.members ?? [])]) {
      const cr = m.scalars?.cr;
      if (cr !== undefined && cr >= AHP_CR_LIMIT) {
        out.warnings.push(msg.ahpInconsistentAllowed(nodeId, cr, AHP_CR_LIMIT, `${at}/weighting`));
        return;
      }
    }
  }

  function when(yearIndices: number[]): msg.Where {
    return scope === "pooled"
      ? { scope }
      : { scope, years: formatYears(yearIndices.map((y) => years[y]!)) };
  }

  function constant(what: msg.ConstantSubject, yearIndices: number[], at: string): void {
    if (rule === "error") {
      out.errors.push(msg.constantIndicatorError(what, when(yearIndices), at));
    } else {
      out.warnings.push(msg.constantIndicator(what, when(yearIndices), shift, at));
    }
  }

  function given(node: PlanNode, ni: number): Float64Array {
    const variable = (node.compose as { variable: string }).variable;
    const values = columns.get(variable)!.slice();
    const bad: string[] = [];
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (!(v >= 0 && v <= 1))
        bad.push(`${unitIds[Math.floor(i / nYears)]!} ${years[i % nYears]!} = ${v}`);
    }
    if (bad.length > 0) {
      out.errors.push(
        msg.givenOutsideUnit(node.id, variable, bad.join(", "), pointer("nodes", ni, "compose")),
      );
    }
    return values;
  }
}

/** The weight specification of a node over `ids` (`raw`: their values before normalisation). */
function weightSpec(node: PlanNode, ids: readonly string[], raw: Float64Array[]): WeightSpec {
  const w = node.weighting;
  if (w.kind === "entropy") return { kind: "entropy" };
  if (w.kind === "equal") return { kind: "given", weights: equalWeights(ids.length) };
  if (w.kind === "fixed") {
    return { kind: "given", weights: Float64Array.from(ids, (id) => own(w.weights, id)!) };
  }
  return { kind: "method", weighting: w, ids, raw };
}

/** Node indices in post-order (children before parents), roots in plan order. */
export function postOrder(plan: Plan): number[] {
  const position = new Map(plan.nodes.map((n, i) => [n.id, i] as const));
  const order: number[] = [];
  const visit = (i: number): void => {
    for (const c of plan.nodes[i]!.children) {
      const ci = position.get(c);
      if (ci !== undefined) visit(ci);
    }
    order.push(i);
  };
  plan.nodes.forEach((n, i) => {
    if (n.parent === null) visit(i);
  });
  return order;
}
