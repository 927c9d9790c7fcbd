/**
 * Pass `variables`: every variable has a unit and says how it aggregates across a cluster's
 * regions: `sum`, `none`, or `mean weighted by <variable>` (the weight must be a variable).
 *
 * Codes: E0220 (no unit), E0221 (no aggregate), E0222 (unknown aggregation), E0223 (mean
 * without `weighted by`), E0224 (`weighted by` on sum/none), E0102/E0103 (weighting variable).
 */
import {
  meanNotWeighted,
  unknownAggregate,
  variableNoAggregate,
  variableNoUnit,
  weightedNotMean,
} from "../messages.js";
import { type CheckContext, expectKind } from "./context.js";

export function checkVariables(ctx: CheckContext): void {
  for (const item of ctx.ast.items) {
    if (item.kind !== "source") continue;
    for (const v of item.variables) {
      if (!v.unit) ctx.report(variableNoUnit(v.name));
      const agg = v.aggregate;
      if (!agg) {
        ctx.report(variableNoAggregate(v.name));
        continue;
      }
      const method = agg.method.name;
      if (method !== "sum" && method !== "mean" && method !== "none") {
        ctx.report(unknownAggregate(agg.method));
        continue;
      }
      if (method === "mean" && !agg.by) ctx.report(meanNotWeighted(agg.range));
      if (method !== "mean" && agg.by) ctx.report(weightedNotMean(agg.by.range, method));
      if (method === "mean" && agg.by) ctx.resolve(agg.by, expectKind("variable"));
    }
  }
}
