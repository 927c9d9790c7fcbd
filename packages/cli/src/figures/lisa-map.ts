/**
 * The LISA cluster map of each autocorrelation analysis with `lisa`, on each declared map:
 * every region coloured by its local Moran cluster as results.json gives it (`lisa[y].cluster`:
 * its quadrant HH, LL, LH or HL when the pseudo p-value is at most the significance level,
 * else not significant), in GeoDa's colours and legend order (lisa-palette.ts); a region left
 * out as an island is "neighbourless", every region of a year whose statistic is undefined is
 * "undefined". Nothing is recomputed here: the categories are the engine's.
 *
 * One panel per year (the first, middle and last year with a defined LISA by default), each
 * titled with the year and its cluster counts; under the map, the significance level, the
 * permutation count and the seed, then the map's approval number (审图号) when it declares
 * one. A unit that is a cluster would be drawn as its member regions, as the choropleth does.
 */
import type { RegionMap, ResultAutocorrelation } from "@ccdc/engine";
import type { Plan } from "@ccdc/plan";
import type { Lang } from "../render/names.js";
import { approvalCaption, mapYears } from "./choropleth.js";
import { type Figure, type FigureContext, stem, type VlSpec } from "./figure.js";
import {
  LISA_CATEGORIES,
  LISA_COLORS,
  type LisaCategory,
  lisaCategoryName,
} from "./lisa-palette.js";
import { config } from "./theme.js";
import { unitFeatures } from "./unit-features.js";

const WORDS = {
  en: {
    title: (label: string) => `${label}: LISA cluster map`,
    legend: "LISA cluster",
    undefinedYear: (reason: string) => `undefined: ${reason}`,
    significance: (weights: string, alpha: number, permutations: number, seed: number) =>
      `Local Moran's I on ${weights}: a region is in a cluster when its pseudo p-value ` +
      `(conditional permutation, ${permutations} permutations, seed ${seed}) is at most ${alpha}.`,
    region: "Region",
    unit: "Unit",
  },
  zh: {
    title: (label: string) => `${label}：LISA 集聚图`,
    legend: "LISA 集聚类型",
    undefinedYear: (reason: string) => `未定义：${reason}`,
    significance: (weights: string, alpha: number, permutations: number, seed: number) =>
      `局部莫兰指数，空间权重 ${weights}：伪 p 值（条件置换 ${permutations} 次，` +
      `种子 ${seed}）不大于 ${alpha} 的地区归入集聚类型。`,
    region: "地区",
    unit: "单元",
  },
} as const;

/** Which autocorrelation and years to draw (a declared figure); default: all, their usual years. */
export interface LisaMapSelection {
  readonly autocorrelation?: string;
  readonly years?: readonly number[];
}

type LisaYears = NonNullable<ResultAutocorrelation["lisa"]>;

/** The first, middle and last year with a defined LISA. */
function defaultYears(lisa: LisaYears): number[] {
  return mapYears(lisa.filter((y) => y.defined).map((y) => y.year));
}

/** A spatial weights' label in `lang` (else English, else its id). */
function weightsName(plan: Plan, id: string, lang: Lang): string {
  const labels = plan.spatialWeights?.find((w) => w.id === id)?.labels;
  return labels?.[lang] ?? labels?.en ?? id;
}

export function lisaMapFigures(
  ctx: FigureContext,
  maps: readonly RegionMap[],
  select: LisaMapSelection = {},
): Figure[] {
  const { result, plan, names } = ctx;
  const w = WORDS[names.lang];
  const figures: Figure[] = [];
  for (const map of maps) {
    const featuresOf = unitFeatures(plan, map, names);
    for (const a of result.autocorrelation ?? []) {
      if (!a.lisa || (select.autocorrelation !== undefined && a.id !== select.autocorrelation))
        continue;
      const lisa = a.lisa;
      const years = select.years ?? defaultYears(lisa);
      if (years.length === 0) continue;
      const index = new Map(a.regions.map((r, i) => [r, i] as const));
      const dropped = new Set(a.dropped);
      const seen = new Set<LisaCategory>();
      let count = 0;
      const panels: VlSpec[] = years.map((year) => {
        const y = lisa.find((l) => l.year === year);
        const features: object[] = [];
        const tally = { HH: 0, LL: 0, LH: 0, HL: 0 };
        for (const unit of result.units) {
          const i = index.get(unit.id);
          const category: LisaCategory = dropped.has(unit.id)
            ? "neighbourless"
            : !y?.defined || i === undefined
              ? "undefined"
              : (y.cluster[i] ?? "ns");
          if (category in tally) tally[category as keyof typeof tally] += 1;
          seen.add(category);
          // The statistics when defined; the tooltip shows them as text (absent ones are no NaN).
          const stats =
            y?.defined && i !== undefined
              ? { I: y.I[i] ?? 0, z: y.z[i] ?? 0, lag: y.lag[i] ?? 0, p: y.p_sim[i] ?? 0 }
              : undefined;
          const detail = stats ? `I_i = ${stats.I.toFixed(3)}, p = ${stats.p.toFixed(3)}` : "";
          featuresOf(features, unit.id, year, {
            cluster: category,
            category: lisaCategoryName(names.lang, category),
            ...stats,
            detail,
          });
        }
        count += features.length;
        const subtitle =
          y && !y.defined
            ? w.undefinedYear(y.reason)
            : Object.entries(tally)
                .map(([c, n]) => `${c} ${n}`)
                .join(" · ");
        return {
          title: { text: String(year), subtitle, subtitleFontSize: 10 },
          data: { values: features },
          width: 220,
          height: 200,
          projection: { type: "mercator" },
          name: `clusters_${year}`,
          mark: { type: "geoshape", stroke: "#666666", strokeWidth: 0.5 },
          encoding: {
            color: { field: "properties.category", type: "nominal", title: w.legend },
            tooltip: [
              { field: "properties.regionName", title: w.region },
              { field: "properties.category", title: w.legend },
              { field: "properties.detail", title: "LISA" },
            ],
          },
        };
      });
      // GeoDa's five categories always, in its order; undefined and neighbourless when drawn.
      const shown = LISA_CATEGORIES.filter(
        (c) => seen.has(c) || !(c === "undefined" || c === "neighbourless"),
      );
      const colorScale = {
        domain: shown.map((c) => lisaCategoryName(names.lang, c)),
        range: shown.map((c) => LISA_COLORS[c]),
      };
      const withScale = panels.map((p) => ({
        ...p,
        encoding: {
          ...(p.encoding as VlSpec),
          color: { ...((p.encoding as VlSpec).color as VlSpec), scale: colorScale },
        },
      }));
      // Wrapped to the panels' width, so the legend stays beside the map, not beyond the text:
      // vega sizes text without a canvas as 0.8 × font size per character (10 px here).
      const width = years.length * 240 - 20;
      const statement = w.significance(
        weightsName(plan, a.weights, names.lang),
        a.significance,
        a.permutations,
        a.seed,
      );
      const lines = [
        { name: "significance", text: wrapText(statement, width / 8) },
        ...(map.approval
          ? [{ name: "approval", text: [approvalCaption(names.lang, map.approval)] }]
          : []),
      ];
      const title = w.title(a.labels[names.lang] ?? a.label);
      figures.push({
        name: stem("lisa", map.id, a.id),
        kind: "lisa",
        title,
        marks: { name: "clusters", count },
        ...(map.approval && { approval: approvalCaption(names.lang, map.approval) }),
        spec: {
          $schema: "https://vega.github.io/schema/vega-lite/v6.json",
          title,
          config: { ...config(), view: { stroke: null } },
          vconcat: [
            { hconcat: withScale },
            ...lines.map((l) => captionLine(l.name, l.text, width)),
          ],
        },
      });
    }
  }
  return figures;
}

/** Lines of text under the map (the significance statement, the approval number). */
function captionLine(name: string, lines: readonly string[], width: number): VlSpec {
  return {
    data: { values: [{ text: lines }] },
    width,
    height: 13 * lines.length,
    name,
    mark: { type: "text", align: "left", baseline: "top", fontSize: 10, lineHeight: 13 },
    encoding: { text: { field: "text" }, x: { value: 0 }, y: { value: 0 } },
  };
}

/**
 * `text` broken into lines of at most `max` units, a CJK character counting two: at spaces,
 * or after any CJK character (Chinese has no spaces), never inside a Latin word.
 */
export function wrapText(text: string, max: number): string[] {
  const wide = (ch: string) => /[\u2e80-\u9fff\uff00-\uffef]/.test(ch);
  const lines: string[] = [];
  let line = "";
  let width = 0;
  // Tokens: a run of non-space, non-CJK characters, one CJK character, or one space.
  for (const token of text.match(
    /[\u2e80-\u9fff\uff00-\uffef]|\s|[^\s\u2e80-\u9fff\uff00-\uffef]+/g,
  ) ?? []) {
    const w = [...token].reduce((n, ch) => n + (wide(ch) ? 2 : 1), 0);
    if (width + w > max && line.trim() !== "") {
      lines.push(line.trimEnd());
      line = "";
      width = 0;
      if (/^\s$/.test(token)) continue;
    }
    line += token;
    width += w;
  }
  if (line.trim() !== "") lines.push(line.trimEnd());
  return lines;
}
