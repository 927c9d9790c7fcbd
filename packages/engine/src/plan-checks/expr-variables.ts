import type { Plan } from "@ccdc/plan";

/** Collects the variables an expression reads. */
export function exprVariables(
  expr: Plan["indicators"][number]["expr"],
  out: string[] = [],
): string[] {
  switch (expr.kind) {
    case "var":
      out.push(expr.variable);
      break;
    case "num":
      break;
    case "neg":
      exprVariables(expr.operand, out);
      break;
    case "binary":
      exprVariables(expr.left, out);
      exprVariables(expr.right, out);
      break;
  }
  return out;
}
