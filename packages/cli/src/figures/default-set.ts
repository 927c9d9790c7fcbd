/**
 * The default figures of a run: every kind, for every node, analysis and form; the systems
 * figure is a radar with three systems or more, else grouped bars (systems.ts).
 */
import { couplingLineFigures } from "./coupling-lines.js";
import { densityFigures } from "./density-curves.js";
import type { Figure, FigureContext } from "./figure.js";
import { heatmapFigures } from "./heatmap.js";
import { indexLineFigures } from "./index-lines.js";
import { moranScatterFigures } from "./moran-scatter.js";
import { systemsFigures } from "./systems.js";
import { weightBarFigures } from "./weight-bars.js";

export function defaultFigures(ctx: FigureContext): Figure[] {
  return [
    ...indexLineFigures(ctx),
    ...couplingLineFigures(ctx),
    ...heatmapFigures(ctx),
    ...systemsFigures(ctx),
    ...weightBarFigures(ctx),
    ...densityFigures(ctx),
    ...moranScatterFigures(ctx),
  ];
}
