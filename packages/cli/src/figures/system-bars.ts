/**
 * The system indices of each unit in the first and the last year as grouped bars: one panel
 * per unit, one bar per system and year. The default set draws them for one or two systems
 * (systems.ts: a radar from three), a declared `bars` figure for any nodes.
 */
import { type Figure, type FigureContext, stem } from "./figure.js";
import { config } from "./theme.js";

export function systemBarFigures(
  ctx: FigureContext,
  unitIds?: readonly string[],
  declared?: { readonly nodes: readonly string[] },
): Figure[] {
  const { result, names, words } = ctx;
  // The default set: the systems, first and last year; a declared figure: its nodes, in its
  // order, every year of its (narrowed) result.
  const systems = declared
    ? declared.nodes.flatMap((id) => result.nodes.find((n) => n.id === id) ?? [])
    : result.nodes.filter((n) => n.role === "system");
  const years = result.years;
  const first = years[0];
  const last = years[years.length - 1];
  if (systems.length === 0 || first === undefined || last === undefined) return [];
  const picked = declared ? years.map((_, i) => i) : first === last ? [0] : [0, years.length - 1];
  const units = result.units.filter((u) => !unitIds || unitIds.includes(u.id));
  const values = units.flatMap((u) =>
    systems.flatMap((s) =>
      picked.map((i) => ({
        unit: names.unit(u.id),
        unitId: u.id,
        system: names.node(s.id),
        systemId: s.id,
        year: String(years[i]),
        index: s.index[u.id]?.[i] ?? 0,
      })),
    ),
  );
  const title = words.systemsFirstLast(first, last);
  return [
    {
      name: stem("systems", String(first), String(last)),
      kind: "systems",
      title,
      marks: { name: "bars", count: values.length },
      spec: {
        $schema: "https://vega.github.io/schema/vega-lite/v6.json",
        title,
        config: config(),
        data: { values },
        facet: {
          column: {
            field: "unit",
            type: "nominal",
            title: null,
            sort: units.map((u) => names.unit(u.id)),
          },
        },
        spec: {
          width: { step: 22 },
          height: 220,
          name: "bars",
          mark: { type: "bar" },
          encoding: {
            x: {
              field: "system",
              type: "nominal",
              title: null,
              sort: systems.map((s) => names.node(s.id)),
              axis: { labelAngle: -30, labelLimit: 200 },
            },
            xOffset: { field: "year", type: "nominal" },
            y: { field: "index", type: "quantitative", title: words.index },
            color: { field: "year", type: "nominal", title: words.year },
          },
        },
      },
    },
  ];
}
