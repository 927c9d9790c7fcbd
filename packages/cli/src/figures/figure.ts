/**
 * A figure: a Vega-Lite spec with its data inline (so the JSON written beside the SVG is all a
 * user needs to restyle it), the file stem it is written under and the mark the browser test
 * counts. Built by one module per kind (index-lines.ts, coupling-lines.ts, heatmap.ts,
 * system-bars.ts, weight-bars.ts, choropleth.ts, density-curves.ts, moran-scatter.ts,
 * lisa-map.ts); rendered by render.ts.
 */
import type { Result } from "@ccdc/engine";
import type { Plan } from "@ccdc/plan";
import type { Names } from "../render/names.js";
import type { WordSet } from "../render/words.js";

/** A Vega-Lite top-level spec as plain JSON (vega-lite's own types are checked at compile). */
export type VlSpec = { readonly [key: string]: unknown };

export const FIGURE_KINDS = [
  "index",
  "coupling",
  "heatmap",
  "systems",
  "radar",
  "weights",
  "map",
  "density",
  "moran",
  "lisa",
] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export interface Figure {
  /** File stem under figures/, unique in a run: "index-infrastructure". */
  readonly name: string;
  readonly kind: FigureKind;
  readonly title: string;
  readonly spec: VlSpec;
  /**
   * The named data mark and how many items it draws (one line per series, one cell …); in a
   * figure of several panels the marks are named NAME_… (regions_2013, regions_2021).
   */
  readonly marks: { readonly name: string; readonly count: number };
  /**
   * A declared figure's caption (`caption "…"`), drawn under its title (caption.ts) and shown
   * under it in report.html and report.docx.
   */
  readonly caption?: string;
  /** A map's approval caption (审图号), printed under the map and in the SVG's <desc>. */
  readonly approval?: string;
}

/** What every figure builder gets. */
export interface FigureContext {
  readonly result: Result;
  readonly plan: Plan;
  readonly names: Names;
  readonly words: WordSet;
}

/** A file stem from ids: lower-case letters, digits, '-' and '_' only. */
export const stem = (...parts: string[]): string =>
  parts.join("-").replace(/[^A-Za-z0-9_-]+/g, "_");
