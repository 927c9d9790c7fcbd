/** Ids: every id of each namespace, with duplicates within a namespace reported. */
import type { Plan, PlanNode } from "@ccdc/plan";
import { type EngineIssue, pointer } from "../issues.js";
import * as msg from "../messages/index.js";

/** The ids of each namespace; nodes with their definitions. */
export interface Ids {
  variables: Set<string>;
  regions: Set<string>;
  units: Set<string>;
  nodes: Map<string, PlanNode>;
  indicators: Set<string>;
  scales: Set<string>;
}

/** Records ids, reporting duplicates within each namespace. */
export function checkIds(plan: Plan, issues: EngineIssue[]): Ids {
  // Pointers are made only for the duplicates reported (a plan may list 100,000 regions).
  const unique = (kind: string, ids: readonly string[], at: (i: number) => string): Set<string> => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) issues.push(msg.duplicateId(kind, id, at(i)));
      seen.add(id);
    });
    return seen;
  };
  const variableAt = plan.sources.flatMap((s, si) => s.variables.map((_, vi) => [si, vi] as const));
  const variables = unique(
    "variable",
    plan.sources.flatMap((s) => s.variables.map((v) => v.id)),
    (i) => pointer("sources", variableAt[i]![0], "variables", variableAt[i]![1]),
  );
  unique(
    "source",
    plan.sources.map((s) => s.id),
    (i) => pointer("sources", i),
  );
  const regions = unique(
    "region",
    plan.regions.map((r) => r.id),
    (i) => pointer("regions", i),
  );
  const units = unique(
    "unit",
    plan.units.list.map((u) => u.id),
    (i) => pointer("units", "list", i),
  );
  // Nodes and indicators share one namespace: a node's children mix them.
  const nNodes = plan.nodes.length;
  unique(
    "node or indicator",
    [...plan.nodes.map((n) => n.id), ...plan.indicators.map((n) => n.id)],
    (i) => (i < nNodes ? pointer("nodes", i) : pointer("indicators", i - nNodes)),
  );
  const scales = unique(
    "scale",
    plan.scales.map((s) => s.id),
    (i) => pointer("scales", i),
  );
  unique(
    "analysis",
    plan.analyses.map((a) => a.id),
    (i) => pointer("analyses", i),
  );

  // Keys must be unambiguous too: a region key or a variable key (within its source) maps to one id.
  const regionKeys = new Set<string>();
  plan.regions.forEach((r, i) => {
    if (regionKeys.has(r.key))
      issues.push(msg.duplicateRegionKey(r.key, pointer("regions", i, "key")));
    regionKeys.add(r.key);
  });
  plan.sources.forEach((s, si) => {
    const keys = new Set<string>();
    s.variables.forEach((v, vi) => {
      if (keys.has(v.key)) {
        issues.push(
          msg.duplicateVariableKey(s.id, v.key, pointer("sources", si, "variables", vi, "key")),
        );
      }
      keys.add(v.key);
    });
  });

  const nodes = new Map(plan.nodes.map((n) => [n.id, n] as const));
  const indicators = new Set(plan.indicators.map((n) => n.id));
  return { variables, regions, units, nodes, indicators, scales };
}
