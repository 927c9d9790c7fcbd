/** Lowers the hierarchy: nodes and indicators as the model holds them, expressions to plan form. */
import type { Expr, Indicator, PlanNode } from "@ccdc/plan";
import type { ExprAst } from "../ast.js";
import type { IndicatorModel, NodeModel } from "../model/model.js";
import type { SourceMapBuilder } from "./source-map.js";

export function lowerNodes(nodes: readonly NodeModel[], map: SourceMapBuilder): PlanNode[] {
  return nodes.map((n, i) => {
    map.add(`/nodes/${i}`, n.range);
    if (n.weightingRange && n.compose.value.kind !== "given") {
      map.add(`/nodes/${i}/weighting`, n.weightingRange);
    }
    return {
      id: n.id,
      labels: n.labels,
      parent: n.parent,
      role: n.role,
      children: [...n.children],
      leaves: [...n.leaves],
      compose: n.compose.value,
      composeOrigin: n.compose.origin,
      weighting: n.weighting.value,
      weightingOrigin: n.weighting.origin,
    };
  });
}

export function lowerIndicators(
  indicators: readonly IndicatorModel[],
  map: SourceMapBuilder,
): Indicator[] {
  return indicators.map((ind, i) => {
    map.add(`/indicators/${i}`, ind.range);
    map.add(`/indicators/${i}/expr`, ind.expr.range);
    return {
      id: ind.id,
      labels: ind.labels,
      parent: ind.parent,
      direction: ind.direction,
      unit: ind.unit,
      expr: lowerExpr(ind.expr),
      exprText: ind.exprText,
      ...(ind.provenance !== undefined && { provenance: ind.provenance }),
    };
  });
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
