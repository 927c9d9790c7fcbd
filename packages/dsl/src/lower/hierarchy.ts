/**
 * Lowers the hierarchy: nodes root first, depth-first in spec order, each with its parent,
 * direct children, leaf indicators, compose and weighting (the node's own, else the method's
 * default, else flat / entropy with origin "default"); then the indicators in spec order with
 * their direction, unit (declared, else the unit of the expression), expression and its
 * canonical text, and provenance.
 */
import {
  type Compose,
  type Expr,
  emptyRecord,
  type Indicator,
  type PlanNode,
  type Weighting,
} from "@ccdc/plan";
import type { ExprAst, IndicatorDecl, NodeDecl, WeightsAst } from "../ast.js";
import { leaves } from "../check/compose-weights.js";
import type { CheckContext } from "../check/context.js";
import { DIRECTIONS } from "../check/indicators.js";
import { unitText } from "../check/unit-algebra.js";
import { exprText } from "./expr-text.js";
import { lowerLabels } from "./labels.js";
import type { SourceMapBuilder } from "./source-map.js";

export function lowerNodes(ctx: CheckContext, map: SourceMapBuilder): PlanNode[] {
  return ctx.tables.nodes.map((n, i) => {
    map.add(`/nodes/${i}`, n.range);
    return lowerNode(ctx, n);
  });
}

function lowerNode(ctx: CheckContext, n: NodeDecl): PlanNode {
  const method = ctx.tables.method;
  let compose: Compose = { kind: "flat" };
  let composeOrigin: "spec" | "default" = "default";
  if (n.given) [compose, composeOrigin] = [{ kind: "given", variable: n.given.name }, "spec"];
  else if (n.compose ?? method?.compose) {
    const name = (n.compose ?? method?.compose)?.name;
    [compose, composeOrigin] = [{ kind: name === "staged" ? "staged" : "flat" }, "spec"];
  }
  const weights = n.given ? undefined : (n.weights ?? method?.weights);
  return {
    id: n.name.name,
    labels: lowerLabels(n.labels, n.name.name),
    parent: ctx.tables.parent.get(n)?.name.name ?? null,
    role: n.role,
    children: n.children.map((c) => c.name.name),
    leaves: leaves(n).map((l) => l.name),
    compose,
    composeOrigin,
    weighting: weights ? lowerWeights(weights) : { kind: "entropy" },
    weightingOrigin: weights ? "spec" : "default",
  };
}

function lowerWeights(w: WeightsAst): Weighting {
  if (w.method.name === "equal") return { kind: "equal" };
  if (w.method.name === "fixed") {
    const weights = emptyRecord<number>();
    for (const { name, value } of w.fixed) weights[name.name] = value.value;
    return { kind: "fixed", weights };
  }
  return { kind: "entropy" };
}

export function lowerIndicators(ctx: CheckContext, map: SourceMapBuilder): Indicator[] {
  return ctx.tables.indicators.map((ind, i) => {
    map.add(`/indicators/${i}`, ind.range);
    if (ind.value) map.add(`/indicators/${i}/expr`, ind.value.range);
    return lowerIndicator(ctx, ind);
  });
}

function lowerIndicator(ctx: CheckContext, ind: IndicatorDecl): Indicator {
  const unit = ctx.tables.exprUnit.get(ind);
  const value = ind.value ?? {
    kind: "num",
    value: { value: 0, text: "0", range: ind.range },
    range: ind.range,
  };
  return {
    id: ind.name.name,
    labels: lowerLabels(ind.labels, ind.name.name),
    parent: ctx.tables.parent.get(ind)?.name.name ?? "",
    direction: DIRECTIONS[ind.direction?.name ?? "+"] ?? "+",
    unit: ind.unit?.value ?? (unit ? unitText(unit) : ""),
    expr: lowerExpr(value),
    exprText: exprText(value),
    ...(ind.from ? { provenance: ind.from.value } : {}),
  };
}

export function lowerExpr(e: ExprAst): Expr {
  switch (e.kind) {
    case "var":
      return { kind: "var", variable: e.name.name };
    case "num":
      return { kind: "num", value: e.value.value };
    case "neg":
      return { kind: "neg", operand: lowerExpr(e.operand) };
    case "binary":
      return { kind: "binary", op: e.op, left: lowerExpr(e.left), right: lowerExpr(e.right) };
    default: {
      const never: never = e;
      return never;
    }
  }
}
