/**
 * Evaluation of indicator expressions (`plan.indicators[].expr`: var, num, neg, binary
 * + − × ÷) over whole unit columns at once: each operation is one loop over `units × years`
 * (a constant stays a scalar), so evaluation costs a few array passes per indicator.
 *
 * A zero denominator or any non-finite result stops the run: D0303 names the indicator and
 * every unit and year concerned (pointer "/indicators/i").
 */
import type { Expr, Indicator } from "@ccdc/plan";
import type { UnitColumns } from "./aggregate.js";
import { type EngineIssue, formatCellsOfVariable, pointer } from "./issues.js";
import * as msg from "./messages/index.js";

type Value = number | Float64Array;

export interface EvalOutcome {
  values: Float64Array;
  error?: EngineIssue;
}

/**
 * Evaluates one indicator per unit-year. `unitIds` and `years` only name cells in the issue.
 *
 * A bare variable evaluates to the variable's own column, which is copied unless
 * `shareBareVariable` is set (the caller then promises never to write to the values).
 */
export function evaluateIndicator(
  indicator: Indicator,
  indicatorIndex: number,
  columns: UnitColumns,
  unitIds: readonly string[],
  years: readonly number[],
  shareBareVariable = false,
): EvalOutcome {
  const n = unitIds.length * years.length;
  // Cells divided by 0 are marked only if the expression divides at all.
  const zeroDivision = divides(indicator.expr) ? new Uint8Array(n) : undefined;
  const result = evaluate(indicator.expr, columns, n, zeroDivision);
  const values =
    typeof result === "number"
      ? new Float64Array(n).fill(result)
      : indicator.expr.kind === "var" && !shareBareVariable
        ? result.slice()
        : result;
  if (zeroDivision === undefined && allFinite(values)) return { values };
  const zero: { region: string; year: number }[] = [];
  const other: { region: string; year: number }[] = [];
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    // v − v is 0 for every finite v and NaN for NaN and ±∞.
    if (v - v === 0 && (zeroDivision === undefined || zeroDivision[i] === 0)) continue;
    if (zeroDivision !== undefined && zeroDivision[i] === 1) zero.push(cellName(i, unitIds, years));
    else if (!Number.isFinite(v)) other.push(cellName(i, unitIds, years));
  }
  if (zero.length === 0 && other.length === 0) return { values };
  return {
    values,
    error: msg.indicatorNotFinite(
      indicator.id,
      indicator.exprText,
      zero.length > 0 ? formatCellsOfVariable(zero) : undefined,
      other.length > 0 ? formatCellsOfVariable(other) : undefined,
      pointer("indicators", indicatorIndex),
    ),
  };
}

/** True when every value is finite: the common case, one tight pass with no bookkeeping. */
function allFinite(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    // v − v is 0 for every finite v and NaN for NaN and ±∞.
    if (v - v !== 0) return false;
  }
  return true;
}

function cellName(
  i: number,
  unitIds: readonly string[],
  years: readonly number[],
): { region: string; year: number } {
  const nYears = years.length;
  return { region: unitIds[Math.floor(i / nYears)]!, year: years[i % nYears]! };
}

/**
 * Evaluates an expression: a scalar or a column. A variable's column is returned as is (never
 * written to); every operation allocates its result. `zeroDivision` marks cells divided by 0.
 */
function evaluate(
  expr: Expr,
  columns: UnitColumns,
  n: number,
  zeroDivision: Uint8Array | undefined,
): Value {
  switch (expr.kind) {
    case "num":
      return expr.value;
    case "var": {
      const col = columns.get(expr.variable);
      if (!col) throw new Error(`internal: no unit column for variable "${expr.variable}"`);
      return col;
    }
    case "neg": {
      const v = evaluate(expr.operand, columns, n, zeroDivision);
      if (typeof v === "number") return -v;
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) out[i] = -v[i]!;
      return out;
    }
    case "binary": {
      const a = evaluate(expr.left, columns, n, zeroDivision);
      const b = evaluate(expr.right, columns, n, zeroDivision);
      if (expr.op === "/" && zeroDivision !== undefined) {
        if (typeof b === "number") {
          if (b === 0) zeroDivision.fill(1);
        } else {
          for (let i = 0; i < n; i++) if (b[i] === 0) zeroDivision[i] = 1;
        }
      }
      if (typeof a === "number" && typeof b === "number") return apply(expr.op, a, b);
      const out = new Float64Array(n);
      binary(expr.op, a, b, out);
      return out;
    }
  }
}

/** Whether an expression has a division anywhere. */
function divides(expr: Expr): boolean {
  switch (expr.kind) {
    case "num":
    case "var":
      return false;
    case "neg":
      return divides(expr.operand);
    case "binary":
      return expr.op === "/" || divides(expr.left) || divides(expr.right);
  }
}

function apply(op: "+" | "-" | "*" | "/", a: number, b: number): number {
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return a / b;
  }
}

/** out = a op b elementwise; one of a, b may be a scalar. One loop per operator, no dispatch inside. */
function binary(op: "+" | "-" | "*" | "/", a: Value, b: Value, out: Float64Array): void {
  const n = out.length;
  if (typeof a === "number") {
    const bb = b as Float64Array;
    if (op === "+") for (let i = 0; i < n; i++) out[i] = a + bb[i]!;
    else if (op === "-") for (let i = 0; i < n; i++) out[i] = a - bb[i]!;
    else if (op === "*") for (let i = 0; i < n; i++) out[i] = a * bb[i]!;
    else for (let i = 0; i < n; i++) out[i] = a / bb[i]!;
  } else if (typeof b === "number") {
    if (op === "+") for (let i = 0; i < n; i++) out[i] = a[i]! + b;
    else if (op === "-") for (let i = 0; i < n; i++) out[i] = a[i]! - b;
    else if (op === "*") for (let i = 0; i < n; i++) out[i] = a[i]! * b;
    else for (let i = 0; i < n; i++) out[i] = a[i]! / b;
  } else {
    if (op === "+") for (let i = 0; i < n; i++) out[i] = a[i]! + b[i]!;
    else if (op === "-") for (let i = 0; i < n; i++) out[i] = a[i]! - b[i]!;
    else if (op === "*") for (let i = 0; i < n; i++) out[i] = a[i]! * b[i]!;
    else for (let i = 0; i < n; i++) out[i] = a[i]! / b[i]!;
  }
}
