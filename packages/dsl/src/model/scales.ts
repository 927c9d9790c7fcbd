/** Scales in the model: the declared scales in spec order, levels as written (the checker proved them ascending and tiling [0, 1]). */
import type { CheckContext } from "../check/context.js";
import { labelsOf } from "./labels.js";
import type { ScaleModel } from "./model.js";

export function buildScales(ctx: CheckContext): ScaleModel[] {
  return ctx.ast.items
    .filter((i) => i.kind === "scale")
    .map((s) => ({
      id: s.name.name,
      labels: labelsOf(s.labels, s.name.name),
      levels: s.levels.map((l) => ({
        level: l.level.value,
        lower: l.lower.value,
        upper: l.upper.value,
        lowerClosed: l.lowerClosed,
        upperClosed: l.upperClosed,
        labels: labelsOf(l.labels, `level ${l.level.text}`),
        range: l.range,
      })),
      range: s.range,
    }));
}
