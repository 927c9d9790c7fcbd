/**
 * Pass `analysis-shape`: an analysis is either `within` (systems coupled inside each unit) or
 * `between` (units coupled on nodes), not both, and carries only the clauses of its kind.
 *
 * Codes: E0801 (neither), E0802 (both), E0803 (`systems` on between, `on` on within).
 */
import { analysisBoth, analysisNeither, misplacedClause } from "../messages.js";
import type { CheckContext } from "./context.js";
import { cover } from "./ranges.js";

export function checkAnalysisShape(ctx: CheckContext): void {
  for (const a of ctx.ast.items) {
    if (a.kind !== "analysis") continue;
    if (!a.within && !a.between) ctx.report(analysisNeither(a.name));
    else if (a.within && a.between)
      ctx.report(analysisBoth(cover(a.within.range, a.between.range)));
    else if (a.within && a.on[0]) {
      const last = a.on[a.on.length - 1]!;
      ctx.report(
        misplacedClause(
          cover(a.on[0].range, last.range),
          "on",
          "within",
          "its systems with `systems a, b`",
        ),
      );
    } else if (a.between && a.systems[0]) {
      const last = a.systems[a.systems.length - 1]!;
      ctx.report(
        misplacedClause(
          cover(a.systems[0].range, last.range),
          "systems",
          "between",
          "its nodes with `on a, b`",
        ),
      );
    }
  }
}

/** The analyses whose shape is sound, by kind (for the later analysis passes). */
export function soundAnalyses(ctx: CheckContext, kind: "within" | "between") {
  return ctx.ast.items.filter(
    (a) =>
      a.kind === "analysis" &&
      (kind === "within"
        ? a.within && !a.between && a.on.length === 0
        : a.between && !a.within && a.systems.length === 0),
  ) as Extract<(typeof ctx.ast.items)[number], { kind: "analysis" }>[];
}
