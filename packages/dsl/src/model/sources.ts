/**
 * Sources and variables in the model: the format (written or inferred from the extension by
 * the checker), the layout's columns, each variable's key (written, else its name),
 * aggregation, and missing-data rule (the variable's, else its source's, else the default).
 */
import type { Aggregation, Layout, MissingRule } from "@ccdc/plan";
import type { AggregateAst, LayoutDecl, MissingRuleAst, SourceDecl, VariableDecl } from "../ast.js";
import type { CheckContext } from "../check/context.js";
import { LAYOUT_ROLES } from "../check/sources.js";
import { chosen, DEFAULT_MISSING } from "./defaults.js";
import type { SourceModel, VariableModel } from "./model.js";
import { need, oneOf } from "./need.js";

export function buildSources(ctx: CheckContext): SourceModel[] {
  return ctx.ast.items.filter((i) => i.kind === "source").map((s) => buildSource(ctx, s));
}

function buildSource(ctx: CheckContext, s: SourceDecl): SourceModel {
  const id = need(s.name, "a source's name").name;
  return {
    id,
    path: need(s.path, `the path of source ${id}`).value,
    format: {
      value: need(ctx.tables.format.get(s), `the format of source ${id}`),
      origin: s.format ? "spec" : "default",
    },
    ...(s.sheet && { sheet: s.sheet.value }),
    layout: buildLayout(need(s.layout, `the layout of source ${id}`)),
    variables: s.variables.map((v) => buildVariable(v, s.missing)),
    range: s.range,
  };
}

function buildLayout(layout: LayoutDecl): Layout {
  const shape = oneOf(layout.shape.name, ["long", "wide"] as const, "layout");
  const col = (role: string) =>
    need(layout.columns.find((c) => c.role.name === role)?.column.value, `the ${role} column`);
  if (shape === "wide") return { kind: "wide", region: col("region"), year: col("year") };
  const [region, year, variable, value] = LAYOUT_ROLES.long.map(col) as [
    string,
    string,
    string,
    string,
  ];
  return { kind: "long", region, year, variable, value };
}

function buildVariable(v: VariableDecl, sourceDefault: MissingRuleAst | undefined): VariableModel {
  const rule = v.missing ?? sourceDefault;
  return {
    id: v.name.name,
    key: v.key?.value ?? v.name.name,
    unit: need(v.unit, `the unit of variable ${v.name.name}`).value,
    aggregate: buildAggregate(need(v.aggregate, `the aggregation of variable ${v.name.name}`)),
    missing: chosen(rule && buildMissing(rule), DEFAULT_MISSING),
    ...(v.note && { note: v.note.value }),
    range: v.range,
  };
}

function buildAggregate(a: AggregateAst): Aggregation {
  switch (oneOf(a.method.name, ["sum", "mean", "none"] as const, "aggregation")) {
    case "sum":
      return { kind: "sum" };
    case "none":
      return { kind: "none" };
    case "mean":
      return { kind: "weighted_mean", by: need(a.by, "the weight of a mean").name };
  }
}

function buildMissing(rule: MissingRuleAst): MissingRule {
  const kinds = ["error", "interpolate", "nearest", "splice"] as const;
  const kind = oneOf(rule.rule.name, kinds, "missing-data rule");
  if (kind === "splice") return { kind, proxy: need(rule.proxy, "a splice's proxy").name };
  return { kind };
}
