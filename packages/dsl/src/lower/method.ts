/**
 * Lowers the method block: min-max normalisation with its shift (default 0.0001, the paper's)
 * and scope (default pooled), and the constant-indicator rule (default zero), each with its
 * origin. (Default compose, weights and coupling forms are lowered onto nodes and analyses.)
 */
import type { Method } from "@ccdc/plan";
import type { MethodDecl } from "../ast.js";

export const DEFAULT_SHIFT = 0.0001;

export function lowerMethod(m: MethodDecl | undefined): Method {
  const shift = m?.normalize?.shift;
  const scope = m?.normalize?.scope;
  const constant = m?.constant;
  return {
    normalization: {
      kind: "minmax",
      shift: shift ? shift.value : DEFAULT_SHIFT,
      scope: scope?.name === "per_year" ? "per_year" : "pooled",
      origin: { shift: shift ? "spec" : "default", scope: scope ? "spec" : "default" },
    },
    constantIndicator: {
      rule: constant?.name === "error" ? "error" : "zero",
      origin: constant ? "spec" : "default",
    },
  };
}
