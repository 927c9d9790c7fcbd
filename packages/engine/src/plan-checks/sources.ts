/** Sources and their variables: weight variables and splice proxies known, no proxy cycles. */
import type { Plan } from "@ccdc/plan";
import { type EngineIssue, pointer } from "../issues.js";
import * as msg from "../messages/index.js";
import type { Ids } from "./ids.js";

export function checkSources(plan: Plan, ids: Ids, issues: EngineIssue[]): void {
  const proxyOf = new Map<string, string>();
  plan.sources.forEach((s, si) => {
    s.variables.forEach((v, vi) => {
      const at = pointer("sources", si, "variables", vi);
      if (v.aggregate.kind === "weighted_mean") {
        if (!ids.variables.has(v.aggregate.by)) {
          issues.push(msg.weightedByUnknown(v.id, v.aggregate.by, `${at}/aggregate/by`));
        } else if (v.aggregate.by === v.id) {
          issues.push(msg.weightedBySelf(v.id, `${at}/aggregate/by`));
        }
      }
      if (v.missing.kind === "splice") {
        if (!ids.variables.has(v.missing.proxy)) {
          issues.push(msg.splicedOnUnknown(v.id, v.missing.proxy, `${at}/missing/proxy`));
        } else {
          proxyOf.set(v.id, v.missing.proxy);
        }
      }
    });
  });
  // Splice chains must end: x ← p ← q … never returns to x.
  const varPointer = new Map<string, string>();
  plan.sources.forEach((s, si) => {
    s.variables.forEach((v, vi) => {
      varPointer.set(v.id, pointer("sources", si, "variables", vi, "missing", "proxy"));
    });
  });
  const reported = new Set<string>();
  for (const start of proxyOf.keys()) {
    const chain = [start];
    let cur = proxyOf.get(start);
    while (cur !== undefined && !chain.includes(cur)) {
      chain.push(cur);
      cur = proxyOf.get(cur);
    }
    if (cur === undefined) continue;
    const cycle = chain.slice(chain.indexOf(cur));
    const key = [...cycle].sort().join(",");
    if (reported.has(key)) continue;
    reported.add(key);
    issues.push(msg.spliceCycle([...cycle, cur], varPointer.get(cur)));
  }
}
