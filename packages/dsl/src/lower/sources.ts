/**
 * Lowers sources and their variables: the format (written or inferred by the checker), the
 * layout's columns, each variable's key (default: its name), aggregation, and missing-data rule
 * (the variable's, else the source's default, else `error` with origin "default").
 */
import type { Aggregation, Layout, MissingRule, Source, Variable } from "@ccdc/plan";
import type { AggregateAst, LayoutDecl, MissingRuleAst, SourceDecl, VariableDecl } from "../ast.js";
import type { CheckContext } from "../check/context.js";
import type { SourceMapBuilder } from "./source-map.js";

export function lowerSources(ctx: CheckContext, map: SourceMapBuilder): Source[] {
  const sources = ctx.ast.items.filter((i) => i.kind === "source");
  return sources.map((s, i) => {
    map.add(`/sources/${i}`, s.range);
    for (const [j, v] of s.variables.entries()) map.add(`/sources/${i}/variables/${j}`, v.range);
    return lowerSource(ctx, s);
  });
}

function lowerSource(ctx: CheckContext, s: SourceDecl): Source {
  return {
    id: s.name?.name ?? "",
    path: s.path?.value ?? "",
    format: ctx.tables.format.get(s) ?? "csv",
    ...(s.sheet ? { sheet: s.sheet.value } : {}),
    layout: lowerLayout(s.layout),
    variables: s.variables.map((v) => lowerVariable(v, s.missing)),
  };
}

function lowerLayout(layout: LayoutDecl | undefined): Layout {
  const col = (role: string) =>
    layout?.columns.find((c) => c.role.name === role)?.column.value ?? role;
  if (layout?.shape.name === "wide")
    return { kind: "wide", region: col("region"), year: col("year") };
  return {
    kind: "long",
    region: col("region"),
    year: col("year"),
    variable: col("variable"),
    value: col("value"),
  };
}

function lowerVariable(v: VariableDecl, sourceDefault: MissingRuleAst | undefined): Variable {
  const rule = v.missing ?? sourceDefault;
  return {
    id: v.name.name,
    key: v.key?.value ?? v.name.name,
    unit: v.unit?.value ?? "",
    aggregate: lowerAggregate(v.aggregate),
    missing: rule ? lowerMissing(rule) : { kind: "error" },
    missingOrigin: rule ? "spec" : "default",
    ...(v.note ? { note: v.note.value } : {}),
  };
}

function lowerAggregate(a: AggregateAst | undefined): Aggregation {
  if (a?.method.name === "mean") return { kind: "weighted_mean", by: a.by?.name ?? "" };
  if (a?.method.name === "none") return { kind: "none" };
  return { kind: "sum" };
}

function lowerMissing(rule: MissingRuleAst): MissingRule {
  switch (rule.rule.name) {
    case "interpolate":
      return { kind: "interpolate" };
    case "nearest":
      return { kind: "nearest" };
    case "splice":
      return { kind: "splice", proxy: rule.proxy?.name ?? "" };
    default:
      return { kind: "error" };
  }
}
