/**
 * Scales in the model: the declared scales in spec order, levels as written (the checker
 * proved them ascending and tiling [0, 1]); then the standard scales that analyses use
 * without declaring them, in order of first use.
 */
import type { CheckContext } from "../check/context.js";
import { labelsOf } from "./labels.js";
import type { ScaleModel } from "./model.js";

export function buildScales(ctx: CheckContext): ScaleModel[] {
  const declared: ScaleModel[] = ctx.ast.items
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
      origin: "spec",
      range: s.range,
    }));
  const standard: ScaleModel[] = [];
  for (const a of ctx.ast.items) {
    if (a.kind !== "analysis") continue;
    const s = ctx.tables.analysisScale.get(a)?.standard;
    if (s && !standard.some((x) => x.id === s.id))
      standard.push({ id: s.id, labels: s.labels, levels: s.levels, origin: "standard" });
  }
  return [...declared, ...standard];
}
