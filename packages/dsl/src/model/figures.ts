/** The declared figures in the model: each one the checker built (in plan shape), in spec order. */
import type { FigureDef } from "@ccdc/plan";
import type { CheckContext } from "../check/context.js";
import { figureTable } from "../check/figure-table.js";
import type { Located } from "./model.js";

export function buildFigures(ctx: CheckContext): Located<FigureDef>[] {
  return [...figureTable(ctx).entries()]
    .sort(([a], [b]) => a.range.start.offset - b.range.start.offset)
    .map(([decl, value]) => ({ value, range: decl.range }));
}
