/**
 * Prints an expression canonically: single spaces around binary operators, literals as written,
 * and only the parentheses the tree needs (operators are left-associative, `*`/`/` bind tighter
 * than `+`/`-`, unary minus tightest), so reparsing the text gives the same tree.
 */
import type { ExprAst } from "../ast.js";

const PREC = { "+": 1, "-": 1, "*": 2, "/": 2 } as const;

function prec(e: ExprAst): number {
  return e.kind === "binary" ? PREC[e.op] : 3;
}

export function exprText(e: ExprAst): string {
  switch (e.kind) {
    case "var":
      return e.name.name;
    case "num":
      return e.value.text;
    case "neg": {
      const inner = exprText(e.operand);
      return e.operand.kind === "binary" || e.operand.kind === "neg" ? `-(${inner})` : `-${inner}`;
    }
    case "binary": {
      const p = PREC[e.op];
      const left = prec(e.left) < p ? `(${exprText(e.left)})` : exprText(e.left);
      const right = prec(e.right) <= p ? `(${exprText(e.right)})` : exprText(e.right);
      return `${left} ${e.op} ${right}`;
    }
    default: {
      const never: never = e;
      return never;
    }
  }
}
