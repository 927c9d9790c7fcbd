/** The hierarchy: indicators and nodes form one consistent tree; fixed weights fit their node. */
import type { Plan, PlanNode } from "@ccdc/plan";
import { type EngineIssue, error, pointer } from "../issues.js";
import { exprVariables } from "./expr-variables.js";
import type { Ids } from "./ids.js";
import { checkWeightsSum } from "./weights-sum.js";

export function checkHierarchy(plan: Plan, ids: Ids, issues: EngineIssue[]): void {
  const indicatorParent = new Map(plan.indicators.map((ind) => [ind.id, ind.parent] as const));
  plan.indicators.forEach((ind, i) => {
    const at = pointer("indicators", i);
    if (!ids.nodes.has(ind.parent))
      issues.push(
        error("P0003", `indicator "${ind.id}" has unknown parent "${ind.parent}"`, {
          pointer: `${at}/parent`,
        }),
      );
    else if (!ids.nodes.get(ind.parent)!.children.includes(ind.id)) {
      issues.push(
        error(
          "P0005",
          `indicator "${ind.id}" names parent "${ind.parent}", which does not list it as a child`,
          { pointer: `${at}/parent` },
        ),
      );
    }
    for (const v of exprVariables(ind.expr)) {
      if (!ids.variables.has(v))
        issues.push(
          error("P0003", `indicator "${ind.id}" reads unknown variable "${v}"`, {
            pointer: `${at}/expr`,
          }),
        );
    }
  });
  if (plan.nodes.length > 0 && plan.nodes[0]!.parent !== null) {
    issues.push(
      error("P0005", `the first node "${plan.nodes[0]!.id}" must be the root (parent null)`, {
        pointer: pointer("nodes", 0, "parent"),
      }),
    );
  }
  let structural = false;
  plan.nodes.forEach((n, ni) => {
    const at = pointer("nodes", ni);
    if (n.parent !== null) {
      const parent = ids.nodes.get(n.parent);
      if (!parent) {
        issues.push(
          error("P0003", `node "${n.id}" has unknown parent "${n.parent}"`, {
            pointer: `${at}/parent`,
          }),
        );
        structural = true;
      } else if (!parent.children.includes(n.id)) {
        issues.push(
          error(
            "P0005",
            `node "${n.id}" names parent "${n.parent}", which does not list it as a child`,
            { pointer: `${at}/parent` },
          ),
        );
        structural = true;
      }
    }
    n.children.forEach((c, ci) => {
      const child = ids.nodes.get(c);
      const cp = child ? child.parent : indicatorParent.get(c);
      if (!child && !ids.indicators.has(c)) {
        issues.push(
          error("P0003", `node "${n.id}" lists unknown child "${c}"`, {
            pointer: `${at}/children/${ci}`,
          }),
        );
        structural = true;
      } else if (cp !== n.id) {
        issues.push(
          error("P0005", `node "${n.id}" lists child "${c}", whose parent is "${cp}"`, {
            pointer: `${at}/children/${ci}`,
          }),
        );
        structural = true;
      }
    });
    n.leaves.forEach((l, li) => {
      if (!ids.indicators.has(l))
        issues.push(
          error("P0003", `node "${n.id}" lists unknown leaf indicator "${l}"`, {
            pointer: `${at}/leaves/${li}`,
          }),
        );
    });
    if (n.compose.kind === "given" && !ids.variables.has(n.compose.variable)) {
      issues.push(
        error(
          "P0003",
          `node "${n.id}" reads its index from unknown variable "${n.compose.variable}"`,
          { pointer: `${at}/compose/variable` },
        ),
      );
    }
  });
  if (structural) return;

  // Acyclic: walking up from every node reaches a root.
  for (const n of plan.nodes) {
    const seen = new Set<string>([n.id]);
    let p = n.parent;
    while (p !== null) {
      if (seen.has(p)) {
        issues.push(
          error("P0005", `the hierarchy has a cycle through node "${n.id}"`, {
            pointer: pointer("nodes", plan.nodes.indexOf(n)),
          }),
        );
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
      issues.push(
        error(
          "P0005",
          `node "${n.id}" lists leaves [${n.leaves.join(", ")}], but the indicators below it are [${leaves.join(", ")}]`,
          { pointer: `${at}/leaves` },
        ),
      );
    }
    if (n.compose.kind === "flat") {
      if (leaves.length === 0)
        issues.push(
          error("P0005", `node "${n.id}" is composed flat but has no indicators below it`, {
            pointer: `${at}/compose`,
          }),
        );
      const given = hasGivenBelow(n);
      if (given) {
        issues.push(
          error(
            "P0005",
            `node "${n.id}" is composed flat over its leaf indicators, so the given index of node "${given}" below it would be ignored`,
            {
              pointer: `${at}/compose`,
              hint: "compose it staged, so that its children's indices are weighted",
            },
          ),
        );
      }
    }
    if (n.compose.kind === "staged" && n.children.length === 0) {
      issues.push(
        error("P0005", `node "${n.id}" is composed staged but has no children`, {
          pointer: `${at}/compose`,
        }),
      );
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
          error(
            "P0006",
            `fixed weights of node "${n.id}" must name exactly its ${what} [${over.join(", ")}]` +
              (missing.length ? `; missing: ${missing.join(", ")}` : "") +
              (extra.length ? `; not weighted here: ${extra.join(", ")}` : ""),
            { pointer: `${at}/weighting/weights` },
          ),
        );
      }
      checkWeightsSum(
        Object.values(weights),
        `fixed weights of node "${n.id}"`,
        "P0006",
        `${at}/weighting/weights`,
        issues,
      );
    }
  });
}
