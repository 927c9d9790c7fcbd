/**
 * The figures that draw a statistic another declaration computes: `density` (the kernel
 * densities of a `dynamics … density`), `moran` and `lisa_map` (the local Moran results of an
 * `autocorrelation … statistics lisa`). The figure's `show` names the values (`d of inner
 * [FORM]` or `index of NODE`); the declaration is the one computing that statistic of those
 * values — named by `from NAME`, or found when it is the only one. Part of pass `figures`.
 *
 * Codes: E1313 (none computes it), E1314 (several, no `from`), E1315 (`from` naming one that
 * does not, or `from` in another kind of figure), E1316 (`units` in a density or moran figure);
 * `from` naming something else is E0102/E0103.
 */
import type { FigureKindName, FigureShow } from "@ccdc/plan";
import type { FigureDecl } from "../ast-figure.js";
import {
  figureFromNotHere,
  figureFromNotThis,
  figureNoStatistic,
  figureStatisticAmbiguous,
  figureUnitsNotHere,
} from "../figure-messages.js";
import { type CheckContext, expectKind } from "./context.js";
import { spatialTables } from "./spatial-tables.js";

/** The kinds that draw another declaration's statistic, and that declaration's kind. */
const SOURCE_OF: Readonly<Partial<Record<FigureKindName, "dynamics" | "autocorrelation">>> = {
  density: "dynamics",
  moran: "autocorrelation",
  lisa_map: "autocorrelation",
};

/** Whether a figure kind draws another declaration's statistic. */
export const isStatisticKind = (kind: FigureKindName): boolean => SOURCE_OF[kind] !== undefined;

/** The kinds that draw a statistic over every unit, so take no `units`. */
const EVERY_UNIT: readonly FigureKindName[] = ["density", "moran"];

/** Values as a declaration's subject gives them: D of an analysis in a form, or a node's index. */
type Values =
  | { readonly analysis: string; readonly form: string }
  | { readonly node: string }
  | undefined;

type Chosen<T> = { readonly value: T; readonly origin: "spec" | "default" };

/** One declaration that computes the figure's statistic, with the values it computes it of. */
interface Candidate {
  readonly name: string;
  readonly values: Values;
  /** Whether it computes the statistic at all (`density`, `lisa`). */
  readonly computes: boolean;
}

/**
 * The declaration a statistic figure draws (`from`, or the only one), reporting E1313-E1316;
 * undefined for other kinds or on error. Call once the show, kind and node count checked.
 */
export function figureFrom(
  ctx: CheckContext,
  f: FigureDecl,
  show: FigureShow,
  kind: FigureKindName,
): Chosen<string> | undefined {
  const source = SOURCE_OF[kind];
  if (!source) {
    if (f.from) ctx.report(figureFromNotHere(f.from, kind));
    return undefined;
  }
  if (f.units && EVERY_UNIT.includes(kind)) ctx.report(figureUnitsNotHere(f.units.range, kind));
  const wanted = valuesOf(show);
  const all = source === "dynamics" ? densities(ctx) : lisas(ctx);
  const matching = all.filter((c) => c.computes && same(c.values, wanted)).map((c) => c.name);
  if (f.from) {
    const sym = ctx.resolve(f.from, expectKind(source));
    if (!sym) return undefined;
    const c = all.find((x) => x.name === sym.name.name);
    // Not in the tables: the declaration has errors of its own, already reported.
    if (!c) return undefined;
    if (!c.computes || !same(c.values, wanted)) {
      const word = source === "dynamics" ? "`density`" : "`lisa`";
      const why = c.computes
        ? `it is of ${describe(c.values)}, not ${describe(wanted)}`
        : `it computes no ${word}`;
      const hint =
        matching.length > 0
          ? `the figure's values are computed by ${matching.map((m) => `\`${m}\``).join(", ")}`
          : c.computes
            ? `show ${describe(c.values)} instead`
            : `add ${word} to \`${c.name}\``;
      ctx.report(figureFromNotThis(f.from, kind, why, hint));
      return undefined;
    }
    return { value: c.name, origin: "spec" };
  }
  const at = f.figureKind?.range ?? f.name.range;
  if (matching.length === 0) {
    const near = all
      .filter((c) => c.computes)
      .map((c) => `\`${c.name}\` is of ${describe(c.values)}`);
    ctx.report(figureNoStatistic(at, kind, describe(wanted), written(wanted), near));
    return undefined;
  }
  if (matching.length > 1) {
    ctx.report(figureStatisticAmbiguous(at, kind, describe(wanted), matching));
    return undefined;
  }
  return { value: matching[0]!, origin: "default" };
}

function valuesOf(show: FigureShow): Values {
  if ("analysis" in show) return { analysis: show.analysis, form: show.form };
  const [node] = show.nodes;
  return node === undefined ? undefined : { node };
}

function same(a: Values, b: Values): boolean {
  if (!a || !b) return false;
  if ("node" in a) return "node" in b && a.node === b.node;
  return "analysis" in b && a.analysis === b.analysis && a.form === b.form;
}

function describe(v: Values): string {
  if (!v) return "nothing";
  return "node" in v ? `the index of \`${v.node}\`` : `D of \`${v.analysis}\` (${v.form})`;
}

/** The values as a declaration writes them: `inner standard`, or a node's name. */
function written(v: Values): string {
  if (!v) return "…";
  return "node" in v ? v.node : `${v.analysis} ${v.form}`;
}

function densities(ctx: CheckContext): Candidate[] {
  return [...ctx.tables.dynamics.values()].map((d) => ({
    name: d.id,
    values:
      d.subject.kind === "node"
        ? { node: d.subject.node }
        : { analysis: d.subject.analysis, form: d.subject.form },
    computes: d.density !== null,
  }));
}

function lisas(ctx: CheckContext): Candidate[] {
  return [...spatialTables(ctx).autocorrelations.values()].map((a) => ({
    name: a.id,
    values:
      a.values.kind === "index"
        ? { node: a.values.node }
        : { analysis: a.values.analysis, form: a.values.form },
    computes: a.statistics.includes("lisa"),
  }));
}
