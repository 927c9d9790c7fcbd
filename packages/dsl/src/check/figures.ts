/**
 * Pass `figures`: every `figure` says what it shows (`show MEASURE of NAMES [FORM]`) and every
 * name and word in it is resolved: the nodes of an `index` or `weights` figure, the analysis
 * (and its coupling form and `on` nodes) of a `d`, `c` or `t` figure, a `kind` the measure can
 * be drawn as, the map of a `kind map` or `lisa_map` figure, the declaration a `density`,
 * `moran` or `lisa_map` figure draws (figure-statistics.ts), the units and years. Defaults (the
 * measure's first kind, the analysis's first form, the kind's years, the only declaration
 * computing the statistic) are applied here with their origin, and the figure is stored in plan
 * shape (check/figure-table.ts).
 *
 * Codes: E1301-E1316; unknown or wrong-kind names E0102/E0103.
 */
import type { FigureDef, FigureKindName, FigureShow } from "@ccdc/plan";
import type { Ident, LabelSet } from "../ast.js";
import type { FigureDecl } from "../ast-figure.js";
import {
  figureBadYears,
  figureFormNotComputed,
  figureFormNotHere,
  figureKindNotFor,
  figureMapMissing,
  figureMapNotMap,
  figureNodeCount,
  figureNoShow,
  figureNotAUnit,
  figureOneAnalysis,
  figureOnNotAnalysed,
  figureOnNotHere,
  figureUnitTwice,
  figureUnknownKind,
  figureUnknownMeasure,
  figureYearOutside,
} from "../figure-messages.js";
import { DEFAULT_FORMS } from "../model/defaults.js";
import { type CheckContext, expectKind } from "./context.js";
import { figureFrom, isStatisticKind } from "./figure-statistics.js";
import { figureTable } from "./figure-table.js";

/** The measure words, as written, and what they mean. */
const MEASURES: Readonly<Record<string, FigureShow["measure"]>> = {
  index: "index",
  weights: "weights",
  d: "D",
  D: "D",
  c: "C",
  C: "C",
  t: "T",
  T: "T",
};
const MEASURE_WORDS = ["index", "weights", "d", "c", "t"];
export const FIGURE_KINDS: readonly FigureKindName[] = [
  "lines",
  "bars",
  "radar",
  "heatmap",
  "map",
  "density",
  "moran",
  "lisa_map",
];
/** The kinds each measure can be drawn as; the first is the default. */
export const KINDS_FOR: Readonly<Record<FigureShow["measure"], readonly FigureKindName[]>> = {
  index: ["lines", "bars", "radar", "heatmap", "density", "moran", "lisa_map"],
  weights: ["bars"],
  D: ["lines", "heatmap", "map", "density", "moran", "lisa_map"],
  C: ["lines"],
  T: ["lines"],
};

export function checkFigures(ctx: CheckContext): void {
  for (const item of ctx.ast.items) {
    if (item.kind !== "figure") continue;
    const def = checkFigure(ctx, item);
    if (def) figureTable(ctx).set(item, def);
  }
}

function checkFigure(ctx: CheckContext, f: FigureDecl): FigureDef | undefined {
  const before = ctx.errorCount;
  if (!f.show) {
    ctx.report(figureNoShow(f.name));
    return undefined;
  }
  const measure = MEASURES[f.show.measure.name];
  if (!measure) {
    ctx.report(figureUnknownMeasure(f.show.measure, MEASURE_WORDS));
    return undefined;
  }
  const show =
    measure === "index" || measure === "weights"
      ? nodeShow(ctx, f, measure)
      : analysisShow(ctx, f, measure);
  const kind = figureKind(ctx, f, measure, show);
  const map = figureMap(ctx, f, kind);
  if (show && kind) nodeCount(ctx, f, show, kind.value);
  // The declaration a density, moran or lisa_map figure draws, once its values are known.
  const from =
    show && kind && ctx.errorCount === before ? figureFrom(ctx, f, show, kind.value) : undefined;
  const units = figureUnits(ctx, f);
  const years = figureYears(ctx, f, kind?.value ?? "lines");
  if (ctx.errorCount > before || !show || !kind || !years) return undefined;
  const title = labelsRecord(f.labels);
  const caption = f.caption && labelsRecord(f.caption.labels);
  return {
    id: f.name.name,
    ...(title && { title }),
    show,
    kind: kind.value,
    kindOrigin: kind.origin,
    ...(units && { units }),
    years: years.value,
    yearsOrigin: years.origin,
    ...(map && { map }),
    ...(from && { from: from.value, fromOrigin: from.origin }),
    ...(caption && { caption }),
  };
}

/** `show index of a, b` / `show weights of a`: nodes of the hierarchy; no form, no `on`. */
function nodeShow(
  ctx: CheckContext,
  f: FigureDecl,
  measure: "index" | "weights",
): FigureShow | undefined {
  const show = f.show!;
  if (show.form) ctx.report(figureFormNotHere(show.form, measure));
  if (f.on)
    ctx.report(figureOnNotHere(f.on.range, `a figure of ${measure} names its nodes after \`of\``));
  const nodes: string[] = [];
  for (const name of show.of) {
    const sym = ctx.resolve(name, expectKind("node", "node", "a node of the hierarchy"));
    if (sym) nodes.push(sym.name.name);
  }
  return nodes.length === show.of.length && nodes.length > 0 ? { measure, nodes } : undefined;
}

/** `show d of internal [form]`: one analysis, a form it computes, and `on` nodes it is on. */
function analysisShow(
  ctx: CheckContext,
  f: FigureDecl,
  measure: "D" | "C" | "T",
): FigureShow | undefined {
  const show = f.show!;
  const [name, extra] = show.of;
  if (extra) ctx.report(figureOneAnalysis(extra, show.measure.name));
  if (!name) return undefined;
  const sym = ctx.resolve(name, expectKind("analysis"));
  if (sym?.kind !== "analysis") return undefined;
  const a = sym.decl;
  const written = (a.coupling.length > 0 ? a.coupling : (ctx.tables.method?.coupling ?? [])).map(
    (x) => x.name,
  );
  const computed: readonly string[] = written.length > 0 ? written : DEFAULT_FORMS;
  const form = show.form;
  if (form && !computed.includes(form.name)) {
    ctx.report(figureFormNotComputed(form, name.name, computed));
    return undefined;
  }
  let nodes: string[] | undefined;
  if (f.on) {
    if (!a.between) {
      ctx.report(figureOnNotHere(f.on.range, `${name.name} couples systems within each unit`));
      return undefined;
    }
    const analysed = a.on.map((n) => n.name);
    nodes = [];
    for (const node of f.on.names) {
      if (analysed.includes(node.name)) nodes.push(node.name);
      else ctx.report(figureOnNotAnalysed(node, name.name, analysed));
    }
    if (nodes.length !== f.on.names.length) return undefined;
  }
  return {
    measure,
    analysis: name.name,
    form: form?.name ?? computed[0]!,
    formOrigin: form ? "spec" : "default",
    ...(nodes && { nodes }),
  };
}

type Chosen<T> = { readonly value: T; readonly origin: "spec" | "default" };

function figureKind(
  ctx: CheckContext,
  f: FigureDecl,
  measure: FigureShow["measure"],
  show: FigureShow | undefined,
): Chosen<FigureKindName> | undefined {
  const allowed = kindsFor(ctx, measure, show);
  const word = f.figureKind;
  if (!word) return { value: allowed[0]!, origin: "default" };
  const kind = FIGURE_KINDS.find((k) => k === word.name);
  if (!kind) {
    ctx.report(figureUnknownKind(word, FIGURE_KINDS));
    return undefined;
  }
  if (!allowed.includes(kind)) {
    ctx.report(figureKindNotFor(word, whatIsShown(ctx, measure, show), allowed));
    return undefined;
  }
  return { value: kind, origin: "spec" };
}

/** A between analysis has one D per combination, not per region: no map, no statistic of units. */
function kindsFor(
  ctx: CheckContext,
  measure: FigureShow["measure"],
  show: FigureShow | undefined,
): readonly FigureKindName[] {
  const kinds = KINDS_FOR[measure];
  return measure === "D" && isBetween(ctx, show)
    ? kinds.filter((k) => k !== "map" && !isStatisticKind(k))
    : kinds;
}

function isBetween(ctx: CheckContext, show: FigureShow | undefined): boolean {
  if (!show || !("analysis" in show)) return false;
  const sym = ctx.symbols.get(show.analysis);
  return sym?.kind === "analysis" && sym.decl.between !== undefined;
}

function whatIsShown(
  ctx: CheckContext,
  measure: FigureShow["measure"],
  show: FigureShow | undefined,
): string {
  if (measure === "index" || measure === "weights") return `a node's ${measure}`;
  return isBetween(ctx, show) ? `${measure} of a between analysis` : `${measure}`;
}

function figureMap(
  ctx: CheckContext,
  f: FigureDecl,
  kind: Chosen<FigureKindName> | undefined,
): string | undefined {
  const onMap = kind?.value === "map" || kind?.value === "lisa_map";
  if (kind && onMap && !f.map) {
    const maps = ctx.ast.items.flatMap((i) => (i.kind === "map" ? [i.name.name] : []));
    ctx.report(figureMapMissing(f.figureKind?.range ?? f.name.range, maps, kind.value));
    return undefined;
  }
  if (!f.map) return undefined;
  if (kind && !onMap) {
    ctx.report(figureMapNotMap(f.map));
    return undefined;
  }
  return ctx.resolve(f.map, expectKind("map"))?.name.name;
}

/** A radar needs three axes; a heatmap of indices and a weights figure show one node. */
function nodeCount(ctx: CheckContext, f: FigureDecl, show: FigureShow, kind: FigureKindName): void {
  if (show.measure !== "index" && show.measure !== "weights") return;
  const at = f.show!.range;
  const n = show.nodes.length;
  if (kind === "radar" && n < 3)
    ctx.report(figureNodeCount(at, `a radar needs at least three nodes (its axes), not ${n}`));
  if (kind === "heatmap" && n !== 1)
    ctx.report(figureNodeCount(at, `a heatmap of indices shows one node, not ${n}`));
  if (isStatisticKind(kind) && n !== 1)
    ctx.report(figureNodeCount(at, `a \`${kind}\` figure shows one node's index, not ${n}`));
  if (show.measure === "weights" && n !== 1)
    ctx.report(figureNodeCount(at, `a figure of weights shows one node's weights, not ${n}`));
}

function figureUnits(ctx: CheckContext, f: FigureDecl): string[] | undefined {
  if (!f.units) return undefined;
  const studyUnits = ctx.tables.units;
  const ids = studyUnits ? studyUnits.list.map((u) => u.name.name) : [];
  const seen = new Map<string, Ident>();
  for (const name of f.units.names) {
    const sym = ctx.resolve(name, {
      noun: "unit",
      phrase: "a region or cluster",
      accepts: (s) => s.kind === "region" || s.kind === "cluster",
    });
    if (!sym || !studyUnits) continue;
    const first = seen.get(name.name);
    if (first) ctx.report(figureUnitTwice(name, first.range));
    else if (!ids.includes(name.name)) ctx.report(figureNotAUnit(name, studyUnits.level, ids));
    else seen.set(name.name, name);
  }
  return [...seen.keys()];
}

/**
 * The years a figure shows, ascending: the spec's (`years a, b` or `years a to b`), else the
 * kind's default — every year for lines, heatmaps and weights; the first and last for bars
 * and radars (the usual then-and-now comparison); the first, middle and last for maps, LISA
 * maps and Moran scatter plots; every year for kernel densities (overlaid curves).
 */
function figureYears(
  ctx: CheckContext,
  f: FigureDecl,
  kind: FigureKindName,
): Chosen<number[]> | undefined {
  const period = ctx.tables.study?.period;
  if (!period) return undefined;
  const from = period.from.value;
  const to = period.to.value;
  const all = Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  const y = f.years;
  if (!y) return { value: defaultYears(all, kind), origin: "default" };
  const bad = (why: string) => {
    ctx.report(figureBadYears(y.range, why));
    return undefined;
  };
  const numbers = y.to ? [y.list[0]!, y.to] : y.list;
  if (numbers.some((n) => !Number.isInteger(n.value))) return bad("years are whole numbers");
  for (const n of numbers)
    if (n.value < from || n.value > to) ctx.report(figureYearOutside(n, from, to));
  if (numbers.some((n) => n.value < from || n.value > to)) return undefined;
  if (y.to) {
    if (y.list.length > 1) return bad("a range `a to b` and a list cannot be mixed");
    const a = y.list[0]!.value;
    if (y.to.value < a) return bad(`${y.to.text} is before ${a}`);
    return { value: all.filter((x) => x >= a && x <= y.to!.value), origin: "spec" };
  }
  const values = y.list.map((n) => n.value);
  if (new Set(values).size !== values.length) return bad("a year is listed twice");
  return { value: [...values].sort((a, b) => a - b), origin: "spec" };
}

export function defaultYears(all: readonly number[], kind: FigureKindName): number[] {
  const pick = (idx: number[]) => [...new Set(idx.map((i) => all[i]!))];
  const last = all.length - 1;
  if (kind === "bars" || kind === "radar") return pick([0, last]);
  if (kind === "map" || kind === "moran" || kind === "lisa_map")
    return pick([0, Math.floor(last / 2), last]);
  return [...all];
}

/** `"Title" zh "标题"` as `{ en, zh }`; undefined when no text is given. */
function labelsRecord(labels: LabelSet): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  if (labels.primary) out.en = labels.primary.value;
  for (const { lang, text } of labels.others) out[lang.name] ??= text.value;
  return Object.keys(out).length > 0 ? out : undefined;
}
