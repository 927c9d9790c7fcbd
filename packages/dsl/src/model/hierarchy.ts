/**
 * The hierarchy in the model: nodes root first, depth-first in spec order, each with its
 * parent, direct children, leaf indicators, compose and weighting (the node's own, else the
 * method's, else the default); indicators in spec order with their direction, unit (written,
 * else the expression's), checked expression and its canonical text, and provenance.
 */
import { type Compose, emptyRecord, type Weighting } from "@ccdc/plan";
import type { IndicatorDecl, NodeDecl, WeightsAst } from "../ast.js";
import { COMPOSE, leaves } from "../check/compose-weights.js";
import type { CheckContext } from "../check/context.js";
import { DIRECTIONS } from "../check/indicators.js";
import { unitText } from "../check/unit-algebra.js";
import { exprText } from "../lower/expr-text.js";
import { chosen, DEFAULT_COMPOSE, DEFAULT_WEIGHTING } from "./defaults.js";
import { labelsOf } from "./labels.js";
import type { Chosen, IndicatorModel, NodeModel } from "./model.js";
import { need, oneOf } from "./need.js";

export function buildNodes(ctx: CheckContext): NodeModel[] {
  return ctx.tables.nodes.map((n) => buildNode(ctx, n));
}

function buildNode(ctx: CheckContext, n: NodeDecl): NodeModel {
  const method = ctx.tables.method;
  const weights = n.given ? undefined : (n.weights ?? method?.weights);
  return {
    id: n.name.name,
    labels: labelsOf(n.labels, n.name.name),
    parent:
      n.role === "root"
        ? null
        : need(ctx.tables.parent.get(n), `the parent of ${n.name.name}`).name.name,
    role: n.role,
    children: n.children.map((c) => c.name.name),
    leaves: leaves(n).map((l) => l.name),
    compose: composeOf(n, method?.compose?.name),
    // A given node is not weighted; the plan still records the default weighting.
    weighting: chosen(weights && weightingOf(weights), DEFAULT_WEIGHTING),
    range: n.range,
  };
}

function composeOf(n: NodeDecl, methodDefault: string | undefined): Chosen<Compose> {
  if (n.given) return { value: { kind: "given", variable: n.given.name }, origin: "spec" };
  const word = n.compose?.name ?? methodDefault;
  if (word === undefined) return { value: DEFAULT_COMPOSE, origin: "default" };
  return {
    value: { kind: oneOf(word, COMPOSE as readonly ("flat" | "staged")[], "compose") },
    origin: "spec",
  };
}

/** A checked `weights` clause as the plan's weighting (shared with variants). */
export function weightingOf(w: WeightsAst): Weighting {
  switch (oneOf(w.method.name, ["entropy", "equal", "fixed"] as const, "weighting")) {
    case "entropy":
      return { kind: "entropy" };
    case "equal":
      return { kind: "equal" };
    case "fixed": {
      const weights = emptyRecord<number>();
      for (const { name, value } of w.fixed) weights[name.name] = value.value;
      return { kind: "fixed", weights };
    }
  }
}

export function buildIndicators(ctx: CheckContext): IndicatorModel[] {
  return ctx.tables.indicators.map((ind) => buildIndicator(ctx, ind));
}

function buildIndicator(ctx: CheckContext, ind: IndicatorDecl): IndicatorModel {
  const id = ind.name.name;
  const expr = need(ind.value, `the value of indicator ${id}`);
  const direction = need(ind.direction, `the direction of indicator ${id}`).name;
  return {
    id,
    labels: labelsOf(ind.labels, id),
    parent: need(ctx.tables.parent.get(ind), `the parent of indicator ${id}`).name.name,
    direction: need(DIRECTIONS[direction], `direction \`${direction}\``),
    unit: ind.unit?.value ?? unitText(need(ctx.tables.exprUnit.get(ind), `the unit of ${id}`)),
    expr,
    exprText: exprText(expr),
    ...(ind.from && { provenance: ind.from.value }),
    range: ind.range,
  };
}
