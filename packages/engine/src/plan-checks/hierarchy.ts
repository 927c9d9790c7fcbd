/** The hierarchy: indicators and nodes form one consistent tree; fixed weights fit their node. */
import type { Plan, PlanNode } from "@ccdc/plan";
import { type EngineIssue, pointer } from "../issues.js";
import * as msg from "../messages/index.js";
import { exprVariables } from "./expr-variables.js";
import type { Ids } from "./ids.js";
import { checkWeightsSum } from "./weights-sum.js";

export function checkHierarchy(plan: Plan, ids: Ids, issues: EngineIssue[]): void {
  const indicatorParent = new Map(plan.indicators.map((ind) => [ind.id, ind.parent] as const));
  plan.indicators.forEach((ind, i) => {
    const at = pointer("indicators", i);
    if (!ids.nodes.has(ind.parent))
      issues.push(msg.indicatorUnknownParent(ind.id, ind.parent, `${at}/parent`));
    else if (!ids.nodes.get(ind.parent)!.children.includes(ind.id)) {
      issues.push(msg.indicatorNotAChild(ind.id, ind.parent, `${at}/parent`));
    }
    for (const v of exprVariables(ind.expr)) {
      if (!ids.variables.has(v)) issues.push(msg.indicatorUnknownVariable(ind.id, v, `${at}/expr`));
    }
  });
  if (plan.nodes.length > 0 && plan.nodes[0]!.parent !== null) {
    issues.push(msg.firstNodeNotRoot(plan.nodes[0]!.id, pointer("nodes", 0, "parent")));
  }
  let structural = false;
  plan.nodes.forEach((n, ni) => {
    const at = pointer("nodes", ni);
    if (n.parent !== null) {
      const parent = ids.nodes.get(n.parent);
      if (!parent) {
        issues.push(msg.nodeUnknownParent(n.id, n.parent, `${at}/parent`));
        structural = true;
      } else if (!parent.children.includes(n.id)) {
        issues.push(msg.nodeNotAChild(n.id, n.parent, `${at}/parent`));
        structural = true;
      }
    }
    n.children.forEach((c, ci) => {
      const child = ids.nodes.get(c);
      const cp = child ? child.parent : indicatorParent.get(c);
      if (!child && !ids.indicators.has(c)) {
        issues.push(msg.nodeUnknownChild(n.id, c, `${at}/children/${ci}`));
        structural = true;
      } else if (cp !== n.id) {
        issues.push(msg.childOfAnotherNode(n.id, c, cp, `${at}/children/${ci}`));
        structural = true;
      }
    });
    n.leaves.forEach((l, li) => {
      if (!ids.indicators.has(l)) issues.push(msg.nodeUnknownLeaf(n.id, l, `${at}/leaves/${li}`));
    });
    if (n.compose.kind === "given" && !ids.variables.has(n.compose.variable)) {
      issues.push(msg.givenUnknownVariable(n.id, n.compose.variable, `${at}/compose/variable`));
    }
  });
  if (structural) return;

  // Acyclic: walking up from every node reaches a root.
  for (const n of plan.nodes) {
    const seen = new Set<string>([n.id]);
    let p = n.parent;
    while (p !== null) {
      if (seen.has(p)) {
        issues.push(msg.hierarchyCycle(n.id, pointer("nodes", plan.nodes.indexOf(n))));
        return;
      }
      seen.add(p);
      p = ids.nodes.get(p)!.parent;
    }
  }

  const leavesOf = (id: string): string[] => {
    const node = ids.nodes.get(id);
    if (!node) return [id];
    return node.children.flatMap(leavesOf);
  };
  const hasGivenBelow = (node: PlanNode): string | undefined => {
    for (const c of node.children) {
      const child = ids.nodes.get(c);
      if (!child) continue;
      if (child.compose.kind === "given") return child.id;
      const deeper = hasGivenBelow(child);
      if (deeper) return deeper;
    }
    return undefined;
  };
  plan.nodes.forEach((n, ni) => {
    const at = pointer("nodes", ni);
    const leaves = leavesOf(n.id);
    const declared = [...n.leaves].sort().join(",");
    if ([...leaves].sort().join(",") !== declared) {
      issues.push(msg.leavesMismatch(n.id, n.leaves, leaves, `${at}/leaves`));
    }
    if (n.compose.kind === "flat") {
      if (leaves.length === 0) issues.push(msg.flatWithoutIndicators(n.id, `${at}/compose`));
      const given = hasGivenBelow(n);
      if (given) {
        issues.push(msg.flatOverGiven(n.id, given, `${at}/compose`));
      }
    }
    if (n.compose.kind === "staged" && n.children.length === 0) {
      issues.push(msg.stagedWithoutChildren(n.id, `${at}/compose`));
    }
    if (n.weighting.kind === "fixed" && n.compose.kind !== "given") {
      const over = n.compose.kind === "staged" ? n.children : leaves;
      const what = n.compose.kind === "staged" ? "children" : "leaf indicators";
      const weights = n.weighting.weights;
      const keys = Object.keys(weights);
      const missing = over.filter((id) => !Object.hasOwn(weights, id));
      const extra = keys.filter((k) => !over.includes(k));
      if (missing.length > 0 || extra.length > 0) {
        issues.push(
          msg.fixedWeightsIds(n.id, what, over, missing, extra, `${at}/weighting/weights`),
        );
      }
      checkWeightsSum(
        Object.values(weights),
        { kind: "fixed", node: n.id },
        `${at}/weighting/weights`,
        issues,
      );
    }
  });
}
