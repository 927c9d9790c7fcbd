import { describe, expect, test } from "vitest";
import type { ExprAst } from "../ast.js";
import type { Range } from "../diagnostic.js";
import { exprText } from "./expr-text.js";

const r: Range = {
  file: "t",
  start: { line: 1, column: 1, offset: 0 },
  end: { line: 1, column: 1, offset: 0 },
};
const v = (name: string): ExprAst => ({ kind: "var", name: { name, range: r }, range: r });
const n = (text: string): ExprAst => ({
  kind: "num",
  value: { value: Number(text), text, range: r },
  range: r,
});
const neg = (operand: ExprAst): ExprAst => ({ kind: "neg", operand, range: r });
const bin = (op: "+" | "-" | "*" | "/", left: ExprAst, right: ExprAst): ExprAst => ({
  kind: "binary",
  op,
  left,
  right,
  range: r,
});

describe("exprText", () => {
  test("keeps only the parentheses the tree needs", () => {
    expect(exprText(bin("/", v("a"), bin("*", v("b"), n("10000"))))).toBe("a / (b * 10000)");
    expect(exprText(bin("*", bin("/", v("a"), v("b")), n("100")))).toBe("a / b * 100");
    expect(exprText(bin("*", bin("+", v("a"), v("b")), v("c")))).toBe("(a + b) * c");
    expect(exprText(bin("+", v("a"), bin("*", v("b"), v("c"))))).toBe("a + b * c");
  });
  test("right operands of equal precedence keep parentheses (left associativity)", () => {
    expect(exprText(bin("-", v("a"), bin("-", v("b"), v("c"))))).toBe("a - (b - c)");
    expect(exprText(bin("+", v("a"), bin("+", v("b"), v("c"))))).toBe("a + (b + c)");
    expect(exprText(bin("-", bin("-", v("a"), v("b")), v("c")))).toBe("a - b - c");
  });
  test("unary minus", () => {
    expect(exprText(neg(v("a")))).toBe("-a");
    expect(exprText(neg(bin("+", v("a"), v("b"))))).toBe("-(a + b)");
    expect(exprText(neg(neg(v("a"))))).toBe("-(-a)");
    expect(exprText(bin("*", v("a"), neg(v("b"))))).toBe("a * -b");
  });
  test("literals as written", () => {
    expect(exprText(bin("*", v("a"), n("1e4")))).toBe("a * 1e4");
  });
});
