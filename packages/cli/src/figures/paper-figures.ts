/**
 * The figures of a run, rendered, in the chosen language: the spec's declared figures first (in
 * spec order, named by their ids), then the default set, and on each declared map a choropleth
 * of D and a LISA cluster map of each autocorrelation with `lisa`. Each carries its title,
 * caption and approval number in its spec and its SVG (caption.ts), so a file used alone says
 * what it shows.
 */
import type { RegionMap, Result } from "@ccdc/engine";
import type { Plan } from "@ccdc/plan";
import type { Names } from "../render/names.js";
import { wordsFor } from "../render/words.js";
import { describeFigure, svgWithTitle } from "./caption.js";
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
  const figures = [
    ...declaredFigures(ctx, maps),
    ...defaultFigures(ctx),
    ...choroplethFigures(ctx, maps),
    ...lisaMapFigures(ctx, maps),
  ].map(describeFigure);
  const rendered = await renderFigures(figures);
  return rendered.map((r) => ({ ...r, svg: svgWithTitle(r.svg, r.figure) }));
}
