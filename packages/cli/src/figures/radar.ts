/**
 * A radar chart of node indices: one panel per unit (four a row), one axis per node (clockwise
 * from the top), one closed polygon per year. Vega-Lite has no polar line mark, so the polygon's
 * vertices are computed here: node k of n sits at angle θ_k = π/2 − 2πk/n, its vertex at
 * (r cos θ_k, r sin θ_k) with r the index; rings mark a quarter of the radius each, the inner
 * ones' values written beside the top spoke, and the spokes are drawn darker than the rings (theme.ts GUIDE).
 */
import { type Figure, type FigureContext, stem, type VlSpec } from "./figure.js";
import { wrapText } from "./text-wrap.js";
import { config, GUIDE } from "./theme.js";

const SIZE = 220;
const RINGS = [0.25, 0.5, 0.75, 1];
const COLUMNS = 4;
const LABEL_COLUMNS = 18;

/** The radar of `nodeIds` (three or more) for each unit of `ctx.result`, every year in it. */
export function radarFigure(ctx: FigureContext, nodeIds: readonly string[]): Figure {
  const { result, names, words } = ctx;
  const nodes = nodeIds.flatMap((id) => result.nodes.find((n) => n.id === id) ?? []);
  const n = nodes.length;
  const angle = (k: number) => Math.PI / 2 - (2 * Math.PI * k) / n;
  const top = Math.max(1, ...nodes.flatMap((nd) => Object.values(nd.index).flat()));
  const radius = Math.max(top, 1);
  const at = (k: number, r: number) => ({
    x: r * Math.cos(angle(k % n)),
    y: r * Math.sin(angle(k % n)),
  });
  const rings = RINGS.flatMap((f) =>
    Array.from({ length: n + 1 }, (_, k) => ({ ring: f, order: k, ...at(k, f * radius) })),
  );
  // Each spoke a two-point line, centre to rim.
  const spokes = nodes.flatMap((nd, k) => [
    { spoke: nd.id, order: 0, x: 0, y: 0 },
    { spoke: nd.id, order: 1, ...at(k, radius) },
  ]);
  // Each inner ring's value, just right of the top spoke (node 0 is at the top); the rim's would
  // run into the top node's label, and the inner rings' steps say what it is.
  const ringLabels = RINGS.slice(0, -1).map((f) => ({
    text: formatRing(f * radius),
    x: radius * 0.03,
    y: f * radius,
  }));
  // Axis labels in lines of a few words, so a long system name is shown whole.
  const labels = nodes.map((nd, k) => ({
    node: names.node(nd.id),
    lines: wrapText(names.node(nd.id), LABEL_COLUMNS),
    ...at(k, radius * 1.2),
  }));
  const domain = [-radius * 1.45, radius * 1.45];
  const position = (field: "x" | "y") => ({
    field,
    type: "quantitative",
    scale: { domain, nice: false },
    axis: null,
  });
  const years = result.years.map(String);
  let count = 0;
  const panels: VlSpec[] = result.units.map((u, ui) => {
    const polygons = result.years.flatMap((year, yi) =>
      Array.from({ length: n + 1 }, (_, k) => {
        const nd = nodes[k % n]!;
        const value = nd.index[u.id]?.[yi] ?? 0;
        return {
          unit: names.unit(u.id),
          year: String(year),
          node: names.node(nd.id),
          index: value,
          order: k,
          ...at(k, value),
        };
      }),
    );
    count += result.years.length;
    return {
      title: names.unit(u.id),
      width: SIZE,
      height: SIZE,
      layer: [
        {
          data: { values: rings },
          mark: { type: "line", color: GUIDE.grid.color, strokeWidth: GUIDE.grid.width },
          encoding: {
            x: position("x"),
            y: position("y"),
            detail: { field: "ring", type: "nominal" },
            order: { field: "order", type: "quantitative" },
          },
        },
        {
          data: { values: spokes },
          mark: { type: "line", color: GUIDE.axis.color, strokeWidth: GUIDE.axis.width },
          encoding: {
            x: position("x"),
            y: position("y"),
            detail: { field: "spoke", type: "nominal" },
            order: { field: "order", type: "quantitative" },
          },
        },
        {
          data: { values: ringLabels },
          mark: {
            type: "text",
            fontSize: GUIDE.label.fontSize,
            color: GUIDE.label.color,
            align: "left",
            baseline: "middle",
          },
          encoding: { x: position("x"), y: position("y"), text: { field: "text" } },
        },
        {
          data: { values: labels },
          mark: { type: "text", fontSize: 10, align: "center", baseline: "middle" },
          encoding: { x: position("x"), y: position("y"), text: { field: "lines" } },
        },
        {
          data: { values: polygons },
          name: `polygons_${ui}`,
          mark: { type: "line", strokeWidth: 1.6 },
          encoding: {
            x: position("x"),
            y: position("y"),
            order: { field: "order", type: "quantitative" },
            color: {
              field: "year",
              type: "nominal",
              title: words.year,
              scale: { domain: years },
            },
            tooltip: [
              { field: "unit", title: words.unit },
              { field: "year", title: words.year },
              { field: "node", title: words.node },
              { field: "index", title: words.index, format: ".3f" },
            ],
          },
        },
      ],
    };
  });
  const title = words.radarOf(years[0] ?? "", years[years.length - 1] ?? "");
  return {
    name: stem("radar", ...nodeIds),
    kind: "radar",
    title,
    marks: { name: "polygons", count },
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      title,
      config: config(),
      // Four panels a row, so a study of many units wraps instead of running off the page.
      columns: COLUMNS,
      concat: panels,
      resolve: { scale: { color: "shared" } },
    },
  };
}

/** A ring's value: two decimals without trailing zeros (0.25, 0.5, 1), as an axis shows it. */
function formatRing(v: number): string {
  return String(Math.round(v * 100) / 100);
}
