/**
 * The hierarchy in the model: nodes root first, depth-first in spec order, each with its
 * parent, direct children, leaf indicators, compose and weighting (the node's own, else the
 * method's, else the default); indicators in spec order with their direction, unit (written,
 * else the expression's), checked expression and its canonical text, and provenance.
 */
import { type BaseWeighting, type Compose, emptyRecord, type Weighting } from "@ccdc/plan";
import type { IndicatorDecl, NodeDecl, WeightsAst } from "../ast.js";
import { COMPOSE, leaves } from "../check/compose-weights.js";
import type { CheckContext } from "../check/context.js";
import { DIRECTIONS } from "../check/indicators.js";
import { unitText } from "../check/unit-algebra.js";
import { weightOption } from "../check/weight-methods.js";
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
    weighting: chosen(weights && weightingOf(weights, weightedIds(ctx, n)), DEFAULT_WEIGHTING),
    ...(weights && { weightingRange: weights.range }),
    range: n.range,
  };
}

function composeOf(n: NodeDecl, methodDefault: string | undefined): Chosen<Compose> {
  if (n.given) return { value: { kind: "given", variable: n.given.name }, origin: "spec" };
  const word = n.compose?.name ?? methodDefault;
  if (word === undefined) return { value: DEFAULT_COMPOSE, origin: "default" };
  return {
    value: { kind: oneOf(word, COMPOSE as readonly ("flat" | "staged" | "topsis")[], "compose") },
    origin: "spec",
  };
}

/** The ids a node's weights are keyed by: direct children (staged), else leaf indicators. */
function weightedIds(ctx: CheckContext, n: NodeDecl): string[] {
  const compose = (n.compose ?? ctx.tables.method?.compose)?.name;
  return compose === "staged" ? n.children.map((c) => c.name.name) : leaves(n).map((l) => l.name);
}

/** A checked `weights` clause as the plan's weighting (shared with variants, which pass no ids: an
 * AHP matrix then keeps the order of its written rows). */
export function weightingOf(
  w: WeightsAst,
  ids: readonly string[] = w.rows.map((r) => r.name.name),
): Weighting {
  if (w.method.name !== "combine") return baseWeightingOf(w, ids);
  const rule = oneOf(
    need(weightOption(w, 0), "the rule of a combination"),
    ["linear", "multiplicative", "geometric", "game_theory"] as const,
    "combination rule",
  );
  return {
    kind: "combine",
    rule,
    ...(rule === "linear" && { alpha: w.numbers.map((n) => n.value) }),
    ...(rule === "game_theory" && {
      normalisation: oneOf(weightOption(w, 1) ?? "abs", ["abs", "sum"] as const, "normalisation"),
    }),
    members: w.members.map((m) => baseWeightingOf(m, ids)),
  };
}

function baseWeightingOf(w: WeightsAst, ids: readonly string[]): BaseWeighting {
  const method = oneOf(
    w.method.name,
    ["entropy", "equal", "fixed", "stdev", "cv", "critic", "ahp"] as const,
    "weighting",
  );
  switch (method) {
    case "entropy":
    case "equal":
    case "stdev":
    case "cv":
      return { kind: method };
    case "fixed": {
      const weights = emptyRecord<number>();
      for (const { name, value } of w.fixed) weights[name.name] = value.value;
      return { kind: "fixed", weights };
    }
    case "critic":
      return {
        kind: "critic",
        correlation: oneOf(
          weightOption(w, 0) ?? "pearson",
          ["pearson", "spearman"] as const,
          "correlation",
        ),
        dispersion: oneOf(weightOption(w, 1) ?? "stdev", ["stdev", "entropy"] as const, "contrast"),
      };
    case "ahp": {
      // Rows and columns in the order of the weighted ids; the spec's columns follow its rows.
      const written = w.rows.map((r) => r.name.name);
      const order = ids.map((id) =>
        need(written.indexOf(id) >= 0 ? written.indexOf(id) : undefined, `the AHP row of ${id}`),
      );
      return {
        kind: "ahp",
        method: oneOf(
          weightOption(w, 0) ?? "eigenvector",
          ["eigenvector", "geometric_mean"] as const,
          "AHP method",
        ),
        ids: [...ids],
        matrix: order.map((ri) =>
          order.map((ci) => need(w.rows[ri]?.cells[ci], "an AHP cell").value),
        ),
        inconsistency: weightOption(w, 1) === "allow_inconsistent" ? "warning" : "error",
      };
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
