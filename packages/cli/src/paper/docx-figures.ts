/**
 * The figures report.docx shows, and their pictures. A Word file is a manuscript, not an
 * archive of every figure (a study writes dozens), so it shows:
 * - when the spec declares figures, exactly those, in spec order, with their captions;
 * - otherwise the headline figures of the default set: the root's index over the years, D
 *   over the years of each analysis in its first coupling form (for a `between` analysis, on
 *   the root when it is on it, else on its first node), the systems figure, and for each
 *   declared map the choropleth of each analysis within units in its first form.
 * Each picture is the PNG of the figure written under figures/: the `--png` file when there is
 * one (2×), else drawn the same way (figure-files.ts) with the documented system font for
 * --lang, at print resolution for its size on the page: 300 pixels to the inch, never more
 * than the 2× of --png (a figure shrunk to the text block needs fewer pixels: the flagship's
 * widest, 1658 px shown 6.25 in wide, is 1875 px wide instead of 3316).
 */
import type { Result } from "@ccdc/engine";
import type { Plan } from "@ccdc/plan";
import { UserError } from "../errors.js";
import { stem } from "../figures/figure.js";
import { drawPngs, FIGURES_DIR, type RenderedFigure } from "../figures/figure-files.js";
import { PNG_ZOOM, type PngFont } from "../figures/render.js";

/** A figure as report.docx places it. */
export interface DocxFigure {
  readonly name: string;
  readonly title: string;
  readonly caption?: string;
  readonly png: Uint8Array;
  /** Its size on the page, in CSS pixels (96 to the inch), fitted to the text block. */
  readonly width: number;
  readonly height: number;
}

/** An A4 page's text block with the docx package's 1-inch margins (6.27 × 9.69 in), less room for a caption. */
export const PAGE_WIDTH = 600;
export const PAGE_HEIGHT = 820;
/** Print resolution, pixels to the inch; CSS pixels are 96 to the inch. */
export const PRINT_DPI = 300;

/**
 * The pixel width of a picture drawn for report.docx: PRINT_DPI at its width on the page, at
 * most the 2× of --png.
 */
export function printWidth(size: { width: number; height: number }): number {
  return Math.min(
    Math.round(PNG_ZOOM * size.width),
    Math.round((fitted(size).width * PRINT_DPI) / 96),
  );
}

/** Which of a run's figures report.docx shows, in their order (see the module comment). */
export function docxFigureSelection(
  rendered: readonly RenderedFigure[],
  result: Result,
  plan: Plan,
): RenderedFigure[] {
  const declared = new Set((plan.figures ?? []).map((f) => f.id));
  const names = declared.size > 0 ? declared : headlineNames(result, plan);
  return rendered.filter((r) => names.has(r.figure.name));
}

/** The file stems of the headline figures of the default set. */
function headlineNames(result: Result, plan: Plan): Set<string> {
  const names = new Set<string>();
  const root = result.nodes.find((n) => n.role === "root");
  if (root) names.add(stem("index", root.id));
  for (const analysis of plan.analyses) {
    const form = analysis.forms[0];
    if (form === undefined) continue;
    if (analysis.kind === "within") {
      names.add(stem("coupling", analysis.id, form));
      for (const map of plan.maps ?? []) names.add(stem("map", map.id, analysis.id, form));
    } else {
      const on = root && analysis.nodes.includes(root.id) ? root.id : analysis.nodes[0];
      if (on !== undefined) names.add(stem("coupling", analysis.id, on, form));
    }
  }
  const first = result.years[0];
  const last = result.years[result.years.length - 1];
  if (first !== undefined && last !== undefined) {
    names.add(stem("systems", String(first), String(last)));
  }
  return names;
}

/** What report.docx gets: its figures, or none and the note that says why. */
export interface DocxFigures {
  readonly figures: readonly DocxFigure[];
  readonly note?: string;
}

/**
 * The pictures of `selected`: the PNGs among `written` (the figures' files, by path), the
 * others drawn with `font`. Without a font that draws the figures' text, no figures and a note.
 */
export async function docxFigures(
  selected: readonly RenderedFigure[],
  written: ReadonlyMap<string, string | Uint8Array>,
  font: PngFont | undefined,
): Promise<DocxFigures> {
  const pngPath = (r: RenderedFigure) => `${FIGURES_DIR}/${r.figure.name}.png`;
  const missing = selected.filter((r) => !(written.get(pngPath(r)) instanceof Uint8Array));
  let drawn: ReadonlyMap<string, Uint8Array> = new Map();
  if (missing.length > 0) {
    if (!font) return { figures: [], note: noFontNote() };
    try {
      drawn = await drawPngs(missing, font, (r) => printWidth(svgSize(r.svg)));
    } catch (e) {
      if (e instanceof UserError) return { figures: [], note: noFontNote() };
      throw e;
    }
  }
  const figures = selected.map((r): DocxFigure => {
    const png = written.get(pngPath(r)) ?? drawn.get(r.figure.name);
    if (!(png instanceof Uint8Array)) throw new Error(`report.docx: no PNG of ${r.figure.name}`);
    const { width, height } = fitted(svgSize(r.svg));
    return {
      name: r.figure.name,
      title: r.figure.title,
      ...(r.figure.caption !== undefined && { caption: r.figure.caption }),
      png,
      width,
      height,
    };
  });
  return { figures };
}

const noFontNote = () =>
  "ccdc: note: report.docx has no figures: no font to draw their text was found; install fonts-noto-cjk or fonts-dejavu-core, or pass --png --font FILE\n";

/** The width and height an SVG declares (vega writes both on its root element, in px). */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const attr = (name: string) => Number(new RegExp(`\\s${name}="([0-9.]+)"`).exec(root)?.[1]);
  const width = attr("width");
  const height = attr("height");
  if (!(width > 0 && height > 0)) throw new Error("report.docx: a figure's SVG has no size");
  return { width, height };
}

/** A size scaled down (never up) to fit the page's text block, proportions kept. */
export function fitted(size: { width: number; height: number }): { width: number; height: number } {
  const scale = Math.min(1, PAGE_WIDTH / size.width, PAGE_HEIGHT / size.height);
  return { width: Math.round(size.width * scale), height: Math.round(size.height * scale) };
}
