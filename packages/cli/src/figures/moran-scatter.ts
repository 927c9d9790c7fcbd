/**
 * The Moran scatter plot of each autocorrelation analysis with LISA: for the first, middle and
 * last year, each region at (z, Wz) — its value standardised by the population sd, and the
 * spatial lag of those — coloured by its LISA cluster (HH, LH, LL, HL, or not significant),
 * with the axes through 0 and the least-squares line through the origin, slope Σ z·Wz / Σ z²,
 * which is global Moran's I when W is row-standardised (Anselin 1996; docs/method.md §11).
 * One panel per year, titled with the year's I.
 */
import type { ResultLisaYear } from "@ccdc/engine";
import type { Lang } from "../render/names.js";
import { mapYears } from "./choropleth.js";
import { type Figure, type FigureContext, stem, type VlSpec } from "./figure.js";
import { LISA_COLORS, type LisaCategory, lisaCategoryName } from "./lisa-palette.js";
import { config } from "./theme.js";

type DefinedLisa = Extract<ResultLisaYear, { defined: true }>;

/** The clusters in the LISA map's legend order, in its (GeoDa's) colours, so the two figures agree. */
const CLUSTERS = ["ns", "HH", "LL", "LH", "HL"] as const;
const COLORS = CLUSTERS.map((c) => LISA_COLORS[c]);

/** Which autocorrelation and years to draw (a declared figure); default: all, their usual years. */
export interface MoranSelection {
  readonly autocorrelation?: string;
  readonly years?: readonly number[];
}

export function moranScatterFigures(ctx: FigureContext, select: MoranSelection = {}): Figure[] {
  const { result, names, words } = ctx;
  const figures: Figure[] = [];
  for (const a of result.autocorrelation ?? []) {
    if (select.autocorrelation !== undefined && a.id !== select.autocorrelation) continue;
    const lisa = a.lisa ?? [];
    const defined = lisa.filter((y): y is DefinedLisa => y.defined);
    const wanted = new Set(select.years ?? mapYears(defined.map((y) => y.year)));
    const years = lisa.filter((y) => wanted.has(y.year));
    // The default set leaves out a study whose LISA is never defined; a declared figure draws
    // the years it names, each undefined one as a panel saying why.
    if (years.length === 0 || (!select.years && !years.some((y) => y.defined))) continue;
    const slopes = new Map(
      (a.moran ?? []).flatMap((m) => (m.defined ? [[m.year, m.I] as const] : [])),
    );
    const clusterName = (c: LisaCategory) => lisaCategoryName(names.lang, c);
    let count = 0;
    const panels: VlSpec[] = years.map((y, yi) => {
      // A year the spec chose whose LISA is undefined: a panel saying why, not a silent gap.
      if (!y.defined) return undefinedPanel(y.year, y.reason, names.lang);
      const points = a.regions.map((region, i) => ({
        region,
        regionName: names.region(region),
        z: y.z[i] ?? 0,
        lag: y.lag[i] ?? 0,
        I: y.I[i] ?? 0,
        p: y.p_sim[i] ?? 0,
        cluster: y.cluster[i] ?? "ns",
        category: clusterName(y.cluster[i] ?? "ns"),
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
          // Outlined, so the light grey of "not significant" shows on white.
          mark: {
            type: "point",
            filled: true,
            size: 50,
            opacity: 0.9,
            stroke: "#666666",
            strokeWidth: 0.5,
          },
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
              field: "category",
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
              { field: "category", title: words.lisaCluster },
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

function undefinedPanel(year: number, reason: string, lang: Lang): VlSpec {
  const text = lang === "zh" ? `未定义：${reason}` : `undefined: ${reason}`;
  return {
    title: String(year),
    width: 240,
    height: 240,
    data: { values: [{ text }] },
    mark: { type: "text", fontSize: 11, color: "#666666" },
    encoding: { text: { field: "text" }, x: { value: 120 }, y: { value: 120 } },
  };
}
