/**
 * Pass `compose-weights`: every node's `compose` is `flat`, `staged` or `topsis` and its
 * `weights` a known method, checked by `weight-methods.ts` (options, AHP matrix, members). Fixed weights name each of the node's direct children
 * (staged) or leaf indicators (flat) exactly once, are not negative, and sum to 1 (within
 * 1e-9). A `given` node is neither composed nor weighted, and a flat node cannot sit above a
 * given one (flat weights leaf indicators, so the given index would be silently dropped).
 *
 * Codes: E0411 (unknown compose), E0412 (unknown weighting), E0413 (not a child/leaf),
 * E0414 (sum), E0415 (not covered), E0416 (weighted twice), E0418 (list on a non-fixed
 * method), E0419 (flat over given), E0420 (compose/weights on a given node), E0421 (negative),
 * E0102 (unknown name in fixed weights).
 */
import { appendAll } from "@ccdc/plan";
import type { Ident, NodeDecl, WeightsAst } from "../ast.js";
import { composeOnGiven, flatOverGiven, unknownCompose, unknownWeights } from "../messages.js";
import type { CheckContext } from "./context.js";
import { allNodes } from "./tree.js";
import { checkWeightMethod, WEIGHTS } from "./weight-methods.js";

export const COMPOSE = ["flat", "staged", "topsis"];
export { WEIGHTS };
export const WEIGHT_TOLERANCE = 1e-9;

export function checkComposeWeights(ctx: CheckContext): void {
  const parentOf = new Map<NodeDecl, NodeDecl>();
  for (const node of allNodes(ctx.ast.items)) {
    for (const c of node.children) if (c.kind === "node") parentOf.set(c, node);
  }
  for (const node of allNodes(ctx.ast.items)) {
    if (node.given) {
      if (node.compose) ctx.report(composeOnGiven(node.compose.range, node.name.name));
      if (node.weights) ctx.report(composeOnGiven(node.weights.range, node.name.name));
      const flat = nearestFlatAncestor(ctx, node, parentOf);
      if (flat) ctx.report(flatOverGiven(node.name, flat.name.name));
      continue;
    }
    if (node.compose && !COMPOSE.includes(node.compose.name))
      ctx.report(unknownCompose(node.compose));
    if (node.weights) checkWeights(ctx, node, node.weights);
  }
}

/** The effective compose of a node: given, its own, else the method's default, else flat. */
export function composeOf(ctx: CheckContext, node: NodeDecl): string {
  if (node.given) return "given";
  return node.compose?.name ?? ctx.tables.method?.compose?.name ?? "flat";
}

function nearestFlatAncestor(ctx: CheckContext, node: NodeDecl, parentOf: Map<NodeDecl, NodeDecl>) {
  for (let p = parentOf.get(node); p; p = parentOf.get(p))
    if (["flat", "topsis"].includes(composeOf(ctx, p))) return p; // both weight the leaves
  return undefined;
}

/**
 * A node's `weights` clause, checked by `weight-methods.ts` against what the node weights:
 * its direct children when `compose` (default the node's effective composition) is `staged`,
 * else its leaf indicators. Shared with variants, which pass the composition they give the node.
 */
export function checkWeights(
  ctx: CheckContext,
  node: NodeDecl,
  weights: WeightsAst,
  compose: string = composeOf(ctx, node),
): void {
  if (!COMPOSE.includes(compose)) {
    if (!WEIGHTS.includes(weights.method.name)) ctx.report(unknownWeights(weights.method));
    return;
  }
  const expected = (compose === "staged" ? node.children.map((c) => c.name) : leaves(node)).map(
    (e) => e.name,
  );
  checkWeightMethod(ctx, weights, { node: node.name.name, compose, expected });
}

/** Every leaf indicator below `node`, in spec order. */
export function leaves(node: NodeDecl): Ident[] {
  const out: Ident[] = [];
  for (const c of node.children) {
    if (c.kind === "indicator") out.push(c.name);
    else appendAll(out, leaves(c));
  }
  return out;
}
