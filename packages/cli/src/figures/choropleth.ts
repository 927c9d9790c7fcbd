/**
 * Choropleth maps of D for each declared map and each analysis within units: every region
 * coloured by the grade of its unit's D (a cluster is drawn as its member regions), one panel
 * per chosen year (small multiples), the legend from the grading scale, and the map's approval
 * number (审图号) printed under the map when it declares one. Regions come from the engine's
 * map reader (readMap: one shape per region, already matched); this module only draws them.
 */
import type { RegionMap } from "@ccdc/engine";
import type { Lang } from "../render/names.js";
import { couplingGroups } from "../render/sections.js";
import { wordsFor } from "../render/words.js";
import { type Figure, type FigureContext, stem, type VlSpec } from "./figure.js";
import { config, gradeColors } from "./theme.js";
import { unitFeatures } from "./unit-features.js";

/** The first, middle and last year: the usual three panels of a paper's map figure. */
export function mapYears(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const picks = [0, Math.floor((years.length - 1) / 2), years.length - 1];
  return [...new Set(picks.map((i) => years[i] ?? 0))];
}

/** The caption under a map: its approval number. */
export const approvalCaption = (lang: Lang, approval: string): string =>
  wordsFor(lang).mapApproval(approval);

export function choroplethFigures(
  ctx: FigureContext,
  maps: readonly RegionMap[],
  years: readonly number[] = mapYears(ctx.result.years),
): Figure[] {
  const { result, plan, names, words } = ctx;
  const figures: Figure[] = [];
  for (const map of maps) {
    const featuresOf = unitFeatures(plan, map, names);
    for (const { analysis, forms } of couplingGroups(result, plan)) {
      if (analysis.kind !== "within") continue;
      const scale = plan.scales.find((s) => s.id === analysis.scale);
      if (!scale) continue;
      const grades = scale.levels.map((l) => `${l.level} ${names.level(scale.id, l.level)}`);
      for (const { form, rows } of forms) {
        const features: object[] = [];
        for (const year of years) {
          const y = result.years.indexOf(year);
          for (const row of rows) {
            const level = row.level[y] ?? 0;
            const grade = `${level} ${names.level(scale.id, level)}`;
            featuresOf(features, row.units[0] ?? "", year, { D: row.D[y] ?? 0, level, grade });
          }
        }
        const title = words.mapOf(names.analysis(analysis.id), form);
        // One panel per year side by side (hconcat, not facet: Vega-Lite's projection fit
        // gives NaN paths inside a facet); each panel fits the same regions, so they match.
        const colorScale = { domain: grades, range: gradeColors(scale) };
        const panel = (year: number): VlSpec => ({
          title: String(year),
          data: {
            values: features.filter(
              (f) => (f as { properties: { year: number } }).properties.year === year,
            ),
          },
          width: 220,
          height: 200,
          projection: { type: "mercator" },
          // Names are unique across panels; the browser test counts marks named regions_*.
          name: `regions_${year}`,
          mark: { type: "geoshape", stroke: "white", strokeWidth: 0.5 },
          encoding: {
            color: {
              field: "properties.grade",
              type: "ordinal",
              title: words.grade,
              scale: colorScale,
            },
            tooltip: [
              { field: "properties.regionName", title: words.region },
              { field: "properties.unitName", title: words.unit },
              { field: "properties.D", title: words.D, format: ".3f" },
              { field: "properties.grade", title: words.grade },
            ],
          },
        });
        const panels: VlSpec = { hconcat: years.map(panel) };
        const approval = map.approval ? approvalCaption(names.lang, map.approval) : undefined;
        const caption: VlSpec | undefined = approval
          ? {
              data: { values: [{ text: approval }] },
              width: 220,
              height: 14,
              name: "approval",
              mark: { type: "text", align: "left", baseline: "top", fontSize: 10 },
              encoding: { text: { field: "text" }, x: { value: 0 }, y: { value: 0 } },
            }
          : undefined;
        figures.push({
          name: stem("map", map.id, analysis.id, form),
          kind: "map",
          title,
          marks: { name: "regions", count: features.length },
          ...(approval !== undefined && { approval }),
          spec: {
            $schema: "https://vega.github.io/schema/vega-lite/v6.json",
            title,
            config: { ...config(), view: { stroke: null } },
            vconcat: caption ? [panels, caption] : [panels],
          },
        });
      }
    }
  }
  return figures;
}
