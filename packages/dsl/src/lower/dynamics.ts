/**
 * Lowers dynamics declarations (issue 11) — resolved by the checker's `dynamics` pass, so this
 * adds only their labels and source ranges — and, when the units are regions, the spec's
 * clusters (the groups of the regions, for the panel export). Both keys are absent from the
 * plan when there is nothing to put in them, so plans of specs without them do not change.
 */
import type { Cluster, Dynamics } from "@ccdc/plan";
import type { CheckContext } from "../check/context.js";
import { lowerLabels } from "./labels.js";
import type { SourceMapBuilder } from "./source-map.js";

export function lowerDynamics(ctx: CheckContext, map: SourceMapBuilder): { dynamics?: Dynamics[] } {
  const decls = ctx.ast.items.filter((i) => i.kind === "dynamics");
  if (decls.length === 0) return {};
  return {
    dynamics: decls.map((d, i) => {
      const resolved = ctx.tables.dynamics.get(d);
      if (!resolved) throw new Error(`lowerDynamics: ${d.name.name} was not resolved`);
      map.add(`/dynamics/${i}`, d.range);
      return { ...resolved, labels: lowerLabels(d.labels, d.name.name) };
    }),
  };
}

export function lowerClusters(ctx: CheckContext): { clusters?: Cluster[] } {
  if (ctx.tables.units?.level !== "region") return {};
  const clusters = ctx.ast.items.filter((i) => i.kind === "cluster");
  if (clusters.length === 0) return {};
  return {
    clusters: clusters.map((c) => ({
      id: c.name.name,
      labels: lowerLabels(c.labels, c.name.name),
      members: c.members.map((m) => m.name),
    })),
  };
}
