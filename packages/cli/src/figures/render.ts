/**
 * Renders a figure's Vega-Lite spec: compiled by vega-lite, drawn to SVG by vega's headless
 * view (no browser, no canvas: text is measured by vega's built-in estimate, so the SVG is
 * the same bytes on every machine), and to PNG by resvg with an explicit font file (never the
 * system's fonts, so a PNG never depends on what is installed beyond that file).
 */
import type { TopLevelSpec } from "vega-lite";
import { cachedCodegen } from "./expression-cache.js";
import type { VlSpec } from "./figure.js";
import { type Compiled, ShapeCompiler } from "./shape-compiler.js";
import { loadVega, type VegaLibs } from "./vega-libs.js";

/** Draws Vega-Lite specs to SVG text. */
export type SvgRenderer = (spec: VlSpec) => Promise<string>;

/**
 * A renderer for the figures of one run: vega-lite's compile and vega's parse run once per
 * figure shape (shape-compiler.ts; `specs`, the specs it will draw, let a shape that only one
 * of them has be compiled directly), and each figure is drawn by a view of its own, the views
 * sharing their compiled expressions (expression-cache.ts). vega and
 * vega-lite load only when figures are drawn (runs without --out never pay), from their
 * bundle (vega-libs.ts) unless `libs` are given.
 */
export async function svgRenderer(
  libs?: VegaLibs,
  specs: readonly VlSpec[] = [],
): Promise<SvgRenderer> {
  const { View, parse, compile, runtimeContext } = libs ?? (await loadVega());
  type Runtime = ReturnType<typeof parse>;
  const compiler = new ShapeCompiler(
    (spec) => parse(compile(spec as unknown as TopLevelSpec).spec) as unknown as Compiled,
    specs,
  );
  // The views share compiled expressions (expression-cache.ts); vega's generator otherwise.
  const expr = cachedCodegen(runtimeContext({ events: () => undefined }, {}).expr);
  return async (spec) => {
    const runtime = compiler.compile(spec) as unknown as Runtime;
    const view = new View(runtime, { renderer: "none", expr });
    try {
      return await view.toSVG();
    } finally {
      view.finalize();
    }
  };
}

/** The SVG text of a Vega-Lite spec. */
export async function renderSvg(spec: VlSpec): Promise<string> {
  return (await svgRenderer())(spec);
}

/** A font for PNG text: the file and the family name it declares. */
export interface PngFont {
  readonly file: string;
  readonly family: string;
  /** Given with --font (never replaced by another font). */
  readonly fromFlag?: boolean;
}

/** The scale of `figures/NAME.png` (--png): 2×, for print. */
export const PNG_ZOOM = 2;

/**
 * Rasterises an SVG at 2× (for print), or `width` pixels wide (proportions kept), with `font`
 * for every text. resvg reads the font file again for each run of text, so pass a subset
 * (font-subset.ts): with the whole 20 MB Noto Sans CJK collection a figure took about 0.8 s,
 * with its subset a few tens of milliseconds.
 */
export async function renderPng(svg: string, font: PngFont, width?: number): Promise<Uint8Array> {
  const { Resvg } = await import("@resvg/resvg-js");
  const resvg = new Resvg(svg, {
    fitTo:
      width === undefined ? { mode: "zoom", value: PNG_ZOOM } : { mode: "width", value: width },
    font: {
      loadSystemFonts: false,
      fontFiles: [font.file],
      defaultFontFamily: font.family,
      sansSerifFamily: font.family,
      serifFamily: font.family,
      monospaceFamily: font.family,
    },
  });
  return new Uint8Array(resvg.render().asPng());
}
