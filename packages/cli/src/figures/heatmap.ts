/**
 * A unit × year heatmap of D for each analysis and form: each cell coloured by its grade level
 * (the scale's colours, legend with the level names) and showing the level number.
 */

import { fixed } from "../render/format.js";
import { couplingGroups } from "../render/sections.js";
import { seriesName } from "./coupling-lines.js";
import { type Figure, type FigureContext, stem } from "./figure.js";
import { config, gradeColors } from "./theme.js";

const CELL = 34;

export function heatmapFigures(ctx: FigureContext, analysisIds?: readonly string[]): Figure[] {
  const { result, plan, names, words } = ctx;
  const figures: Figure[] = [];
  for (const { analysis, forms } of couplingGroups(result, plan)) {
    if (analysisIds && !analysisIds.includes(analysis.id)) continue;
    const scale = plan.scales.find((s) => s.id === analysis.scale);
    if (!scale) continue;
    const grades = scale.levels.map((l) => `${l.level} ${names.level(scale.id, l.level)}`);
    const colors = gradeColors(scale);
    for (const { form, rows } of forms) {
      const rowName = (r: (typeof rows)[number]) =>
        analysis.kind === "within"
          ? seriesName(ctx, r)
          : `${names.node(r.systems[0] ?? "")}: ${seriesName(ctx, r)}`;
      const rowNames = rows.map(rowName);
      const values = rows.flatMap((r) =>
        r.years.map((year, i) => {
          const level = r.level[i] ?? 0;
          return {
            row: rowName(r),
            units: r.units.join("+"),
            node: r.systems.length === 1 ? (r.systems[0] ?? "") : "",
            year,
            D: r.D[i] ?? 0,
            Dtext: fixed(r.D[i] ?? 0, 3),
            level,
            grade: `${level} ${names.level(scale.id, level)}`,
          };
        }),
      );
      const title = words.heatmap(names.analysis(analysis.id), form);
      figures.push({
        name: stem("heatmap", analysis.id, form),
        kind: "heatmap",
        title,
        marks: { name: "cells", count: values.length },
        spec: {
          $schema: "https://vega.github.io/schema/vega-lite/v6.json",
          title,
          config: config(),
          data: { values },
          width: { step: CELL + 8 },
          height: { step: CELL - 8 },
          encoding: {
            x: { field: "year", type: "ordinal", title: words.year, axis: { labelAngle: 0 } },
            y: {
              field: "row",
              type: "nominal",
              title: analysis.kind === "within" ? words.unit : words.combination,
              sort: rowNames,
              axis: { labelLimit: 420 },
            },
          },
          layer: [
            {
              name: "cells",
              mark: { type: "rect", stroke: "white" },
              encoding: {
                color: {
                  field: "grade",
                  type: "ordinal",
                  title: words.grade,
                  scale: { domain: grades, range: colors },
                },
                tooltip: [
                  { field: "row", title: words.unit },
                  { field: "year", title: words.year },
                  { field: "Dtext", title: words.D },
                  { field: "grade", title: words.grade },
                ],
              },
            },
            {
              name: "cellLevels",
              mark: { type: "text", fontSize: 11 },
              encoding: {
                text: { field: "level", type: "ordinal" },
                // White on the dark ends of the ramp, black on the light middle.
                color: {
                  condition: { test: darkTest(scale.levels.length), value: "white" },
                  value: "black",
                },
              },
            },
          ],
        },
      });
    }
  }
  return figures;
}

/** A Vega expression true for the darkest fifth of levels at either end of the ramp. */
function darkTest(levels: number): string {
  const band = Math.max(1, Math.round(levels / 5));
  return `datum.level <= ${band} || datum.level > ${levels - band}`;
}
