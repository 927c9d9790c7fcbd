/**
 * Pass `expressions`: every variable in an indicator's `value` is a declared variable; `+` and
 * `-` combine quantities of one unit (see unit-algebra.ts; literals take the other side's
 * unit); nothing is divided by a literal zero; and when the study runs at cluster level, no
 * value (or `given` index) uses a variable with `aggregate none` while some unit cluster has
 * more than one region. Records each indicator's unit.
 *
 * Codes: E0102/E0103 (variable), E0501 (unit mismatch), E0502 (non-aggregable variable at
 * cluster level), E0503 (division by zero).
 */
import type { ExprAst, Ident } from "../ast.js";
import { exprText } from "../lower/expr-text.js";
import { divisionByZero, notAggregable, unitMismatch } from "../messages.js";
import { type CheckContext, expectKind } from "./context.js";
import { allIndicators, allNodes } from "./tree.js";
import {
  declaredUnit,
  divide,
  LITERAL,
  multiply,
  sameUnit,
  UNKNOWN,
  type UnitExpr,
  unitText,
} from "./unit-algebra.js";

export function checkExpressions(ctx: CheckContext): void {
  for (const ind of allIndicators(ctx.ast.items)) {
    if (!ind.value) continue;
    const vars: Ident[] = [];
    const unit = unitOf(ctx, ind.value, vars);
    ctx.tables.exprUnit.set(ind, unit);
    checkAggregable(ctx, vars);
  }
  for (const node of allNodes(ctx.ast.items)) {
    if (node.given && ctx.symbols.get(node.given.name)?.kind === "variable")
      checkAggregable(ctx, [node.given]);
  }
}

function unitOf(ctx: CheckContext, e: ExprAst, vars: Ident[]): UnitExpr {
  switch (e.kind) {
    case "var": {
      const sym = ctx.resolve(e.name, expectKind("variable"));
      if (sym?.kind !== "variable") return UNKNOWN;
      vars.push(e.name);
      return sym.decl.unit ? declaredUnit(sym.decl.unit.value) : UNKNOWN;
    }
    case "num":
      return LITERAL;
    case "neg":
      return unitOf(ctx, e.operand, vars);
    case "binary": {
      const l = unitOf(ctx, e.left, vars);
      const r = unitOf(ctx, e.right, vars);
      if (e.op === "*") return multiply(l, r);
      if (e.op === "/") {
        if (e.right.kind === "num" && e.right.value.value === 0)
          ctx.report(divisionByZero(e.range));
        return divide(l, r);
      }
      if (l.kind === "unknown" || r.kind === "unknown") return UNKNOWN;
      if (l.kind === "literal") return r;
      if (r.kind === "literal" || sameUnit(l, r)) return l;
      ctx.report(
        unitMismatch(e.range, e.op, exprText(e.left), unitText(l), exprText(e.right), unitText(r)),
      );
      return UNKNOWN;
    }
    default: {
      const never: never = e;
      return never;
    }
  }
}

/** E0502 once per variable of this indicator (or given node). */
function checkAggregable(ctx: CheckContext, vars: readonly Ident[]): void {
  const units = ctx.tables.units;
  if (units?.level !== "cluster") return;
  const big = units.list.find((c) => c.members.length > 1);
  if (!big) return;
  const done = new Set<string>();
  for (const v of vars) {
    if (done.has(v.name)) continue;
    done.add(v.name);
    const sym = ctx.symbols.get(v.name);
    if (sym?.kind === "variable" && sym.decl.aggregate?.method.name === "none") {
      ctx.report(notAggregable(v, big.name.name, big.members.length, sym.name.range));
    }
  }
}
