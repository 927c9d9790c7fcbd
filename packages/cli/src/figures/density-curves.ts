/**
 * The kernel densities of each `dynamics … density` declaration (issue 11): one curve per year,
 * overlaid, coloured from the first year to the last, so the distribution's drift and spread
 * over the period show at a glance (the figure CCD papers draw as a 3-D surface or a ridgeline).
 * The curves are the results' own (`dynamics[i].density`): grid points and densities, not
 * recomputed.
 */
import type { DynamicsResult } from "@ccdc/engine";
import type { Names } from "../render/names.js";
import { wordsFor } from "../render/words.js";
import { type Figure, type FigureContext, stem } from "./figure.js";
import { config, HEIGHT, WIDTH } from "./theme.js";

function subjectName(d: DynamicsResult, names: Names): string {
  const w = wordsFor(names.lang).density;
  const [kind, id, form] = d.subject.split(":");
  return kind === "node" ? w.node(names.node(id!)) : w.analysis(names.analysis(id!), form!);
}

/** Which dynamics and years to draw (a declared figure); default: every one, every year. */
export interface DensitySelection {
  readonly dynamics?: string;
  readonly years?: readonly number[];
}

export function densityFigures(ctx: FigureContext, select: DensitySelection = {}): Figure[] {
  const { result, names } = ctx;
  const w = wordsFor(names.lang).density;
  return (result.dynamics ?? []).flatMap((d): Figure[] => {
    const k = d.density;
    if (!k || (select.dynamics !== undefined && d.id !== select.dynamics)) return [];
    const wanted = select.years && new Set(select.years);
    const curves = wanted ? k.curves.filter((c) => wanted.has(c.year)) : k.curves;
    if (curves.length === 0) return [];
    const values = curves.flatMap((c) =>
      k.grid.map((x, i) => ({ year: c.year, x, density: c.density[i]! })),
    );
    const label = d.labels[names.lang] || d.label;
    const subject = subjectName(d, names);
    const title = w.title(label, subject);
    return [
      {
        name: stem("density", d.id),
        kind: "density",
        title,
        marks: { name: "curves", count: curves.length },
        spec: {
          $schema: "https://vega.github.io/schema/vega-lite/v6.json",
          // Short on the figure (a long title would widen it); the full title is the caption.
          title: { text: w.heading, subtitle: subject, subtitleFontSize: 11 },
          width: WIDTH,
          height: HEIGHT,
          config: config(),
          data: { values },
          layer: [{ name: "curves", mark: { type: "line", strokeWidth: 1.5 } }],
          encoding: {
            x: { field: "x", type: "quantitative", title: w.value, scale: { zero: false } },
            y: { field: "density", type: "quantitative", title: w.density },
            color: {
              field: "year",
              type: "ordinal",
              title: w.year,
              scale: { scheme: "viridis" },
            },
          },
        },
      },
    ];
  });
}
