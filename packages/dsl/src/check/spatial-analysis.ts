/**
 * Pass `spatial-analysis`: `spatial_weights` and `autocorrelation` blocks parse, but are not
 * supported yet: each is an error rather than silently ignored.
 *
 * Codes: E1039.
 */
import { errorDiagnostic } from "../diagnostic.js";
import type { CheckContext } from "./context.js";

export function checkSpatialAnalysis(ctx: CheckContext): void {
  for (const item of ctx.ast.items) {
    if (item.kind === "spatial_weights" || item.kind === "autocorrelation")
      ctx.report(
        errorDiagnostic("E1039", `\`${item.kind}\` is not supported yet`, item.name.range),
      );
  }
}
