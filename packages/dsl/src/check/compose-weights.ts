/**
 * Pass `compose-weights`: every node's `compose` is `flat` or `staged` and its `weights` are
 * `entropy`, `equal` or `fixed { … }`. Fixed weights name each of the node's direct children
 * (staged) or leaf indicators (flat) exactly once, are not negative, and sum to 1 (within
 * 1e-9). A `given` node is neither composed nor weighted, and a flat node cannot sit above a
 * given one (flat weights leaf indicators, so the given index would be silently dropped).
 *
 * Codes: E0411 (unknown compose), E0412 (unknown weighting), E0413 (not a child/leaf),
 * E0414 (sum), E0415 (not covered), E0416 (weighted twice), E0418 (list on a non-fixed
 * method), E0419 (flat over given), E0420 (compose/weights on a given node), E0421 (negative),
 * E0102 (unknown name in fixed weights).
 */
import type { Ident, NodeDecl, WeightsAst } from "../ast.js";
import type { Range } from "../diagnostic.js";
import {
  composeOnGiven,
  flatOverGiven,
  negativeWeight,
  notWeightable,
  unknownCompose,
  unknownName,
  unknownWeights,
  weightMissing,
  weightsNotFixed,
  weightsSum,
  weightTwice,
} from "../messages.js";
import type { CheckContext } from "./context.js";
import { allNodes } from "./tree.js";

export const COMPOSE = ["flat", "staged"];
export const WEIGHTS = ["entropy", "equal", "fixed"];
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
    if (composeOf(ctx, p) === "flat") return p;
  return undefined;
}

/**
 * A node's `weights` clause: a known method; fixed weights over exactly the node's direct
 * children (`compose`, default the node's effective composition, is `staged`) or its leaf
 * indicators. Shared with variants, which pass the composition the variant gives the node.
 */
export function checkWeights(
  ctx: CheckContext,
  node: NodeDecl,
  weights: WeightsAst,
  compose: string = composeOf(ctx, node),
): void {
  const method = weights.method.name;
  if (!WEIGHTS.includes(method)) {
    ctx.report(unknownWeights(weights.method));
    return;
  }
  if (method !== "fixed") {
    if (weights.fixed.length > 0) ctx.report(weightsNotFixed(weights.range, method));
    return;
  }
  if (!COMPOSE.includes(compose)) return;
  const expected = compose === "staged" ? node.children.map((c) => c.name) : leaves(node);
  const expectedNames = expected.map((e) => e.name);
  const seen = new Map<string, Range>();
  let sum = 0;
  for (const { name, value } of weights.fixed) {
    sum += value.value;
    if (value.value < 0) ctx.report(negativeWeight(value));
    const first = seen.get(name.name);
    if (first) {
      ctx.report(weightTwice(name, first));
      continue;
    }
    seen.set(name.name, name.range);
    if (expectedNames.includes(name.name)) continue;
    ctx.tables.used.add(name.name);
    if (ctx.symbols.has(name.name)) {
      const what = compose === "staged" ? "a direct child" : "a leaf indicator";
      ctx.report(notWeightable(name, node.name.name, compose, what));
    } else {
      ctx.report(
        unknownName(name, compose === "staged" ? "child" : "leaf indicator", expectedNames),
      );
    }
  }
  if (Math.abs(sum - 1) > WEIGHT_TOLERANCE) ctx.report(weightsSum(weights.range, sum));
  const missing = expectedNames.filter((n) => !seen.has(n));
  if (missing.length > 0) ctx.report(weightMissing(weights.range, node.name.name, missing));
}

/** Every leaf indicator below `node`, in spec order. */
export function leaves(node: NodeDecl): Ident[] {
  const out: Ident[] = [];
  for (const c of node.children) {
    if (c.kind === "indicator") out.push(c.name);
    else out.push(...leaves(c));
  }
  return out;
}
