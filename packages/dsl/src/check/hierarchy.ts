/**
 * Pass `hierarchy`: the nodes form one tree: exactly one `index` (the root) at the top level,
 * `system` nodes directly under the root, `group` nodes under systems or groups; every node
 * has children unless it is `given <variable>`. A given node's index is read from the data, so
 * it may have child nodes (computed on their own, e.g. to be coupled) but no indicators of its
 * own, which nothing would use. Records the root,
 * the parent of every node and indicator, and the nodes and indicators in plan order.
 *
 * Codes: E0401 (no root), E0402 (second root), E0403 (misplaced system), E0404 (misplaced
 * group), E0405 (nested index), E0406 (childless node), E0407 (indicator under a given node),
 * E0102/E0103 (given variable).
 */
import type { NodeDecl } from "../ast.js";
import {
  childlessNode,
  givenWithIndicator,
  misplacedGroup,
  misplacedSystem,
  nestedRoot,
  noRoot,
  secondRoot,
} from "../messages.js";
import { type CheckContext, expectKind } from "./context.js";
import { startOf } from "./ranges.js";

export function checkHierarchy(ctx: CheckContext): void {
  let root: NodeDecl | undefined;
  for (const item of ctx.ast.items) {
    if (item.kind !== "node") continue;
    if (item.role === "system") ctx.report(misplacedSystem(item.name, "at the top level"));
    else if (item.role === "group") ctx.report(misplacedGroup(item.name, "at the top level"));
    else if (root) ctx.report(secondRoot(item.name, root.name.range));
    else root = item;
    walk(ctx, item, undefined);
  }
  if (!root) {
    ctx.report(noRoot(startOf(ctx.ast.range)));
    return;
  }
  ctx.tables.root = root;
  collect(ctx, root);
}

/** Checks placement and children of `node` and everything below it. */
function walk(ctx: CheckContext, node: NodeDecl, parent: NodeDecl | undefined): void {
  if (parent) {
    const where =
      parent.role === "root"
        ? "directly inside the index"
        : `inside ${parent.role} \`${parent.name.name}\``;
    if (node.role === "root") ctx.report(nestedRoot(node.name));
    else if (node.role === "system" && parent.role !== "root")
      ctx.report(misplacedSystem(node.name, where));
    else if (node.role === "group" && parent.role === "root")
      ctx.report(misplacedGroup(node.name, where));
  }
  if (node.given) {
    ctx.resolve(node.given, expectKind("variable"));
    const indicator = node.children.find((c) => c.kind === "indicator");
    if (indicator) ctx.report(givenWithIndicator(node.name, indicator.name.range));
  } else if (node.children.length === 0) {
    ctx.report(childlessNode(node.name, node.role === "root" ? "index" : node.role));
  }
  for (const child of node.children) if (child.kind === "node") walk(ctx, child, node);
}

/** Fills the parent table and the depth-first node and indicator orders. */
function collect(ctx: CheckContext, node: NodeDecl): void {
  ctx.tables.nodes.push(node);
  for (const child of node.children) {
    ctx.tables.parent.set(child, node);
    if (child.kind === "node") collect(ctx, child);
    else ctx.tables.indicators.push(child);
  }
}
