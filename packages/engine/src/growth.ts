/**
 * Average annual growth of every node's index, per unit, from the first to the last study
 * year: (S_last / S_first)^(1/(years − 1)) − 1 (METHOD.md §5, kernel `averageAnnualGrowth`).
 * Undefined (a first-year index of 0, or a one-year study) gives null and one warning per node
 * (W0501) naming the units.
 */
import { type EngineIssue, pointer, warning } from "./issues.js";
import { averageAnnualGrowth } from "./kernels/index.js";
import type { PlanIndex } from "./plan-index.js";

export interface GrowthOutcome {
  /** nodeId → unitId → rate or null. */
  growth: Record<string, Record<string, number | null>>;
  warnings: EngineIssue[];
}

export function computeGrowth(index: PlanIndex, nodeIndex: readonly Float64Array[]): GrowthOutcome {
  const { plan, unitIds, nYears, years } = index;
  const growth: Record<string, Record<string, number | null>> = {};
  const warnings: EngineIssue[] = [];
  plan.nodes.forEach((node, ni) => {
    const col = nodeIndex[ni]!;
    const byUnit: Record<string, number | null> = {};
    const undefinedFor: string[] = [];
    unitIds.forEach((unit, u) => {
      const first = col[u * nYears]!;
      const last = col[u * nYears + nYears - 1]!;
      const g = averageAnnualGrowth(first, last, nYears);
      byUnit[unit] = g;
      if (g === null) undefinedFor.push(`${unit} (${years[0]}: ${first})`);
    });
    growth[node.id] = byUnit;
    if (undefinedFor.length > 0) {
      const why =
        nYears < 2 ? "the study has a single year" : `the first-year index is not positive`;
      warnings.push(
        warning(
          "W0501",
          `node "${node.id}": the average annual growth is undefined (${why}) for ${undefinedFor.join(", ")}; reported as null`,
          {
            pointer: pointer("nodes", ni),
          },
        ),
      );
    }
  });
  return { growth, warnings };
}
