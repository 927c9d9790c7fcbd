/**
 * How deeply a plan nests (P0017), checked before anything else reads it. The schema check
 * (ajv), the semantic checks and the engine walk expressions recursively; a hand-written plan
 * with an expression nested 100,000 deep would overflow the stack in any of them. This walk
 * is iterative, so it cannot.
 */

/**
 * The deepest nesting of objects and arrays a plan may have. A compiled plan's deepest part is
 * an expression of at most 500 operators (E0009) inside at most 100 levels of brackets and
 * signs (E0007), about 610 levels under `/indicators/N/expr`; 1,000 leaves room for that and
 * stays far from the stack's limit.
 */
export const MAX_PLAN_DEPTH = 1000;

/** Where `json` first nests past `max` levels: the pointer of its top-level part, or undefined. */
export function tooDeep(json: unknown, max = MAX_PLAN_DEPTH): string | undefined {
  // Each frame: a value, its depth, and the pointer of its ancestor 3 levels down
  // (`/indicators/4/expr`), which names the part of the plan that is too deep.
  const stack: { value: unknown; depth: number; where: string }[] = [
    { value: json, depth: 0, where: "" },
  ];
  while (stack.length > 0) {
    const { value, depth, where } = stack.pop()!;
    if (typeof value !== "object" || value === null) continue;
    if (depth >= max) return where === "" ? "/" : where;
    const entries = Array.isArray(value)
      ? value.map((v, i) => [String(i), v] as const)
      : Object.entries(value);
    for (const [key, v] of entries) {
      const child = depth < 3 ? `${where}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}` : where;
      stack.push({ value: v, depth: depth + 1, where: child });
    }
  }
  return undefined;
}
