/**
 * Average annual growth of every node's index, per unit, from the first to the last study
 * year: (S_last / S_first)^(1/(years − 1)) − 1 (docs/method.md §7, kernel `averageAnnualGrowth`).
 * "years − 1" counts the calendar years between the first and the last study year, so a plan
 * whose years have gaps (2013, 2017, 2021: 8 years apart) still gives an annual rate.
 * Undefined (a first-year index of 0, or a one-year study) gives null and one warning per node
 * (W0501) naming the units. A rate from a first-year index equal to the normalisation's shift
 * (the unit lowest on every indicator that year, eq. 2) is reported but warned about (W0502):
 * it is set by the shift, not by the data (shift 0.0001 and an index of 0.6 eight years later
 * give 196 % a year).
 */
import { emptyRecord, type Plan } from "@ccdc/plan";
import { type EngineIssue, pointer } from "./issues.js";
import { averageAnnualGrowth } from "./kernels/index.js";
import * as msg from "./messages/index.js";
import type { PlanIndex } from "./plan-index.js";

export interface GrowthOutcome {
  /** Per plan node, per unit (units order): the rate, or NaN where it is undefined (null). */
  growth: Float64Array[];
  warnings: EngineIssue[];
}

export function computeGrowth(index: PlanIndex, nodeIndex: readonly Float64Array[]): GrowthOutcome {
  const { plan, unitIds, nYears, years } = index;
  const nUnits = unitIds.length;
  // Years spanned, first to last inclusive (= nYears when the years are consecutive).
  const span = years[nYears - 1]! - years[0]! + 1;
  const growth: Float64Array[] = [];
  const warnings: EngineIssue[] = [];
  const shift = plan.method.normalization.shift;
  plan.nodes.forEach((node, ni) => {
    const col = nodeIndex[ni]!;
    const rates = new Float64Array(nUnits);
    const undefinedFor: string[] = [];
    const fromShift: { unit: string; rate: number }[] = [];
    let overflow = false;
    for (let u = 0; u < nUnits; u++) {
      const first = col[u * nYears]!;
      const last = col[u * nYears + nYears - 1]!;
      const g = averageAnnualGrowth(first, last, span);
      // The kernel never returns NaN (it returns null for undefined rates), so NaN is free
      // to stand for null here.
      rates[u] = g === null ? Number.NaN : g;
      if (g === null && first > 0) overflow = true;
      if (g === null) undefinedFor.push(`${unitIds[u]!} (${years[0]}: ${first})`);
      else if (atShift(first, shift)) fromShift.push({ unit: unitIds[u]!, rate: g });
    }
    growth.push(rates);
    if (fromShift.length > 0)
      warnings.push(
        msg.growthFromShift(node.id, years[0]!, shift, fromShift, pointer("nodes", ni)),
      );
    if (undefinedFor.length > 0) {
      const why = span < 2 ? "single-year" : overflow ? "not-positive-or-overflow" : "not-positive";
      warnings.push(msg.growthUndefined(node.id, why, undefinedFor, pointer("nodes", ni)));
    }
  });
  return { growth, warnings };
}

/**
 * Whether a first-year index is the shift: equal up to the rounding of a weighted sum of
 * shifts whose weights add up to 1 (relative 1e-9). A shift of 0 gives an undefined rate
 * (W0501) instead.
 */
function atShift(first: number, shift: number): boolean {
  return shift > 0 && Math.abs(first - shift) <= 1e-9 * shift;
}

/** The JSON shape of the rates: nodeId → unitId → rate or null. */
export function growthRecord(
  plan: Plan,
  unitIds: readonly string[],
  growth: readonly Float64Array[],
): Record<string, Record<string, number | null>> {
  const out = emptyRecord<Record<string, number | null>>();
  plan.nodes.forEach((node, ni) => {
    const rates = growth[ni]!;
    const byUnit = emptyRecord<number | null>();
    for (let u = 0; u < unitIds.length; u++) {
      const g = rates[u]!;
      byUnit[unitIds[u]!] = Number.isNaN(g) ? null : g;
    }
    out[node.id] = byUnit;
  });
  return out;
}
