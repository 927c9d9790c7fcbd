/**
 * Lowering: the checked model → the plan. A total function of the model (src/model/): every
 * name is already resolved and every default applied there, with its origin, so lowering only
 * projects the model onto the plan's shape and records each declaration's range in the source
 * map. Deterministic; never reports diagnostics (a plan that fails the schema is an internal
 * error, reported by compile.ts).
 */
import { PLAN_VERSION, type Plan } from "@ccdc/plan";
import type { CheckedSpec } from "../model/model.js";
import { lowerAnalyses } from "./analyses.js";
import { lowerDynamics } from "./dynamics.js";
import { lowerFigures } from "./figures.js";
import { lowerIndicators, lowerNodes } from "./hierarchy.js";
import { lowerMethod } from "./method.js";
import { lowerRelativeObstacle } from "./relative-obstacle.js";
import { lowerScales } from "./scales.js";
import { SourceMapBuilder } from "./source-map.js";
import { lowerSources } from "./sources.js";
import { lowerSpatial } from "./spatial.js";
import { lowerStudy } from "./study.js";
import { lowerRegions, lowerUnits } from "./units.js";
import { lowerVariants } from "./variants.js";

export function lowerSpec(model: CheckedSpec): Plan {
  const map = new SourceMapBuilder();
  const plan: Omit<Plan, "sourceMap"> = {
    planVersion: PLAN_VERSION,
    study: lowerStudy(model.study, map),
    sources: lowerSources(model.sources, map),
    regions: lowerRegions(model.regions, map),
    units: lowerUnits(model.units, map),
    nodes: lowerNodes(model.nodes, map),
    indicators: lowerIndicators(model.indicators, map),
    method: lowerMethod(model.method, map),
    scales: lowerScales(model.scales, map),
    analyses: lowerAnalyses(model.analyses, map),
    ...lowerSpatial(model.spatial, map),
    ...lowerDynamics(model.dynamics, map),
    ...lowerRelativeObstacle(model.relativeObstacle, map),
    ...lowerVariants(model.variants, map),
    ...lowerFigures(model.figures, map),
  };
  return { ...plan, sourceMap: map.build() };
}

export { exprText } from "./expr-text.js";
