/** Resolving a name that must be one of the study's units (analyses' unit lists). */
import type { Ident } from "../ast.js";
import type { Range } from "../diagnostic.js";
import { listedTwice, notAUnit, unknownName, wrongKind } from "../messages.js";
import type { CheckContext } from "./context.js";
import { describe } from "./symbols.js";

/** The unit ids of the study, in order (empty if the units did not resolve). */
export function unitIds(ctx: CheckContext): string[] {
  return ctx.tables.units?.list.map((u) => u.name.name) ?? [];
}

/**
 * Resolves a list of unit names, each once: their ids, or undefined if any is wrong (reported:
 * E0102, E0103, E0807, E0808). Undefined without a report when the study's units are broken.
 */
export function resolveUnitList(ctx: CheckContext, names: readonly Ident[]): string[] | undefined {
  if (!ctx.tables.units) return undefined;
  const units = unitIds(ctx);
  const seen = new Map<string, Range>();
  let ok = true;
  for (const name of names) {
    ctx.tables.used.add(name.name);
    const first = seen.get(name.name);
    if (first) {
      ctx.report(listedTwice(name, first));
      ok = false;
      continue;
    }
    seen.set(name.name, name.range);
    if (units.includes(name.name)) continue;
    ok = false;
    const sym = ctx.symbols.get(name.name);
    if (!sym) ctx.report(unknownName(name, "unit", units));
    else if (sym.kind === "region" || sym.kind === "cluster")
      ctx.report(notAUnit(name, describe(sym), units));
    else ctx.report(wrongKind(name, describe(sym), "a unit", sym.name.range));
  }
  return ok ? names.map((n) => n.name) : undefined;
}
