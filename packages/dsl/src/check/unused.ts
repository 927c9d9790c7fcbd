/**
 * Pass `unused`: warns about declarations that do nothing: variables no expression, given
 * node, weighting or splice uses; regions in no unit; clusters that are not units; scales no
 * analysis grades with. Runs last, on the references the other passes recorded, and only when
 * no error was found: a misspelt reference (an error) is the usual reason a declaration looks
 * unused, so warning about it then would be noise.
 *
 * Codes: W0901 (unused variable), W0902 (region in no unit), W0903 (unused scale),
 * W0904 (cluster not a unit).
 */
import { regionNotInUnit, unusedCluster, unusedScale, unusedVariable } from "../messages.js";
import type { CheckContext } from "./context.js";

export function checkUnused(ctx: CheckContext): void {
  if (ctx.errorCount > 0) return;
  const used = ctx.tables.used;
  const units = ctx.tables.units;
  const unitNames = new Set(units?.list.map((u) => u.name.name));
  const inSomeCluster = new Set<string>();
  const inUnitCluster = new Set<string>();
  for (const item of ctx.ast.items) {
    if (item.kind !== "cluster") continue;
    for (const m of item.members) {
      inSomeCluster.add(m.name);
      if (unitNames.has(item.name.name)) inUnitCluster.add(m.name);
    }
  }
  for (const item of ctx.ast.items) {
    switch (item.kind) {
      case "source":
        for (const v of item.variables)
          if (!used.has(v.name.name)) ctx.report(unusedVariable(v.name));
        break;
      case "scale":
        if (!used.has(item.name.name)) ctx.report(unusedScale(item.name));
        break;
      case "cluster":
        // A cluster grouping a dynamics declaration's units is used, though not a unit.
        if (units && !unitNames.has(item.name.name) && !used.has(item.name.name))
          ctx.report(unusedCluster(item.name));
        break;
      case "region": {
        if (!units) break;
        const name = item.name.name;
        const orphan =
          units.level === "region"
            ? !unitNames.has(name)
            : !inUnitCluster.has(name) && !inSomeCluster.has(name);
        if (orphan) ctx.report(regionNotInUnit(item.name));
        break;
      }
      default:
        break;
    }
  }
}
