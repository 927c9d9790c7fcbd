/**
 * Pass `units`: the spec has one `units` declaration, and its units resolve: `units clusters`
 * (every cluster, in declaration order), `units regions` (every region), or a list naming only
 * regions or only clusters, each once. Records the resolved units in the side tables; leaves
 * them unset when the declaration is broken, so later passes do not cascade. Also checks that
 * no two regions share a data key.
 *
 * Codes: E0304 (no clusters), E0305 (no regions), E0306 (no units), E0307 (second units),
 * E0308 (mixed list), E0309 (unit listed twice), E0310 (duplicate region key),
 * E0102/E0103 (list entries).
 */
import type { ClusterDecl, Ident, RegionDecl } from "../ast.js";
import type { Range } from "../diagnostic.js";
import {
  duplicateRegionKey,
  mixedUnits,
  noClusters,
  noRegions,
  noUnits,
  secondUnits,
  unitListedTwice,
} from "../messages.js";
import type { CheckContext } from "./context.js";
import { startOf } from "./ranges.js";

export function checkUnits(ctx: CheckContext): void {
  checkRegionKeys(ctx);
  const decls = ctx.ast.items.filter((i) => i.kind === "units");
  const decl = decls[0];
  if (!decl) {
    ctx.report(noUnits(startOf(ctx.ast.range)));
    return;
  }
  for (const extra of decls.slice(1)) ctx.report(secondUnits(extra.range, decl.range));
  const regions = ctx.ast.items.filter((i) => i.kind === "region");
  const clusters = ctx.ast.items.filter((i) => i.kind === "cluster");
  if (decl.level === "clusters") {
    if (clusters.length === 0) ctx.report(noClusters(decl.range));
    else ctx.tables.units = { level: "cluster", list: clusters, decl };
  } else if (decl.level === "regions") {
    if (regions.length === 0) ctx.report(noRegions(decl.range));
    else ctx.tables.units = { level: "region", list: regions, decl };
  } else if (decl.list.length > 0) {
    const list = resolveList(ctx, decl.list);
    if (list) ctx.tables.units = { ...list, decl };
  } else {
    ctx.report(noUnits(decl.range));
  }
}

function resolveList(
  ctx: CheckContext,
  names: readonly Ident[],
): { level: "cluster"; list: ClusterDecl[] } | { level: "region"; list: RegionDecl[] } | undefined {
  const unit = {
    noun: "region or cluster",
    phrase: "a region or a cluster",
    accepts: (s: { kind: string }) => s.kind === "region" || s.kind === "cluster",
  };
  const seen = new Map<string, Range>();
  const regions: RegionDecl[] = [];
  const clusters: ClusterDecl[] = [];
  let ok = true;
  for (const name of names) {
    const first = seen.get(name.name);
    if (first) {
      ctx.report(unitListedTwice(name, first));
      ok = false;
      continue;
    }
    seen.set(name.name, name.range);
    const sym = ctx.resolve(name, unit);
    if (sym?.kind === "region") regions.push(sym.decl);
    else if (sym?.kind === "cluster") clusters.push(sym.decl);
    else ok = false;
  }
  if (regions.length > 0 && clusters.length > 0) {
    // The first entry sets the level; the others of the other kind are the mistakes.
    const firstIsRegion = ctx.symbols.get(names[0]?.name ?? "")?.kind === "region";
    for (const name of names) {
      const kind = ctx.symbols.get(name.name)?.kind;
      if (kind === (firstIsRegion ? "cluster" : "region")) {
        ctx.report(mixedUnits(name, firstIsRegion ? "a region" : "a cluster"));
      }
    }
    return undefined;
  }
  if (!ok) return undefined;
  return clusters.length > 0
    ? { level: "cluster", list: clusters }
    : { level: "region", list: regions };
}

function checkRegionKeys(ctx: CheckContext): void {
  const seen = new Map<string, { region: string; at: Range }>();
  for (const item of ctx.ast.items) {
    if (item.kind !== "region") continue;
    const key = item.key?.value ?? item.labels.primary?.value ?? item.name.name;
    const at = item.key?.range ?? item.labels.primary?.range ?? item.name.range;
    const first = seen.get(key);
    if (first) ctx.report(duplicateRegionKey(at, key, item.name.name, first.region, first.at));
    else seen.set(key, { region: item.name.name, at });
  }
}
