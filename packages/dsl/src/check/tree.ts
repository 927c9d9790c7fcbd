/** Iteration over every node and indicator of the AST, wherever the parser put them. */
import type { IndicatorDecl, NodeDecl, TopItem } from "../ast.js";

/** Every node, depth-first in spec order, including misplaced ones. */
export function* allNodes(items: readonly TopItem[]): Generator<NodeDecl> {
  for (const item of items) if (item.kind === "node") yield* below(item);
}

function* below(node: NodeDecl): Generator<NodeDecl> {
  yield node;
  for (const child of node.children) if (child.kind === "node") yield* below(child);
}

/** Every indicator, in spec order, including those under misplaced nodes. */
export function* allIndicators(items: readonly TopItem[]): Generator<IndicatorDecl> {
  for (const node of allNodes(items)) {
    for (const child of node.children) if (child.kind === "indicator") yield child;
  }
}
