/**
 * D over the years for each analysis and form (and, for a `between` analysis, each node), one
 * line per unit or combination, with the grading scale's bands drawn behind the lines and
 * labelled with the level names, so a reader sees which grade each point is in.
 */
import type { CouplingRow } from "@ccdc/engine";
import type { Scale } from "@ccdc/plan";
import { couplingGroups } from "../render/sections.js";
import { type Figure, type FigureContext, stem, type VlSpec } from "./figure.js";
import { config, gradeColors, HEIGHT, WIDTH } from "./theme.js";

/** The three measures of a coupling row a line figure can show; only D is graded. */
export type CouplingMeasure = "D" | "C" | "T";

export function couplingLineFigures(
  ctx: FigureContext,
  analysisIds?: readonly string[],
  measure: CouplingMeasure = "D",
): Figure[] {
  const { result, plan, names, words } = ctx;
  const figures: Figure[] = [];
  for (const { analysis, forms } of couplingGroups(result, plan)) {
    if (analysisIds && !analysisIds.includes(analysis.id)) continue;
    const scale = plan.scales.find((s) => s.id === analysis.scale);
    if (!scale) continue;
    for (const { form, rows } of forms) {
      if (analysis.kind === "within") {
        const title = words.measureOver(names.analysis(analysis.id), form, measure);
        figures.push(
          lineFigure(
            ctx,
            stem("coupling", analysis.id, form),
            title,
            rows,
            scale,
            words.unit,
            measure,
          ),
        );
        continue;
      }
      for (const node of analysis.nodes) {
        const onNode = rows.filter((r) => r.systems[0] === node);
        const title = words.measureOn(names.analysis(analysis.id), names.node(node), form, measure);
        figures.push(
          lineFigure(
            ctx,
            stem("coupling", analysis.id, node, form),
            title,
            onNode,
            scale,
            words.combination,
            measure,
          ),
        );
      }
    }
  }
  return figures;
}

/** A row's series name: the unit, or the units of the combination joined by " + ". */
export const seriesName = (ctx: FigureContext, row: CouplingRow): string =>
  row.units.map((u) => ctx.names.unit(u)).join(" + ");

function lineFigure(
  ctx: FigureContext,
  name: string,
  title: string,
  rows: readonly CouplingRow[],
  scale: Scale,
  seriesTitle: string,
  measure: CouplingMeasure,
): Figure {
  const { names, words } = ctx;
  const series = rows.map((r) => seriesName(ctx, r));
  const values = rows.flatMap((r) =>
    r.years.map((year, i) => ({
      series: seriesName(ctx, r),
      units: r.units.join("+"),
      year,
      [measure]: r[measure][i] ?? 0,
      level: r.level[i] ?? 0,
    })),
  );
  const colors = gradeColors(scale);
  const bands = scale.levels.map((l, i) => ({
    level: l.level,
    name: `${l.level} ${names.level(scale.id, l.level)}`,
    lower: l.lower,
    upper: l.upper,
    mid: (l.lower + l.upper) / 2,
    color: colors[i] ?? "#cccccc",
  }));
  const y = { type: "quantitative", scale: { domain: [0, 1], nice: false } } as const;
  const graded: VlSpec[] = [
    {
      data: { values: bands },
      name: "bands",
      mark: { type: "rect", opacity: 0.18 },
      encoding: {
        y: { field: "lower", ...y, title: words.D },
        y2: { field: "upper" },
        color: { field: "color", type: "nominal", scale: null, legend: null },
      },
    },
    {
      data: { values: bands },
      name: "bandLabels",
      mark: {
        type: "text",
        align: "right",
        baseline: "middle",
        fontSize: 9,
        opacity: 0.7,
      },
      encoding: {
        y: { field: "mid", ...y },
        x: { value: WIDTH - 4 },
        text: { field: "name" },
      },
    },
  ];
  // D is drawn over its grade bands; C and T have no scale.
  const layers: VlSpec[] = [
    ...(measure === "D" ? graded : []),
    {
      data: { values },
      encoding: {
        x: { field: "year", type: "ordinal", title: words.year, axis: { labelAngle: 0 } },
        y: { field: measure, ...y, ...(measure === "D" ? {} : { title: words[measure] }) },
        color: { field: "series", type: "nominal", title: seriesTitle, scale: { domain: series } },
      },
      layer: [
        { name: "lines", mark: { type: "line" } },
        { name: "points", mark: { type: "point", filled: true } },
      ],
    },
  ];
  return {
    name,
    kind: "coupling",
    title,
    marks: { name: "lines", count: rows.length },
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      title,
      width: WIDTH,
      height: HEIGHT,
      config: config(),
      layer: layers,
      resolve: { scale: { color: "independent" } },
    },
  };
}
