/**
 * A unit × year heatmap of one node's index: each cell shaded by the index (a sequential
 * ramp from 0 to the largest value shown) and showing it to 3 decimals.
 */
import { fixed } from "../render/format.js";
import { type Figure, type FigureContext, stem } from "./figure.js";
import { config } from "./theme.js";

const CELL = 42;

export function indexHeatmapFigure(ctx: FigureContext, nodeId: string): Figure {
  const { result, names, words } = ctx;
  const node = result.nodes.find((n) => n.id === nodeId);
  const values = result.units.flatMap((u) =>
    result.years.map((year, i) => {
      const index = node?.index[u.id]?.[i] ?? 0;
      return { unit: names.unit(u.id), unitId: u.id, year, index, text: fixed(index, 3) };
    }),
  );
  const top = Math.max(0, ...values.map((v) => v.index));
  const title = words.indexHeatmap(names.node(nodeId));
  return {
    name: stem("index-heatmap", nodeId),
    kind: "heatmap",
    title,
    marks: { name: "cells", count: values.length },
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      title,
      config: config(),
      data: { values },
      width: { step: CELL },
      height: { step: 24 },
      encoding: {
        x: { field: "year", type: "ordinal", title: words.year, axis: { labelAngle: 0 } },
        y: {
          field: "unit",
          type: "nominal",
          title: words.unit,
          sort: result.units.map((u) => names.unit(u.id)),
          axis: { labelLimit: 320 },
        },
      },
      layer: [
        {
          name: "cells",
          mark: { type: "rect", stroke: "white" },
          encoding: {
            color: {
              field: "index",
              type: "quantitative",
              title: words.index,
              scale: { scheme: "blues", domain: [0, top > 0 ? top : 1] },
            },
          },
        },
        {
          name: "cellValues",
          mark: { type: "text", fontSize: 9 },
          encoding: {
            text: { field: "text" },
            color: {
              condition: { test: `datum.index > ${(top > 0 ? top : 1) * 0.6}`, value: "white" },
              value: "black",
            },
          },
        },
      ],
    },
  };
}
