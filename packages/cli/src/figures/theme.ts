/**
 * The look shared by every figure: size, font, grade colours. One place so the figures of a
 * paper match, and so a font family can be set for PNG rendering.
 */

import type { Scale } from "@ccdc/plan";
import type { VlSpec } from "./figure.js";

export const WIDTH = 480;
export const HEIGHT = 280;
/** The SVG's font family; PNG rendering maps it to the chosen font file. */
export const FONT_FAMILY = "sans-serif";

/**
 * Guide lines drawn as data (a radar's rings and spokes, which Vega-Lite has no axis for): the
 * spokes are the axes a reader follows from a label to a vertex, so they are mid grey and 1 px,
 * dark enough to survive a PNG downscaled into a Word page; the rings are lighter, as a grid.
 */
export const GUIDE = {
  axis: { color: "#8c8c8c", width: 1 },
  grid: { color: "#c8c8c8", width: 0.8 },
  /** The rings' value labels. */
  label: { color: "#737373", fontSize: 8 },
} as const;

/** Vega-Lite config for every figure: white background, no frame, readable text. */
export function config(): VlSpec {
  return {
    background: "white",
    font: FONT_FAMILY,
    view: { stroke: null },
    axis: { labelFontSize: 11, titleFontSize: 12, grid: true, gridOpacity: 0.5 },
    legend: { labelFontSize: 11, titleFontSize: 12, labelLimit: 260 },
    // The subtitle is a declared figure's caption (caption.ts).
    title: { fontSize: 14, anchor: "start", subtitleFontSize: 11, subtitlePadding: 4 },
  };
}

/** ColorBrewer's 11-class RdYlGn, red to green: the usual ramp for disorder → coordination. */
const RD_YL_GN = [
  "#a50026",
  "#d73027",
  "#f46d43",
  "#fdae61",
  "#fee08b",
  "#ffffbf",
  "#d9ef8b",
  "#a6d96a",
  "#66bd63",
  "#1a9850",
  "#006837",
];

/**
 * One colour per grade level, from red (lowest) to green (highest), sampled evenly along the
 * RdYlGn ramp (linear in RGB between its stops), so a ten-level and a five-level scale both
 * span the whole ramp.
 */
export function gradeColors(scale: Scale): string[] {
  const n = scale.levels.length;
  return scale.levels.map((_, i) => rampAt(n === 1 ? 0.5 : i / (n - 1)));
}

function rampAt(t: number): string {
  const x = t * (RD_YL_GN.length - 1);
  const i = Math.min(Math.floor(x), RD_YL_GN.length - 2);
  const f = x - i;
  const a = rgb(RD_YL_GN[i] ?? "#000000");
  const b = rgb(RD_YL_GN[i + 1] ?? "#000000");
  return `#${a
    .map((c, k) =>
      Math.round(c + f * ((b[k] ?? c) - c))
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

const rgb = (hex: string): number[] =>
  [1, 3, 5].map((k) => Number.parseInt(hex.slice(k, k + 2), 16));
