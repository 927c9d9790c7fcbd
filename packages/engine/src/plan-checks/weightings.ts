/**
 * Weightings beyond entropy/equal/fixed: an AHP matrix is square over exactly the node's
 * weighted ids, positive and reciprocal, with order ≤ 15, and consistent (CR < 0.1) unless the
 * plan allows an inconsistent one; a combination has ≥ 2 members whose fixed/AHP ids fit the
 * node, and for `linear` one α per member summing to 1. All of it is independent of the data,
 * so it is checked before any data is read.
 */
import type { BaseWeighting, Plan } from "@ccdc/plan";
import { type EngineIssue, pointer } from "../issues.js";
import { AHP_CR_LIMIT, AHP_MAX_ORDER, ahpMatrixProblems, ahpWeights } from "../kernels/index.js";
import * as msg from "../messages/index.js";

export function checkWeightings(plan: Plan, issues: EngineIssue[]): void {
  plan.nodes.forEach((n, ni) => {
    if (n.compose.kind === "given") return;
    const at = `${pointer("nodes", ni)}/weighting`;
    const over = n.compose.kind === "staged" ? n.children : n.leaves;
    const w = n.weighting;
    if (w.kind === "combine") {
      if (w.members.length < 2) {
        issues.push(msg.combineTooFewMembers(n.id, at));
      }
      if (w.rule === "linear") {
        const alpha = w.alpha ?? [];
        const sum = alpha.reduce((a, b) => a + b, 0);
        if (alpha.length !== w.members.length || Math.abs(sum - 1) > 1e-6) {
          issues.push(msg.combineLinearAlpha(n.id, at));
        }
      }
      w.members.forEach((m, mi) => {
        checkBase(n.id, m, over, `${at}/members/${mi}`, issues);
      });
    } else checkBase(n.id, w, over, at, issues);
  });
}

function checkBase(
  node: string,
  w: BaseWeighting,
  over: readonly string[],
  at: string,
  issues: EngineIssue[],
): void {
  const sameSet = (ids: readonly string[]) =>
    ids.length === over.length && over.every((id) => ids.includes(id));
  // A node's own fixed weights are P0006 (hierarchy.ts); a member's are checked here.
  if (w.kind === "fixed" && at.includes("/members/") && !sameSet(Object.keys(w.weights))) {
    issues.push(msg.fixedMemberIds(node, over, at));
  }
  if (w.kind !== "ahp") return;
  const n = w.ids.length;
  if (
    !sameSet(w.ids) ||
    n > AHP_MAX_ORDER ||
    w.matrix.length !== n ||
    w.matrix.some((r) => r.length !== n)
  ) {
    issues.push(msg.ahpNotSquare(node, over, AHP_MAX_ORDER, at));
    return;
  }
  const a = Float64Array.from(w.matrix.flat());
  const problems = ahpMatrixProblems(a, n);
  if (problems.length > 0) {
    const p = problems[0]!;
    issues.push(
      msg.ahpBadCell(node, w.ids[p.row], w.ids[p.col], p.value, p.kind.replace("_", " "), at),
    );
    return;
  }
  const r = ahpWeights(a, n, w.method);
  if (r.cr >= AHP_CR_LIMIT && w.inconsistency === "error") {
    issues.push(msg.ahpInconsistent(node, r, n, AHP_CR_LIMIT, at));
  }
}
