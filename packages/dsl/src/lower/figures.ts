/**
 * Lowers the declared figures: already in plan shape in the model (check/figures.ts), in spec
 * order; records each one's range in the source map. No figures leave `figures` out.
 */
import type { FigureDef } from "@ccdc/plan";
import type { Located } from "../model/model.js";
import type { SourceMapBuilder } from "./source-map.js";

export function lowerFigures(
  figures: readonly Located<FigureDef>[],
  map: SourceMapBuilder,
): { figures?: FigureDef[] } {
  for (const [i, f] of figures.entries()) map.add(`/figures/${i}`, f.range);
  return figures.length > 0 ? { figures: figures.map((f) => f.value) } : {};
}
