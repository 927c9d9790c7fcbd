/**
 * The Moran scatter plot of each autocorrelation analysis with LISA: for the first, middle and
 * last year, each region at (z, Wz) — its value standardised by the population sd, and the
 * spatial lag of those — coloured by its LISA cluster (HH, LH, LL, HL, or not significant),
 * with the axes through 0 and the least-squares line through the origin, slope Σ z·Wz / Σ z²,
 * which is global Moran's I when W is row-standardised (Anselin 1996; docs/method.md §11).
 * One panel per year, titled with the year's I.
 */
import type { ResultLisaYear } from "@ccdc/engine";
import { mapYears } from "./choropleth.js";
import { type Figure, type FigureContext, stem, type VlSpec } from "./figure.js";
import { config } from "./theme.js";

type DefinedLisa = Extract<ResultLisaYear, { defined: true }>;

/** ColorBrewer-like colours of the usual LISA cluster map: HH red, LL blue, HL pink, LH light blue. */
const CLUSTERS = ["HH", "LH", "LL", "HL", "ns"] as const;
const COLORS = ["#d7191c", "#abd9e9", "#2c7bb6", "#fdae61", "#d9d9d9"];

export function moranScatterFigures(ctx: FigureContext): Figure[] {
  const { result, names, words } = ctx;
  const figures: Figure[] = [];
  for (const a of result.autocorrelation ?? []) {
    const defined = (a.lisa ?? []).filter((y): y is DefinedLisa => y.defined);
    const wanted = new Set(mapYears(defined.map((y) => y.year)));
    const years = defined.filter((y) => wanted.has(y.year));
    if (years.length === 0) continue;
    const slopes = new Map(
      (a.moran ?? []).flatMap((m) => (m.defined ? [[m.year, m.I] as const] : [])),
    );
    const clusterName = (c: string) => (c === "ns" ? words.notSignificant : c);
    let count = 0;
    const panels: VlSpec[] = years.map((y, yi) => {
      const points = a.regions.map((region, i) => ({
        region,
        regionName: names.region(region),
        z: y.z[i] ?? 0,
        lag: y.lag[i] ?? 0,
        I: y.I[i] ?? 0,
        p: y.p_sim[i] ?? 0,
        cluster: clusterName(y.cluster[i] ?? "ns"),
      }));
      count += points.length;
      const reach = Math.max(1, ...points.flatMap((p) => [Math.abs(p.z), Math.abs(p.lag)])) * 1.1;
      const I = slopes.get(y.year);
      const zz = points.reduce((t, p) => t + p.z * p.z, 0);
      const slope = zz > 0 ? points.reduce((t, p) => t + p.z * p.lag, 0) / zz : 0;
      const domain = [-reach, reach];
      const axis = (title: string) => ({ title, grid: false });
      const layers: VlSpec[] = [
        {
          data: { values: [{ at: 0 }] },
          layer: [
            {
              mark: { type: "rule", color: "#999999" },
              encoding: { x: { field: "at", type: "quantitative" } },
            },
            {
              mark: { type: "rule", color: "#999999" },
              encoding: { y: { field: "at", type: "quantitative" } },
            },
          ],
        },
        {
          data: { values: points },
          name: `points_${yi}`,
          mark: { type: "point", filled: true, size: 50, opacity: 0.9 },
          encoding: {
            x: {
              field: "z",
              type: "quantitative",
              scale: { domain, nice: false },
              axis: axis(words.moranZ),
            },
            y: {
              field: "lag",
              type: "quantitative",
              scale: { domain, nice: false },
              axis: axis(words.moranLag),
            },
            color: {
              field: "cluster",
              type: "nominal",
              title: words.lisaCluster,
              scale: { domain: CLUSTERS.map(clusterName), range: COLORS },
            },
            tooltip: [
              { field: "regionName", title: words.region },
              { field: "z", format: ".3f" },
              { field: "lag", format: ".3f" },
              { field: "I", title: "I_i", format: ".3f" },
              { field: "p", title: "p", format: ".3f" },
              { field: "cluster", title: words.lisaCluster },
            ],
          },
        },
      ];
      if (zz > 0) {
        layers.push({
          data: {
            values: [
              { x: -reach, y: -reach * slope },
              { x: reach, y: reach * slope },
            ],
          },
          mark: { type: "line", color: "#333333", strokeDash: [4, 3], clip: true },
          encoding: {
            x: { field: "x", type: "quantitative" },
            y: { field: "y", type: "quantitative" },
          },
        });
      }
      return {
        title: I === undefined ? String(y.year) : `${y.year}: I = ${I.toFixed(3)}`,
        width: 240,
        height: 240,
        layer: layers,
      };
    });
    const title = words.moranScatter(a.labels[names.lang] ?? a.label);
    figures.push({
      name: stem("moran", a.id),
      kind: "moran",
      title,
      marks: { name: "points", count },
      spec: {
        $schema: "https://vega.github.io/schema/vega-lite/v6.json",
        title,
        config: config(),
        hconcat: panels,
        resolve: { scale: { color: "shared" } },
      },
    });
  }
  return figures;
}
