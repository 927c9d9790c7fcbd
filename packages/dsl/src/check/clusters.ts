/**
 * Pass `clusters`: every cluster names at least one region, each once; every member is a
 * declared region; no region is in two clusters.
 *
 * Codes: E0102/E0103 (member), E0301 (overlap, with the other membership as related location),
 * E0302 (empty cluster), E0303 (member listed twice in one cluster).
 */
import type { Ident } from "../ast.js";
import { clusterMemberTwice, clusterOverlap, emptyCluster } from "../messages.js";
import { type CheckContext, expectKind } from "./context.js";

export function checkClusters(ctx: CheckContext): void {
  /** region name → the cluster that first listed it, and where. */
  const owner = new Map<string, { cluster: string; at: Ident }>();
  for (const item of ctx.ast.items) {
    if (item.kind !== "cluster") continue;
    if (item.members.length === 0) ctx.report(emptyCluster(item.name));
    const here = new Map<string, Ident>();
    for (const member of item.members) {
      const first = here.get(member.name);
      if (first) {
        ctx.report(clusterMemberTwice(member, first.range));
        continue;
      }
      here.set(member.name, member);
      if (!ctx.resolve(member, expectKind("region"))) continue;
      const other = owner.get(member.name);
      if (other) ctx.report(clusterOverlap(member, item.name.name, other.cluster, other.at.range));
      else owner.set(member.name, { cluster: item.name.name, at: member });
    }
  }
}
