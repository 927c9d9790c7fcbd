/**
 * The figures of a run, rendered, in the chosen language: the spec's declared figures first (in
 * spec order, named by their ids), then the default set, and on each declared map a choropleth
 * of D and a LISA cluster map of each autocorrelation with `lisa`.
 */
import type { RegionMap, Result } from "@ccdc/engine";
import type { Plan } from "@ccdc/plan";
import type { Names } from "../render/names.js";
import { wordsFor } from "../render/words.js";
import { choroplethFigures } from "./choropleth.js";
import { declaredFigures } from "./declared.js";
import { defaultFigures } from "./default-set.js";
import { type RenderedFigure, renderFigures } from "./figure-files.js";
import { lisaMapFigures } from "./lisa-map.js";

export async function paperFigures(
  result: Result,
  plan: Plan,
  names: Names,
  maps: readonly RegionMap[] = [],
): Promise<RenderedFigure[]> {
  const ctx = { result, plan, names, words: wordsFor(names.lang) };
  return renderFigures([
    ...declaredFigures(ctx, maps),
    ...defaultFigures(ctx),
    ...choroplethFigures(ctx, maps),
    ...lisaMapFigures(ctx, maps),
  ]);
}
