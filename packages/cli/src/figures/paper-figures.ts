/**
 * The figures of a run, rendered: the default set, and a choropleth of D for each declared map,
 * in the chosen language.
 */
import type { RegionMap, Result } from "@ccdc/engine";
import type { Plan } from "@ccdc/plan";
import type { Names } from "../render/names.js";
import { wordsFor } from "../render/words.js";
import { choroplethFigures } from "./choropleth.js";
import { defaultFigures } from "./default-set.js";
import { type RenderedFigure, renderFigures } from "./figure-files.js";

export async function paperFigures(
  result: Result,
  plan: Plan,
  names: Names,
  maps: readonly RegionMap[] = [],
): Promise<RenderedFigure[]> {
  const ctx = { result, plan, names, words: wordsFor(names.lang) };
  return renderFigures([...defaultFigures(ctx), ...choroplethFigures(ctx, maps)]);
}
