/**
 * The weights of each weighted node as horizontal bars, one per indicator or child node; when
 * the weights differ by year (scope per_year), one bar per year within each child.
 */
import { nodesInReportOrder } from "../render/sections.js";
import { type Figure, type FigureContext, stem } from "./figure.js";
import { config } from "./theme.js";

export function weightBarFigures(ctx: FigureContext, nodeIds?: readonly string[]): Figure[] {
  const { result, names, words } = ctx;
  const figures: Figure[] = [];
  for (const node of nodesInReportOrder(result)) {
    if (nodeIds && !nodeIds.includes(node.id)) continue;
    const children = Object.keys(node.weights);
    if (children.length === 0) continue;
    const byYear = node.weightsByYear;
    const values = byYear
      ? children.flatMap((c) =>
          result.years.map((year, i) => ({
            child: names.child(c),
            childId: c,
            year: String(year),
            weight: byYear[c]?.[i] ?? 0,
          })),
        )
      : children.map((c) => ({ child: names.child(c), childId: c, weight: node.weights[c] ?? 0 }));
    const title = byYear
      ? words.weightsByYear(names.node(node.id))
      : words.weightsOf(names.node(node.id));
    const encoding: Record<string, unknown> = {
      y: {
        field: "child",
        type: "nominal",
        title: null,
        sort: children.map((c) => names.child(c)),
        axis: { labelLimit: 320 },
      },
      x: { field: "weight", type: "quantitative", title: words.weight },
    };
    if (byYear) {
      encoding.yOffset = { field: "year", type: "nominal" };
      encoding.color = { field: "year", type: "nominal", title: words.year };
    }
    figures.push({
      name: stem("weights", node.id),
      kind: "weights",
      title,
      marks: { name: "bars", count: values.length },
      spec: {
        $schema: "https://vega.github.io/schema/vega-lite/v6.json",
        title,
        config: config(),
        data: { values },
        width: 360,
        height: { step: byYear ? 4 * result.years.length : 18 },
        name: "bars",
        mark: { type: "bar" },
        encoding,
      },
    });
  }
  return figures;
}
