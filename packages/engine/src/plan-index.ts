/**
 * The plan, indexed once for the engine's passes: positions of regions, units, years and
 * variables, unit memberships as index arrays, and which variables the computation needs.
 * Built from a plan that passed `checkPlanSemantics`, so every id lookup succeeds.
 *
 * Layout conventions (docs/architecture.md): a region panel column has length
 * `regions × years`, region-major (`i = r * years + y`), regions in `plan.regions` order; a
 * unit column has length `units × years`, unit-major, units in `plan.units.list` order.
 */
import type { Plan, Source, Variable } from "@ccdc/plan";
import { pointer } from "./issues.js";
import { exprVariables } from "./plan-checks/index.js";

export interface VariableInfo {
  id: string;
  variable: Variable;
  source: Source;
  /** Position of the source in `plan.sources`, and of the variable in its source. */
  sourceIndex: number;
  indexInSource: number;
  /** Position in the plan's flattened variable list (sources in order, then variables). */
  order: number;
  /** JSON pointer to the variable in the plan. */
  pointer: string;
}

export interface PlanIndex {
  plan: Plan;
  years: readonly number[];
  nYears: number;
  regionIds: readonly string[];
  regionIndex: ReadonlyMap<string, number>;
  unitIds: readonly string[];
  unitIndex: ReadonlyMap<string, number>;
  /** Per unit, its member regions' indices. */
  members: readonly Int32Array[];
  /** True when some unit has more than one member (aggregation really happens). */
  clustered: boolean;
  /** Region indices that belong to some unit, ascending: the only regions whose data matter. */
  neededRegions: Int32Array;
  variables: readonly VariableInfo[];
  variableById: ReadonlyMap<string, VariableInfo>;
  /** Variables read at unit level: by indicator expressions and given nodes. */
  unitVariables: readonly string[];
  /**
   * Variables that must be complete for the needed regions and years: the unit variables and,
   * when clustered, the weights of their weighted means.
   */
  needed: ReadonlySet<string>;
  /** Variables to fill, proxies before the variables spliced on them (plan order otherwise). */
  fillOrder: readonly string[];
  nodeIndex: ReadonlyMap<string, number>;
  indicatorIndex: ReadonlyMap<string, number>;
}

/** Indexes a semantically valid plan. */
export function indexPlan(plan: Plan): PlanIndex {
  const years = plan.study.years;
  const regionIndex = new Map(plan.regions.map((r, i) => [r.id, i] as const));
  const unitIds = plan.units.list.map((u) => u.id);
  const unitIndex = new Map(unitIds.map((id, i) => [id, i] as const));
  const members = plan.units.list.map((u) =>
    Int32Array.from(u.members, (m) => regionIndex.get(m)!),
  );
  const clustered = members.some((m) => m.length > 1);
  const neededSet = new Set<number>();
  for (const m of members) for (const r of m) neededSet.add(r);
  const neededRegions = Int32Array.from([...neededSet].sort((a, b) => a - b));

  const variables: VariableInfo[] = [];
  plan.sources.forEach((source, sourceIndex) => {
    source.variables.forEach((variable, indexInSource) => {
      variables.push({
        id: variable.id,
        variable,
        source,
        sourceIndex,
        indexInSource,
        order: variables.length,
        pointer: pointer("sources", sourceIndex, "variables", indexInSource),
      });
    });
  });
  const variableById = new Map(variables.map((v) => [v.id, v] as const));

  const unitVariableSet = new Set<string>();
  for (const ind of plan.indicators)
    for (const v of exprVariables(ind.expr)) unitVariableSet.add(v);
  for (const n of plan.nodes)
    if (n.compose.kind === "given") unitVariableSet.add(n.compose.variable);
  // Economic-distance weights read a variable's mean over the period in each unit.
  for (const w of plan.spatialWeights ?? [])
    if (w.construction.kind === "economic") unitVariableSet.add(w.construction.variable);
  const unitVariables = variables.filter((v) => unitVariableSet.has(v.id)).map((v) => v.id);

  const needed = new Set(unitVariables);
  if (clustered) {
    for (const id of unitVariables) {
      const agg = variableById.get(id)!.variable.aggregate;
      if (agg.kind === "weighted_mean") needed.add(agg.by);
    }
  }

  // Fill order: a depth-first walk over splice proxies, so a proxy is filled (by its own
  // rule) before any variable spliced on it. Cycles were refused by the plan checks.
  const fillOrder: string[] = [];
  const visited = new Set<string>();
  const visit = (id: string): void => {
    if (visited.has(id)) return;
    visited.add(id);
    const rule = variableById.get(id)!.variable.missing;
    if (rule.kind === "splice") visit(rule.proxy);
    fillOrder.push(id);
  };
  for (const v of variables) if (needed.has(v.id)) visit(v.id);

  return {
    plan,
    years,
    nYears: years.length,
    regionIds: plan.regions.map((r) => r.id),
    regionIndex,
    unitIds,
    unitIndex,
    members,
    clustered,
    neededRegions,
    variables,
    variableById,
    unitVariables,
    needed,
    fillOrder,
    nodeIndex: new Map(plan.nodes.map((n, i) => [n.id, i] as const)),
    indicatorIndex: new Map(plan.indicators.map((n, i) => [n.id, i] as const)),
  };
}
