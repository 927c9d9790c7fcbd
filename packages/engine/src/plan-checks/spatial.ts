/**
 * Spatial parts of a plan: every map, matrix, variable, node, analysis and region they name
 * exists; autocorrelation runs on a study whose units are regions, on a within analysis and
 * one of its forms.
 */
import type { Plan } from "@ccdc/plan";
import { type EngineIssue, pointer } from "../issues.js";
import * as msg from "../messages/index.js";

export function checkSpatial(plan: Plan): EngineIssue[] {
  const errors: EngineIssue[] = [];
  const bad = (at: string, problem: string) => errors.push(msg.badSpatialPlan(problem, at));
  const P = msg.SPATIAL_PLAN_PROBLEMS;
  const maps = new Set((plan.maps ?? []).map((m) => m.id));
  const units = new Set(plan.units.list.map((u) => u.id));
  const variables = new Set(plan.sources.flatMap((s) => s.variables.map((v) => v.id)));
  const weights = new Set<string>();
  const spatial = (plan.spatialWeights?.length ?? 0) + (plan.autocorrelations?.length ?? 0);
  if (
    spatial > 0 &&
    (plan.units.level !== "region" ||
      plan.units.list.some((u) => u.members.length !== 1 || u.members[0] !== u.id))
  )
    bad("/units", P.unitsNotRegions());
  for (const [i, w] of (plan.spatialWeights ?? []).entries()) {
    const at = pointer("spatialWeights", i);
    weights.add(w.id);
    const c = w.construction;
    if (c.kind === "contiguity" && !maps.has(c.map)) bad(`${at}/construction/map`, P.noMap(c.map));
    if (c.kind === "economic" && !variables.has(c.variable))
      bad(`${at}/construction/variable`, P.noVariable(c.variable));
    for (const [j, l] of w.links.entries())
      for (const r of [l.region, ...l.to])
        if (!units.has(r)) bad(`${at}/links/${j}`, P.linkNotAUnit(r));
  }
  for (const [i, a] of (plan.autocorrelations ?? []).entries()) {
    const at = pointer("autocorrelations", i);
    if (!weights.has(a.weights)) bad(`${at}/weights`, P.noWeights(a.weights));
    if (a.values.kind === "index") {
      const node = a.values.node;
      if (!plan.nodes.some((n) => n.id === node)) bad(`${at}/values/node`, P.noNode(node));
    } else {
      const { analysis, form } = a.values;
      const target = plan.analyses.find((x) => x.id === analysis);
      if (target?.kind !== "within") bad(`${at}/values/analysis`, P.notWithin(analysis));
      else if (!target.forms.includes(form as never))
        bad(`${at}/values/form`, P.formNotComputed(analysis, form));
    }
  }
  return errors;
}
