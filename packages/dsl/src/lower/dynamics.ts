/**
 * Lowers the dynamics declarations (issue 11) — already in plan shape in the model — recording
 * each one's range, and the clusters of a region-level study. Both keys are left out of the
 * plan when empty, so plans of specs without them do not change.
 */
import type { Plan } from "@ccdc/plan";
import type { DynamicsModel } from "../model/model.js";
import type { SourceMapBuilder } from "./source-map.js";

type DynamicsPart = Pick<Plan, "dynamics" | "clusters">;

export function lowerDynamics(model: DynamicsModel, map: SourceMapBuilder): DynamicsPart {
  const out: { -readonly [K in keyof DynamicsPart]: DynamicsPart[K] } = {};
  for (const [i, d] of model.list.entries()) map.add(`/dynamics/${i}`, d.range);
  if (model.list.length > 0) out.dynamics = model.list.map((d) => d.value);
  if (model.clusters.length > 0) out.clusters = [...model.clusters];
  return out;
}
