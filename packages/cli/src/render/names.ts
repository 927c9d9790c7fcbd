/**
 * Display names for `--lang en|zh`: every unit, node, indicator, analysis, scale and grade
 * level by its declared label in that language. Where a name has no label in the language it
 * falls back to the English (primary) label, which the plan always has, and only then to the
 * id; the fallbacks are collected so the command can say which names were not translated. A
 * declared figure's title and caption, which may be written in one language only, fall back
 * to English, then to the language they are written in.
 */
import type { Result } from "@ccdc/engine";
import type { Plan } from "@ccdc/plan";

export const LANGS = ["en", "zh"] as const;
export type Lang = (typeof LANGS)[number];

type Labels = Readonly<Record<string, string>>;

export interface Names {
  readonly lang: Lang;
  unit(id: string): string;
  region(id: string): string;
  node(id: string): string;
  indicator(id: string): string;
  analysis(id: string): string;
  scale(id: string): string;
  /** The name of grade `level` of scale `scaleId`. */
  level(scaleId: string, level: number): string;
  /** "node or indicator" — whichever the id is (weights are on either). */
  child(id: string): string;
  /**
   * A declared figure's title (undefined when the spec gives it none): its label in `lang`,
   * else in English, else in the other language it is declared in.
   */
  figure(id: string): string | undefined;
  /** A declared figure's caption (undefined when the spec gives none), with the title's fallbacks. */
  caption(id: string): string | undefined;
  /** Every "kind id" shown without a label in `lang` (empty for en with full labels). */
  readonly untranslated: readonly string[];
}

/** Builds the names of a result's study in `lang`. */
export function namesFor(result: Result, plan: Plan, lang: Lang): Names {
  const untranslated = new Set<string>();
  const pick = (kind: string, id: string, labels: Labels | undefined): string => {
    const own = labels?.[lang];
    if (own !== undefined && own !== "") return own;
    untranslated.add(`${kind} ${id}`);
    return labels?.en || id;
  };
  const table = (kind: string, items: readonly { id: string; labels: Labels }[]) => {
    const byId = new Map(items.map((i) => [i.id, i.labels]));
    return (id: string) => pick(kind, id, byId.get(id));
  };
  const unit = table("unit", result.units);
  const region = table("region", plan.regions);
  const node = table("node", result.nodes);
  const indicator = table("indicator", result.indicators);
  const analysis = table("analysis", plan.analyses);
  const scale = table("scale", plan.scales);
  const nodeIds = new Set(result.nodes.map((n) => n.id));
  const figures = new Map((plan.figures ?? []).map((f) => [f.id, f] as const));
  // A figure's title or caption may be declared in one language only (`zh "标题"`): the
  // declared text in another language reads better than the id, so it comes before it.
  const figureText = (kind: string, id: string, labels: Labels | undefined) => {
    if (labels === undefined) return undefined;
    const shown = pick(kind, id, labels);
    if (labels[lang] || labels.en) return shown;
    return LANGS.map((l) => labels[l]).find((t) => t) ?? id;
  };
  const levels = new Map(
    plan.scales.flatMap((s) => s.levels.map((l) => [`${s.id}\u0000${l.level}`, l.labels] as const)),
  );
  return {
    lang,
    unit,
    region,
    node,
    indicator,
    analysis,
    scale,
    level: (scaleId, level) =>
      pick(`level ${scaleId}`, String(level), levels.get(`${scaleId}\u0000${level}`)),
    child: (id) => (nodeIds.has(id) ? node(id) : indicator(id)),
    figure: (id) => figureText("figure", id, figures.get(id)?.title),
    caption: (id) => figureText("caption", id, figures.get(id)?.caption),
    get untranslated() {
      return [...untranslated].sort();
    },
  };
}

/** Whether the study declares any label in `lang` at all (`--lang zh` needs some). */
export function hasLabelsIn(plan: Plan, lang: Lang): boolean {
  if (lang === "en") return true;
  const sets: Labels[] = [
    ...plan.units.list.map((u) => u.labels),
    ...plan.regions.map((r) => r.labels),
    ...plan.nodes.map((n) => n.labels),
    ...plan.indicators.map((i) => i.labels),
    ...plan.analyses.map((a) => a.labels),
    ...plan.scales.flatMap((s) => [s.labels, ...s.levels.map((l) => l.labels)]),
  ];
  return sets.some((l) => (l[lang] ?? "") !== "");
}
