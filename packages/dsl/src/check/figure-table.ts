/**
 * The checked figures: each `figure` declaration that checked without error, already in its
 * plan shape, so lowering copies it. Kept beside the context's side tables (keyed by it).
 */
import type { FigureDef } from "@ccdc/plan";
import type { FigureDecl } from "../ast-figure.js";
import type { CheckContext } from "./context.js";

const tables = new WeakMap<CheckContext, Map<FigureDecl, FigureDef>>();

/** The figures of a check run (created empty on first use). */
export function figureTable(ctx: CheckContext): Map<FigureDecl, FigureDef> {
  let t = tables.get(ctx);
  if (!t) {
    t = new Map();
    tables.set(ctx, t);
  }
  return t;
}
