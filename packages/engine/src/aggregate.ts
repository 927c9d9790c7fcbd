/**
 * Aggregation of regions to units, per variable (`variable.aggregate`), before any indicator
 * is derived: a cluster's ratio indicator is a ratio of sums (cluster cable length / cluster
 * land area), not a mean of regional ratios.
 *
 * - sum: Σ over the members (compensated);
 * - weighted_mean by w: Σ x·w / Σ w over the members (D0302 when Σ w = 0; D0306 when a
 *   member's weight is negative: the "mean" would not lie between the members' values);
 * - none: only units of one member may use it (D0301 otherwise).
 *
 * A unit of one member takes its member's value unchanged, whatever the rule (so region-level
 * studies never need weights). The result columns may share memory with the panel: callers
 * must not write to them.
 */

import { type EngineIssue, formatCellsOfVariable } from "./issues.js";
import { neumaierSum } from "./kernels/index.js";
import * as msg from "./messages/index.js";
import type { PanelData } from "./panel.js";
import type { PlanIndex } from "./plan-index.js";

/** Variable id → unit-major values (`units × years`). */
export type UnitColumns = Map<string, Float64Array>;

export interface AggregateOutcome {
  columns: UnitColumns;
  errors: EngineIssue[];
}

/** Aggregates the unit variables of the plan from the (filled) region panel. */
export function aggregateUnits(index: PlanIndex, panel: PanelData): AggregateOutcome {
  const { nYears, members, unitIds } = index;
  const nUnits = unitIds.length;
  const columns: UnitColumns = new Map();
  const errors: EngineIssue[] = [];
  let maxMembers = 0;
  for (const m of members) maxMembers = Math.max(maxMembers, m.length);
  const xs = new Float64Array(maxMembers);
  const ws = new Float64Array(maxMembers);

  // Units that are the regions themselves, in the same order: a unit column is the region
  // column (shared, never written: expressions copy a bare variable, given nodes copy theirs).
  const identity =
    nUnits === index.regionIds.length && members.every((m, u) => m.length === 1 && m[0] === u);

  for (const id of index.unitVariables) {
    const info = index.variableById.get(id)!;
    const agg = info.variable.aggregate;
    const src = panel[id]!;
    if (identity) {
      columns.set(id, src);
      continue;
    }
    const out = new Float64Array(nUnits * nYears);
    const weights = agg.kind === "weighted_mean" ? panel[agg.by]! : undefined;
    const refused: string[] = [];
    const zeroWeight: { region: string; year: number }[] = [];
    const negativeWeight: { region: string; year: number }[] = [];
    for (let u = 0; u < nUnits; u++) {
      const m = members[u]!;
      const k = m.length;
      const ob = u * nYears;
      if (k === 1) {
        const rb = m[0]! * nYears;
        for (let y = 0; y < nYears; y++) out[ob + y] = src[rb + y]!;
        continue;
      }
      if (agg.kind === "none") {
        refused.push(unitIds[u]!);
        continue;
      }
      for (let y = 0; y < nYears; y++) {
        if (agg.kind === "sum") {
          for (let j = 0; j < k; j++) xs[j] = src[m[j]! * nYears + y]!;
          out[ob + y] = neumaierSum(xs, 0, k);
        } else {
          for (let j = 0; j < k; j++) {
            const i = m[j]! * nYears + y;
            ws[j] = weights![i]!;
            xs[j] = src[i]! * ws[j]!;
            if (ws[j]! < 0)
              negativeWeight.push({ region: index.regionIds[m[j]!]!, year: index.years[y]! });
          }
          const total = neumaierSum(ws, 0, k);
          if (total === 0) {
            zeroWeight.push({ region: unitIds[u]!, year: index.years[y]! });
            out[ob + y] = 0;
          } else out[ob + y] = neumaierSum(xs, 0, k) / total;
        }
      }
    }
    if (refused.length > 0) {
      errors.push(msg.aggregateNoneForSeveral(id, refused, `${info.pointer}/aggregate`));
    }
    if (negativeWeight.length > 0 && agg.kind === "weighted_mean") {
      errors.push(
        msg.negativeMeanWeight(
          id,
          agg.by,
          formatCellsOfVariable(negativeWeight),
          `${info.pointer}/aggregate/by`,
        ),
      );
    }
    if (zeroWeight.length > 0 && agg.kind === "weighted_mean") {
      errors.push(
        msg.weightsSumToZero(
          id,
          agg.by,
          formatCellsOfVariable(zeroWeight),
          `${info.pointer}/aggregate/by`,
        ),
      );
    }
    columns.set(id, out);
  }
  return { columns, errors };
}
