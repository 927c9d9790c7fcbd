/**
 * The run report's part on the spec's declared figures: for each, what it shows and how, each
 * choice the spec left out marked "(default)" as the method's are — the kind (the measure's
 * first), the coupling form (the analysis's first), the years (by kind), the units (every unit)
 * and the declaration whose statistic it draws (the only one computing it). docs/language.md,
 * "Defaults", lists them.
 */
import type { FigureDef, Plan } from "@ccdc/plan";
import { type Block, heading, table } from "./document.js";
import { withOrigin, yearRanges } from "./format.js";
import type { ReportWords } from "./words.js";

/** Kinds that draw a statistic of every unit: they take no `units`, so it is no choice. */
const ALL_UNITS_KINDS: ReadonlySet<string> = new Set(["density", "moran"]);

/** The figures' table, or nothing when the spec declares no figure. */
export function figureChoiceBlocks(plan: Plan, w: ReportWords): Block[] {
  const figures = plan.figures ?? [];
  if (figures.length === 0) return [];
  const f = w.figures;
  const rows = figures.map((fig) => figureRow(fig, w));
  // The last column only when some figure draws another declaration's statistic or a map.
  const withFrom = rows.some((r) => r[5] !== "");
  const header = [f.figure, f.shows, f.kind, f.units, f.years, f.from];
  const cut = (r: readonly string[]) => (withFrom ? r : r.slice(0, 5));
  return [heading(3, f.heading), table(cut(header), rows.map(cut), header.length)];
}

function figureRow(fig: FigureDef, w: ReportWords): string[] {
  const f = w.figures;
  const chosen = (value: string, origin: "spec" | "default") =>
    withOrigin(value, origin, w.byDefault);
  const units =
    fig.units !== undefined
      ? fig.units.join(", ")
      : ALL_UNITS_KINDS.has(fig.kind)
        ? f.everyUnit
        : chosen(f.everyUnit, "default");
  const from = [
    ...(fig.from !== undefined ? [chosen(fig.from, fig.fromOrigin ?? "spec")] : []),
    ...(fig.map !== undefined ? [f.map(fig.map)] : []),
  ].join(", ");
  return [
    fig.id,
    showText(fig, w),
    chosen(fig.kind, fig.kindOrigin),
    units,
    chosen(yearRanges(fig.years), fig.yearsOrigin),
    from,
  ];
}

/** "index of a, b", "weights of a", "D of spatial, product_over_mean (default), on x". */
function showText(fig: FigureDef, w: ReportWords): string {
  const f = w.figures;
  const s = fig.show;
  if (s.measure === "index") return f.indexOf(s.nodes.join(", "));
  if (s.measure === "weights") return f.weightsOf(s.nodes.join(", "));
  const form = withOrigin(s.form, s.formOrigin, w.byDefault);
  return f.measureOf(s.measure, s.analysis, form, s.nodes?.join(", "));
}
