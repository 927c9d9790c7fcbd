/**
 * The default set's systems figure: the system indices of each unit in the first and the last
 * year. With three systems or more it is a radar (radar.ts: one panel per unit, one axis per
 * system, one polygon per year), as CCD papers draw it; with one or two systems a radar is
 * degenerate (two axes make a line), so it is grouped bars (system-bars.ts). Either way the
 * file is `systems-FIRST-LAST`.
 */
import { type Figure, type FigureContext, stem } from "./figure.js";
import { radarFigure } from "./radar.js";
import { restrictResult } from "./restrict.js";
import { systemBarFigures } from "./system-bars.js";

/** The fewest systems drawn as a radar. */
export const RADAR_MIN_SYSTEMS = 3;

export function systemsFigures(ctx: FigureContext): Figure[] {
  const { result, words } = ctx;
  const systems = result.nodes.filter((n) => n.role === "system").map((n) => n.id);
  const first = result.years[0];
  const last = result.years[result.years.length - 1];
  if (systems.length < RADAR_MIN_SYSTEMS || first === undefined || last === undefined) {
    return systemBarFigures(ctx);
  }
  const years = first === last ? [first] : [first, last];
  const radar = radarFigure({ ...ctx, result: restrictResult(result, undefined, years) }, systems);
  const title = words.systemsFirstLast(first, last);
  return [
    {
      ...radar,
      name: stem("systems", String(first), String(last)),
      title,
      spec: { ...radar.spec, title },
    },
  ];
}
