/**
 * Pass `analysis-within`: a within analysis couples at least two distinct non-root nodes
 * (systems or groups), none inside another, in units of the study (`within each unit`, or a
 * list of units). Records the units it runs in.
 *
 * Codes: E0804 (fewer than two systems), E0805 (one inside another), E0806 (the index),
 * E0807 (listed twice), E0102/E0103/E0808 (systems and units).
 */
import type { Ident, NodeDecl } from "../ast.js";
import type { Range } from "../diagnostic.js";
import { listedTwice, nestedSystems, rootCoupledWithin, tooFewSystems } from "../messages.js";
import { soundAnalyses } from "./analysis-shape.js";
import type { CheckContext, Expectation } from "./context.js";
import { cover } from "./ranges.js";
import { resolveUnitList, unitIds } from "./unit-ref.js";

export const NODE: Expectation = {
  noun: "system or group",
  phrase: "a system or group",
  accepts: (s) => s.kind === "node",
};

export function checkWithin(ctx: CheckContext): void {
  for (const a of soundAnalyses(ctx, "within")) {
    const within = a.within!;
    const units = within.each
      ? ctx.tables.units
        ? unitIds(ctx)
        : undefined
      : resolveUnitList(ctx, within.units);
    if (units) ctx.tables.withinUnits.set(a, units);
    if (a.systems.length < 2) {
      const at = a.systems[0]
        ? cover(a.systems[0].range, a.systems[a.systems.length - 1]!.range)
        : a.name.range;
      ctx.report(tooFewSystems(at, a.systems.length));
    }
    const seen = new Map<string, Range>();
    const nodes: { decl: NodeDecl; name: Ident }[] = [];
    for (const name of a.systems) {
      const first = seen.get(name.name);
      if (first) {
        ctx.report(listedTwice(name, first));
        continue;
      }
      seen.set(name.name, name.range);
      const sym = ctx.resolve(name, NODE);
      if (sym?.kind !== "node") continue;
      if (sym.decl.role === "root") ctx.report(rootCoupledWithin(name));
      else nodes.push({ decl: sym.decl, name });
    }
    const decls = nodes.map((n) => n.decl);
    for (const { decl, name } of nodes) {
      for (let p = ctx.tables.parent.get(decl); p; p = ctx.tables.parent.get(p)) {
        if (decls.includes(p)) {
          ctx.report(nestedSystems(name, p.name.name));
          break;
        }
      }
    }
  }
}
