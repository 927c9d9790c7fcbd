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
  const font = png
    ? await fontForText(
        png,
        rendered.map((r) => r.svg),
      )
    : undefined;
  const subset = font
    ? await subsetFont(
        font,
        rendered.map((r) => r.svg),
      )
    : undefined;
  try {
    for (const { figure, svg } of rendered) {
      const base = `${FIGURES_DIR}/${figure.name}`;
      files.set(`${base}.vl.json`, stableStringify(figure.spec));
      files.set(`${base}.svg`, svg);
      if (subset) files.set(`${base}.png`, await renderPng(svg, subset.font));
    }
  } finally {
    subset?.dispose();
  }
  return files;
}
