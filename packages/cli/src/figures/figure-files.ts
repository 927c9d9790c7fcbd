/**
 * The files of a set of figures, under `figures/`: for each figure its Vega-Lite JSON
 * (`NAME.vl.json`, data inline), its SVG and, when a PNG font is given, its PNG, drawn with
 * that font cut down to the figures' characters (font-subset.ts: read and subset once per run).
 */
import { stableStringify } from "@ccdc/plan";
import type { Figure } from "./figure.js";
import { subsetFont } from "./font-subset.js";
import { fontForText } from "./fonts.js";
import { type PngFont, renderPng, svgRenderer } from "./render.js";
import { withoutOptimisingCompiler } from "./v8-tiers.js";

export const FIGURES_DIR = "figures";

export interface RenderedFigure {
  readonly figure: Figure;
  readonly svg: string;
}

/** Renders every figure to SVG (in order), without V8's optimising compiler (v8-tiers.ts). */
export async function renderFigures(figures: readonly Figure[]): Promise<RenderedFigure[]> {
  const out: RenderedFigure[] = [];
  if (figures.length === 0) return out;
  const render = await svgRenderer(
    undefined,
    figures.map((f) => f.spec),
  );
  // vega is loaded (with its code cache) before V8's flags change: a cache made under other
  // flags would be rejected.
  return withoutOptimisingCompiler(async () => {
    for (const figure of figures) out.push({ figure, svg: await render(figure.spec) });
    return out;
  });
}

/** The figures' files by relative path; PNGs only when `png` names a font. */
export async function figureFiles(
  rendered: readonly RenderedFigure[],
  png: PngFont | undefined,
): Promise<Map<string, string | Uint8Array>> {
  const files = new Map<string, string | Uint8Array>();
  const pngs = png ? await drawPngs(rendered, png) : undefined;
  for (const { figure, svg } of rendered) {
    const base = `${FIGURES_DIR}/${figure.name}`;
    files.set(`${base}.vl.json`, stableStringify(figure.spec));
    files.set(`${base}.svg`, svg);
    const drawn = pngs?.get(figure.name);
    if (drawn) files.set(`${base}.png`, drawn);
  }
  return files;
}

/**
 * The PNG of each figure, by name, drawn with `png`'s font cut down to the figures'
 * characters (read and subset once): at 2×, or `widthOf(figure)` pixels wide.
 */
export async function drawPngs(
  rendered: readonly RenderedFigure[],
  png: PngFont,
  widthOf?: (r: RenderedFigure) => number,
): Promise<Map<string, Uint8Array>> {
  const svgs = rendered.map((r) => r.svg);
  const subset = await subsetFont(await fontForText(png, svgs), svgs);
  try {
    const out = new Map<string, Uint8Array>();
    for (const r of rendered)
      out.set(r.figure.name, await renderPng(r.svg, subset.font, widthOf?.(r)));
    return out;
  } finally {
    subset.dispose();
  }
}
