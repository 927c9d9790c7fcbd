/**
 * Pass `variables`: every variable has a unit and says how it aggregates across a cluster's
 * regions: `sum`, `none`, or `mean weighted by <variable>` (the weight must be another
 * variable); no two variables of a source read the same data key.
 *
 * Codes: E0220 (no unit), E0221 (no aggregate), E0222 (unknown aggregation), E0223 (mean
 * without `weighted by`), E0224 (`weighted by` on sum/none), E0225 (weighted by itself),
 * E0226 (duplicate data key), E0102/E0103 (weighting variable).
 */
import type { VariableDecl } from "../ast.js";
import type { Range } from "../diagnostic.js";
import {
  duplicateVariableKey,
  meanNotWeighted,
  unknownAggregate,
  variableNoAggregate,
  variableNoUnit,
  weightedBySelf,
  weightedNotMean,
} from "../messages.js";
import { type CheckContext, expectKind } from "./context.js";

export function checkVariables(ctx: CheckContext): void {
  for (const item of ctx.ast.items) {
    if (item.kind !== "source") continue;
    checkKeys(ctx, item.variables);
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
      if (method === "mean" && agg.by) {
        if (agg.by.name === v.name.name) ctx.report(weightedBySelf(agg.by));
        else ctx.resolve(agg.by, expectKind("variable"));
      }
    }
  }
}

/** Two variables of one source reading the same data key would be the same series. */
function checkKeys(ctx: CheckContext, variables: readonly VariableDecl[]): void {
  const seen = new Map<string, { name: string; at: Range }>();
  for (const v of variables) {
    const key = v.key?.value ?? v.name.name;
    const at = v.key?.range ?? v.name.range;
    const first = seen.get(key);
    if (first) ctx.report(duplicateVariableKey(at, key, v.name.name, first.name, first.at));
    else seen.set(key, { name: v.name.name, at });
  }
}
