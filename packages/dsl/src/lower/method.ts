/**
 * Lowers the method: min-max normalisation with its shift and scope, and the constant-indicator
 * rule, each with its origin. (Default compose, weights and coupling forms are on nodes and
 * analyses.)
 */
import type { Method } from "@ccdc/plan";
import type { MethodModel } from "../model/model.js";
import type { SourceMapBuilder } from "./source-map.js";

export function lowerMethod(m: MethodModel, map: SourceMapBuilder): Method {
  if (m.range) map.add("/method", m.range);
  return {
    normalization: {
      kind: "minmax",
      shift: m.shift.value,
      scope: m.scope.value,
      origin: { shift: m.shift.origin, scope: m.scope.origin },
    },
    constantIndicator: { rule: m.constant.value, origin: m.constant.origin },
  };
}
