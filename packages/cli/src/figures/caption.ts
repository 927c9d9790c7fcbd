/**
 * What makes a figure self-describing when its SVG or its Vega-Lite JSON is used alone: the
 * title drawn on it (every builder sets one) and a declared figure's caption drawn under the
 * title as its subtitle, in lines that fit the figure; the spec's `description` (title,
 * caption, a map's approval number), which Vega renders as the chart's accessible label; and
 * in the SVG a <title> and a <desc>, the elements screen readers, browser tooltips and file
 * viewers read (SVG 1.1 §5.4: the first children of the element they describe).
 */
import type { Figure, VlSpec } from "./figure.js";
import { wrapText } from "./text-wrap.js";

/** A caption's line width in text columns (a Han character is two). */
export const CAPTION_COLUMNS = 80;

/** The figure with its caption drawn as its title's subtitle and its spec's description. */
export function describeFigure(figure: Figure): Figure {
  const lines = figure.caption === undefined ? [] : wrapText(figure.caption, CAPTION_COLUMNS);
  const description = [figure.title, figure.caption, figure.approval]
    .filter((t) => t !== undefined && t !== "")
    .join("\n");
  const spec: VlSpec =
    lines.length > 0
      ? {
          ...figure.spec,
          description,
          title: withSubtitle(figure.spec.title ?? figure.title, lines),
        }
      : { ...figure.spec, description };
  return { ...figure, spec };
}

/** A Vega-Lite title (text or title object) with `lines` added under its own subtitle. */
function withSubtitle(title: unknown, lines: readonly string[]): VlSpec {
  const object: { [key: string]: unknown } =
    typeof title === "object" && title !== null && !Array.isArray(title)
      ? { ...title }
      : { text: title };
  const own = object.subtitle;
  const before = own === undefined ? [] : Array.isArray(own) ? own : [own];
  return { ...object, subtitle: [...before, ...lines] };
}

const esc = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);

/**
 * `svg` (vega's output: one root <svg …> element) with the figure's <title> and, when it has a
 * caption or an approval number, its <desc> as the root's first children.
 */
export function svgWithTitle(svg: string, figure: Figure): string {
  const open = svg.indexOf(">", svg.indexOf("<svg"));
  if (open < 0) return svg;
  const desc = [figure.caption, figure.approval].filter((t) => t !== undefined && t !== "");
  const head =
    `<title>${esc(figure.title)}</title>` +
    (desc.length > 0 ? `<desc>${esc(desc.join("\n"))}</desc>` : "");
  return `${svg.slice(0, open + 1)}${head}${svg.slice(open + 1)}`;
}
