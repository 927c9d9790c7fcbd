/**
 * Pass `per-year`: what `scope per_year` does to a study, when the spec alone decides it.
 * Min-max within each year maps each year's lowest unit to 0 (then the shift) on every
 * indicator (docs/method.md §2). With two units every normalised indicator is the shift or
 * 1 + shift; a node that weights a single column (one leaf indicator when flat, one child
 * when staged) has the shift as its lowest unit's index in every year; and the average growth
 * rates the run reports (docs/method.md §7) are then growth rates of a rank-like index.
 *
 * Codes: W0907 (the lowest unit pinned to the shift), W0908 (growth of per-year indices).
 */
import { perYearGrowth, perYearOneColumn, perYearTwoUnits } from "../messages.js";
import { DEFAULT_SHIFT } from "../model/defaults.js";
import { leaves } from "./compose-weights.js";
import type { CheckContext } from "./context.js";

export function checkPerYear(ctx: CheckContext): void {
  const method = ctx.tables.method;
  const scope = method?.normalize?.scope;
  if (scope?.name !== "per_year") return;
  const shift = method?.normalize?.shift?.text ?? String(DEFAULT_SHIFT);
  const units = ctx.tables.units?.list.length ?? 0;
  if (units === 2) ctx.report(perYearTwoUnits(scope, shift));
  else if (units > 2) {
    for (const node of ctx.tables.nodes) {
      if (node.given) continue;
      const staged = (node.compose ?? method?.compose)?.name === "staged";
      const columns = staged ? node.children.length : leaves(node).length;
      if (columns === 1)
        ctx.report(perYearOneColumn(node.name, staged ? "child" : "indicator", scope.range, shift));
    }
  }
  const period = ctx.tables.study?.period;
  if (period && period.to.value > period.from.value) ctx.report(perYearGrowth(scope));
}
