/**
 * Units of expressions, symbolically. A variable's unit is its declared unit string, taken as
 * one opaque factor ("万平方公里", "部/百人"); `*` and `/` multiply and divide factors, equal
 * factors cancel, and the result prints as "公里/万平方公里". The declared unit "1" means
 * dimensionless. A literal number has no unit of its own: it scales under `*` and `/`, and takes
 * the unit of the other side under `+` and `-` (so `100 - share` is in the share's unit).
 */

/** "unknown": not computable (an error was already reported); "literal": a pure number. */
export type UnitExpr =
  | { readonly kind: "unknown" }
  | { readonly kind: "literal" }
  | { readonly kind: "unit"; readonly factors: readonly (readonly [string, number])[] };

export const UNKNOWN: UnitExpr = { kind: "unknown" };
export const LITERAL: UnitExpr = { kind: "literal" };

export function declaredUnit(unit: string): UnitExpr {
  const u = unit.trim();
  return { kind: "unit", factors: u === "1" || u === "" ? [] : [[u, 1]] };
}

function combine(a: UnitExpr, b: UnitExpr, sign: 1 | -1): UnitExpr {
  if (a.kind === "unknown" || b.kind === "unknown") return UNKNOWN;
  if (a.kind === "literal" && b.kind === "literal") return LITERAL;
  const out = new Map<string, number>(a.kind === "unit" ? a.factors : []);
  for (const [f, e] of b.kind === "unit" ? b.factors : []) out.set(f, (out.get(f) ?? 0) + sign * e);
  return { kind: "unit", factors: [...out].filter(([, e]) => e !== 0) };
}

export const multiply = (a: UnitExpr, b: UnitExpr) => combine(a, b, 1);
export const divide = (a: UnitExpr, b: UnitExpr) => combine(a, b, -1);

/** True if two units are the same quantity (factor order does not matter). */
export function sameUnit(a: UnitExpr, b: UnitExpr): boolean {
  if (a.kind !== "unit" || b.kind !== "unit") return a.kind === b.kind;
  const key = (u: typeof a) =>
    JSON.stringify([...u.factors].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  return key(a) === key(b);
}

/** "公里/万平方公里", "(部/百人)·万人", "1/万人", "1" (dimensionless). */
export function unitText(u: UnitExpr): string {
  if (u.kind !== "unit") return "1";
  const part = (f: string, power: number) => {
    const base = /[\s/·*^()]/.test(f) ? `(${f})` : f;
    return power === 1 ? base : `${base}^${power}`;
  };
  const num = u.factors.filter(([, e]) => e > 0).map(([f, e]) => part(f, e));
  const den = u.factors.filter(([, e]) => e < 0).map(([f, e]) => part(f, -e));
  const top = num.length === 0 ? "1" : num.join("·");
  if (den.length === 0) return top;
  return `${top}/${den.length === 1 ? den[0] : `(${den.join("·")})`}`;
}
