/** Each node's index by unit over the years: one line per unit (the paper's index figures). */
import { nodesInReportOrder } from "../render/sections.js";
import { type Figure, type FigureContext, stem } from "./figure.js";
import { config, HEIGHT, WIDTH } from "./theme.js";

export function indexLineFigures(ctx: FigureContext, nodeIds?: readonly string[]): Figure[] {
  const { result, names, words } = ctx;
  const nodes = nodesInReportOrder(result).filter((n) => !nodeIds || nodeIds.includes(n.id));
  const units = result.units.map((u) => names.unit(u.id));
  return nodes.map((node) => {
    const values = result.units.flatMap((u) =>
      result.years.map((year, i) => ({
        unit: names.unit(u.id),
        unitId: u.id,
        year,
        index: node.index[u.id]?.[i] ?? 0,
      })),
    );
    const title = words.indexOver(names.node(node.id));
    return {
      name: stem("index", node.id),
      kind: "index",
      title,
      marks: { name: "lines", count: result.units.length },
      spec: {
        $schema: "https://vega.github.io/schema/vega-lite/v6.json",
        title,
        width: WIDTH,
        height: HEIGHT,
        config: config(),
        data: { values },
        layer: [
          { name: "lines", mark: { type: "line" } },
          { name: "points", mark: { type: "point", filled: true } },
        ],
        encoding: {
          x: { field: "year", type: "ordinal", title: words.year, axis: { labelAngle: 0 } },
          y: { field: "index", type: "quantitative", title: words.index },
          color: { field: "unit", type: "nominal", title: words.unit, scale: { domain: units } },
        },
      },
    };
  });
}
