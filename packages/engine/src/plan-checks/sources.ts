/** Sources and their variables: weight variables and splice proxies known, no proxy cycles. */
import type { Plan } from "@ccdc/plan";
import { type EngineIssue, error, pointer } from "../issues.js";
import type { Ids } from "./ids.js";

export function checkSources(plan: Plan, ids: Ids, issues: EngineIssue[]): void {
  const proxyOf = new Map<string, string>();
  plan.sources.forEach((s, si) => {
    s.variables.forEach((v, vi) => {
      const at = pointer("sources", si, "variables", vi);
      if (v.aggregate.kind === "weighted_mean") {
        if (!ids.variables.has(v.aggregate.by)) {
          issues.push(
            error(
              "P0003",
              `variable "${v.id}" is weighted by unknown variable "${v.aggregate.by}"`,
              { pointer: `${at}/aggregate/by` },
            ),
          );
        } else if (v.aggregate.by === v.id) {
          issues.push(
            error("P0003", `variable "${v.id}" cannot be weighted by itself`, {
              pointer: `${at}/aggregate/by`,
            }),
          );
        }
      }
      if (v.missing.kind === "splice") {
        if (!ids.variables.has(v.missing.proxy)) {
          issues.push(
            error(
              "P0003",
              `variable "${v.id}" is spliced on unknown variable "${v.missing.proxy}"`,
              { pointer: `${at}/missing/proxy` },
            ),
          );
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
    issues.push(
      error("P0009", `splice proxies form a cycle: ${[...cycle, cur].join(" ← ")}`, {
        pointer: varPointer.get(cur),
        hint: "a proxy must be observed (or filled by a non-splice rule) where it is used",
      }),
    );
  }
}
