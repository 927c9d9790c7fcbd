/**
 * Obstacle degree (issue 10; docs/method.md §13): for each `obstacle` declaration and every
 * unit and year, the kernel `obstacleDegree` over the leaf indicators below the node:
 *
 *   F_j  = the product of the weights on the path from the node down to indicator j
 *          (`overallWeights`: a flat or TOPSIS node weights its leaves directly, a staged node
 *          weights its children), in that year (per_year scope: that year's weights);
 *   I_ij = 1 − x'_ij, x'_ij = y'_ij − s the indicator's min-max value before the shift s;
 *   O_ij = F_j I_ij / Σ_j F_j I_ij.
 *
 * A part's share is the sum of O over its leaves, the parts being the node's direct children
 * that hold indicators (the systems, for the index). Σ F I = 0 (every weighted indicator at
 * its ideal) is the kernel's declared rule: every O is 0, `atIdeal` is true, no top list.
 */
import { emptyRecord, type Obstacle, own, recordFrom } from "@ccdc/plan";
import type { NodeWeights } from "../hierarchy.js";
import { obstacleDegree } from "../kernels/index.js";
import type { PlanIndex } from "../plan-index.js";
import type { ResultObstacle, ResultObstacleUnit } from "./result-schema.js";

/**
 * F_j of every leaf below `nodeId` in year `y`: the product of the weights on its path to the
 * node. A given child contributes no indicator (it has none).
 */
export function overallWeights(
  index: PlanIndex,
  weights: readonly NodeWeights[],
  nodeId: string,
  y: number,
): Map<string, number> {
  const { plan } = index;
  const ni = index.nodeIndex.get(nodeId)!;
  const node = plan.nodes[ni]!;
  const w = weights[ni]!;
  const yearW = w.byYear && w.byYear.length > 0 ? w.byYear[y]! : w.weights;
  const out = new Map<string, number>();
  if (node.compose.kind === "given") return out;
  if (node.compose.kind === "flat" || node.compose.kind === "topsis") {
    for (const [j, id] of w.ids.entries()) out.set(id, yearW[j]!);
    return out;
  }
  w.ids.forEach((id, j) => {
    if (!index.nodeIndex.has(id)) out.set(id, yearW[j]!);
    else
      for (const [leaf, f] of overallWeights(index, weights, id, y)) out.set(leaf, yearW[j]! * f);
  });
  return out;
}

/** Runs every obstacle declaration of the plan. */
export function runObstacles(
  index: PlanIndex,
  normalized: readonly Float64Array[],
  weights: readonly NodeWeights[],
): ResultObstacle[] {
  return (index.plan.obstacles ?? []).map((o) => runOne(index, normalized, weights, o));
}

function runOne(
  index: PlanIndex,
  normalized: readonly Float64Array[],
  weights: readonly NodeWeights[],
  def: Obstacle,
): ResultObstacle {
  const { plan, nYears, unitIds } = index;
  const shift = plan.method.normalization.shift;
  const node = plan.nodes[index.nodeIndex.get(def.node)!]!;
  const leaves = node.leaves;
  const k = leaves.length;
  const parts = node.children
    .map((id) => {
      const child = index.nodeIndex.get(id);
      return { id, indicators: child === undefined ? [id] : [...plan.nodes[child]!.leaves] };
    })
    .filter((p) => p.indicators.length > 0);
  const partOf = parts.map((p) => p.indicators.map((id) => leaves.indexOf(id)));
  // F by year, aligned with `leaves` (an indicator the weighting leaves out has F = 0).
  const F: Float64Array[] = [];
  for (let y = 0; y < nYears; y++) {
    const byLeaf = overallWeights(index, weights, def.node, y);
    F.push(Float64Array.from(leaves, (id) => byLeaf.get(id) ?? 0));
  }
  const columns = leaves.map((id) => normalized[index.indicatorIndex.get(id)!]!);
  const units = unitIds.map((unit, u): ResultObstacleUnit => {
    const out: ResultObstacleUnit = {
      unit,
      obstacle: recordFrom(leaves.map((id) => [id, [] as number[]] as const)),
      deviation: recordFrom(leaves.map((id) => [id, [] as number[]] as const)),
      shares: recordFrom(parts.map((p) => [p.id, [] as number[]] as const)),
      top: [],
      atIdeal: [],
    };
    const x = new Float64Array(k);
    for (let y = 0; y < nYears; y++) {
      for (let j = 0; j < k; j++) x[j] = columns[j]![u * nYears + y]! - shift;
      const r = obstacleDegree(F[y]!, x);
      leaves.forEach((id, j) => {
        out.obstacle[id]!.push(r.obstacle[j]!);
        out.deviation[id]!.push(r.deviation[j]!);
      });
      parts.forEach((p, pi) => {
        let s = 0;
        for (const j of partOf[pi]!) s += r.obstacle[j]!;
        out.shares[p.id]!.push(s);
      });
      out.atIdeal.push(r.atIdeal);
      out.top.push(r.atIdeal ? [] : topIds(leaves, r.obstacle, def.top));
    }
    return out;
  });
  const weightRecord = emptyRecord<number[]>();
  leaves.forEach((id, j) => {
    weightRecord[id] = F.map((f) => f[j]!);
  });
  return {
    id: def.id,
    label: own(def.labels, "en") ?? def.id,
    labels: recordFrom(Object.entries(def.labels)),
    node: def.node,
    top: def.top,
    shift,
    indicators: [...leaves],
    parts,
    weights: weightRecord,
    units,
  };
}

/**
 * The `n` ids with the largest O, largest first; ties keep plan order (a stable sort). Only
 * indicators with O > 0 are listed: one at its ideal is no obstacle.
 */
export function topIds(ids: readonly string[], o: Float64Array, n: number): string[] {
  return ids
    .map((id, j) => ({ id, o: o[j]!, j }))
    .filter((x) => x.o > 0)
    .sort((a, b) => b.o - a.o || a.j - b.j)
    .slice(0, n)
    .map((x) => x.id);
}
