import type { Expr, Indicator } from "@ccdc/plan";
import { describe, expect, it } from "vitest";
import { evaluateIndicator } from "./expr.js";

const v = (variable: string): Expr => ({ kind: "var", variable });
const num = (value: number): Expr => ({ kind: "num", value });
const bin = (op: "+" | "-" | "*" | "/", left: Expr, right: Expr): Expr => ({
  kind: "binary",
  op,
  left,
  right,
});

function indicator(expr: Expr, exprText = "…"): Indicator {
  return {
    id: "ind",
    labels: { en: "Ind" },
    parent: "root",
    direction: "+",
    unit: "",
    expr,
    exprText,
  };
}

// Two units × two years: cells [u1 2020, u1 2021, u2 2020, u2 2021].
const units = ["u1", "u2"];
const years = [2020, 2021];
const columns = new Map([
  ["cable", Float64Array.from([100, 200, 300, 400])],
  ["area", Float64Array.from([2, 4, 5, 8])],
  ["zero", Float64Array.from([1, 0, 0, 1])],
]);

describe("evaluateIndicator", () => {
  it("evaluates var, num, neg and binary operators per cell", () => {
    // cable / (area * 10) + (-(1)) → [100/20 − 1, 200/40 − 1, 300/50 − 1, 400/80 − 1] = [4, 4, 5, 4].
    const e = bin("+", bin("/", v("cable"), bin("*", v("area"), num(10))), {
      kind: "neg",
      operand: num(1),
    });
    const r = evaluateIndicator(indicator(e), 0, columns, units, years);
    expect(r.error).toBeUndefined();
    expect(Array.from(r.values)).toEqual([4, 4, 5, 4]);
    // 10 − area → [8, 6, 5, 2]; area − 1 → [1, 3, 4, 7].
    expect(
      Array.from(
        evaluateIndicator(indicator(bin("-", num(10), v("area"))), 0, columns, units, years).values,
      ),
    ).toEqual([8, 6, 5, 2]);
    expect(
      Array.from(
        evaluateIndicator(indicator(bin("-", v("area"), num(1))), 0, columns, units, years).values,
      ),
    ).toEqual([1, 3, 4, 7]);
  });

  it("copies a bare variable rather than aliasing the unit column", () => {
    const r = evaluateIndicator(indicator(v("area")), 0, columns, units, years);
    r.values[0] = 99;
    expect(columns.get("area")![0]).toBe(2);
  });

  it("a constant expression fills every cell", () => {
    expect(
      Array.from(
        evaluateIndicator(indicator(bin("*", num(2), num(3))), 0, columns, units, years).values,
      ),
    ).toEqual([6, 6, 6, 6]);
  });

  it("reports a zero denominator naming indicator, units and years (D0303)", () => {
    const r = evaluateIndicator(
      indicator(bin("/", v("cable"), v("zero")), "cable / zero"),
      3,
      columns,
      units,
      years,
    );
    expect(r.error).toMatchObject({
      severity: "error",
      code: "D0303",
      pointer: "/indicators/3",
      message: 'indicator "ind" (cable / zero) has a zero denominator at 2021 for u1; 2020 for u2',
    });
  });

  it("reports a non-finite result from overflow (D0303)", () => {
    const r = evaluateIndicator(
      indicator(bin("*", v("cable"), num(1e307))),
      0,
      columns,
      units,
      years,
    );
    expect(r.error?.message).toBe(
      'indicator "ind" (…) has a non-finite value at 2020–2021 for u1, u2',
    );
  });
});
