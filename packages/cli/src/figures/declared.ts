/**
 * The figures a spec declares (`figure` in docs/language.md), each written under its id. A
 * declared figure is drawn by the same builders as the default set, on the result narrowed to
 * its units and years (restrict.ts); several nodes make several panels (panels.ts). Builders
 * are looked up by measure and kind in BUILDERS: a new kind of figure adds one entry.
 */
import type { RegionMap, Result } from "@ccdc/engine";
import type { FigureDef, FigureKindName, FigureShow } from "@ccdc/plan";
import { UserError } from "../errors.js";
import { choroplethFigures } from "./choropleth.js";
import { couplingLineFigures } from "./coupling-lines.js";
import { densityFigures } from "./density-curves.js";
import { type Figure, type FigureContext, stem } from "./figure.js";
import { heatmapFigures } from "./heatmap.js";
import { indexHeatmapFigure } from "./index-heatmap.js";
import { indexLineFigures } from "./index-lines.js";
import { lisaMapFigures } from "./lisa-map.js";
import { moranScatterFigures } from "./moran-scatter.js";
import { panelFigure } from "./panels.js";
import { radarFigure } from "./radar.js";
import { restrictResult } from "./restrict.js";
import { systemBarFigures } from "./system-bars.js";
import { weightBarFigures } from "./weight-bars.js";

/** What a builder gets: the narrowed context, the declaration, the declared maps. */
export interface DeclaredInput {
  readonly ctx: FigureContext;
  readonly def: FigureDef;
  readonly maps: readonly RegionMap[];
}

/** Draws a declared figure's panels (one or more; several are laid out as one figure). */
export type DeclaredBuilder = (input: DeclaredInput) => Figure[];

type NodeShow = Extract<FigureShow, { nodes: readonly string[]; measure: "index" | "weights" }>;
type AnalysisShow = Extract<FigureShow, { analysis: string }>;

const nodesOf = (def: FigureDef): readonly string[] => (def.show as NodeShow).nodes;
const analysisOf = (def: FigureDef): AnalysisShow => def.show as AnalysisShow;

/** The coupling figures of the declared analysis, form and `on` nodes, in `on` order. */
function couplingPanels(figures: Figure[], def: FigureDef, prefix: string): Figure[] {
  const { analysis, form, nodes } = analysisOf(def);
  if (!nodes) return figures.filter((f) => f.name === stem(prefix, analysis, form));
  return nodes.flatMap((n) => figures.filter((f) => f.name === stem(prefix, analysis, n, form)));
}

/**
 * The figures of another declaration's statistic (`from`): the kernel densities of a dynamics,
 * the Moran scatter plot and the LISA cluster map of an autocorrelation; the same for D and
 * for a node's index, since the statistic is found by the declaration, not the measure.
 */
function statisticBuilders(measure: "D" | "index"): Record<string, DeclaredBuilder> {
  const select = (def: FigureDef) => ({ years: def.years });
  return {
    [`${measure}/density`]: ({ ctx, def }) =>
      densityFigures(ctx, { ...select(def), dynamics: def.from ?? "" }),
    [`${measure}/moran`]: ({ ctx, def }) =>
      moranScatterFigures(ctx, { ...select(def), autocorrelation: def.from ?? "" }),
    [`${measure}/lisa_map`]: ({ ctx, def, maps }) =>
      lisaMapFigures(
        ctx,
        maps.filter((m) => m.id === def.map),
        { ...select(def), autocorrelation: def.from ?? "" },
      ),
  };
}

/** Every builder, by `measure/kind`. */
export const BUILDERS: Readonly<Record<string, DeclaredBuilder>> = {
  "index/lines": ({ ctx, def }) => nodesOf(def).flatMap((n) => indexLineFigures(ctx, [n])),
  "index/bars": ({ ctx, def }) => systemBarFigures(ctx, undefined, { nodes: nodesOf(def) }),
  "index/radar": ({ ctx, def }) => [radarFigure(ctx, nodesOf(def))],
  "index/heatmap": ({ ctx, def }) => [indexHeatmapFigure(ctx, nodesOf(def)[0] ?? "")],
  "weights/bars": ({ ctx, def }) => weightBarFigures(ctx, nodesOf(def)),
  "D/lines": ({ ctx, def }) =>
    couplingPanels(couplingLineFigures(ctx, [analysisOf(def).analysis], "D"), def, "coupling"),
  "C/lines": ({ ctx, def }) =>
    couplingPanels(couplingLineFigures(ctx, [analysisOf(def).analysis], "C"), def, "coupling"),
  "T/lines": ({ ctx, def }) =>
    couplingPanels(couplingLineFigures(ctx, [analysisOf(def).analysis], "T"), def, "coupling"),
  "D/heatmap": ({ ctx, def }) => {
    const { analysis, form } = analysisOf(def);
    return heatmapFigures(ctx, [analysis]).filter(
      (f) => f.name === stem("heatmap", analysis, form),
    );
  },
  ...statisticBuilders("D"),
  ...statisticBuilders("index"),
  "D/map": ({ ctx, def, maps }) => {
    const { analysis, form } = analysisOf(def);
    const map = maps.filter((m) => m.id === def.map);
    const name = stem("map", def.map ?? "", analysis, form);
    return choroplethFigures(ctx, map, ctx.result.years).filter((f) => f.name === name);
  },
};

/** The builder of a measure and kind, if any. */
export const builderFor = (measure: FigureShow["measure"], kind: FigureKindName) =>
  BUILDERS[`${measure}/${kind}`];

/** The declared figures of `plan`, in spec order, each named by its id. */
export function declaredFigures(ctx: FigureContext, maps: readonly RegionMap[]): Figure[] {
  return (ctx.plan.figures ?? []).map((def) => declaredFigure(ctx, def, maps));
}

function declaredFigure(ctx: FigureContext, def: FigureDef, maps: readonly RegionMap[]): Figure {
  const build = builderFor(def.show.measure, def.kind);
  if (!build) {
    throw new UserError(
      `figure ${def.id}: a ${def.kind} figure of ${def.show.measure} cannot be drawn (the plan was not made by ccdc compile?)`,
    );
  }
  const narrowed: FigureContext = {
    ...ctx,
    result: narrowResult(ctx.result, def),
  };
  const panels = build({ ctx: narrowed, def, maps });
  if (panels.length === 0) {
    throw new UserError(`figure ${def.id}: nothing to draw (check its references in the plan)`);
  }
  const title = ctx.names.figure(def.id) ?? defaultTitle(ctx, def, panels);
  const caption = ctx.names.caption(def.id);
  return { ...panelFigure(def.id, title, panels), ...(caption !== undefined && { caption }) };
}

/** The result narrowed to the figure's units and years, and a between analysis to its nodes. */
function narrowResult(result: Result, def: FigureDef): Result {
  const narrowed = restrictResult(result, def.units, def.years);
  if (!("analysis" in def.show) || !def.show.nodes) return narrowed;
  const { analysis, nodes } = def.show;
  return {
    ...narrowed,
    coupling: narrowed.coupling.filter(
      (r) => r.analysis !== analysis || nodes.includes(r.systems[0] ?? ""),
    ),
  };
}

function defaultTitle(ctx: FigureContext, def: FigureDef, panels: readonly Figure[]): string {
  if (panels.length === 1) return panels[0]!.title;
  const { names, words } = ctx;
  if ("analysis" in def.show)
    return words.measureOver(names.analysis(def.show.analysis), def.show.form, def.show.measure);
  return words.indices;
}
