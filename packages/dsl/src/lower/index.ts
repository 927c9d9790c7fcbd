/**
 * Lowering: a checked spec (no errors) → the plan. Deterministic; every name is resolved and
 * every default filled in with origin "default" (see docs/language.md, "Defaults"). Reads the
 * checker's side tables; never reports diagnostics (a plan that fails the schema is an
 * internal error, reported by compile.ts).
 */
import { PLAN_VERSION, type Plan } from "@ccdc/plan";
import type { CheckContext } from "../check/context.js";
import { lowerAnalyses } from "./analyses.js";
import { lowerIndicators, lowerNodes } from "./hierarchy.js";
import { lowerMethod } from "./method.js";
import { lowerScales } from "./scales.js";
import { SourceMapBuilder } from "./source-map.js";
import { lowerSources } from "./sources.js";
import { lowerSpatial } from "./spatial.js";
import { lowerStudy } from "./study.js";
import { lowerRegions, lowerUnits } from "./units.js";

export function lowerSpec(ctx: CheckContext): Plan {
  const map = new SourceMapBuilder();
  const study = ctx.tables.study;
  if (!study) throw new Error("lowerSpec: the spec has no study (was it checked?)");
  map.add("/study", study.range);
  if (ctx.tables.method) map.add("/method", ctx.tables.method.range);
  const plan: Omit<Plan, "sourceMap"> = {
    planVersion: PLAN_VERSION,
    study: lowerStudy(study),
    sources: lowerSources(ctx, map),
    regions: lowerRegions(ctx, map),
    units: lowerUnits(ctx, map),
    nodes: lowerNodes(ctx, map),
    indicators: lowerIndicators(ctx, map),
    method: lowerMethod(ctx.tables.method),
    scales: lowerScales(ctx, map),
    analyses: lowerAnalyses(ctx, map),
    ...lowerSpatial(ctx, map),
  };
  return { ...plan, sourceMap: map.build() };
}

export { exprText } from "./expr-text.js";
