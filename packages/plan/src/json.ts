/**
 * Deterministic JSON: object keys sorted, 2-space indent, trailing newline. Used for every
 * JSON file ccdc writes (plans, results) so that the same input gives byte-identical output.
 */
export function stableStringify(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    // Prototype-free, so that a key named "__proto__" is kept as a key (records.ts).
    const out: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}
