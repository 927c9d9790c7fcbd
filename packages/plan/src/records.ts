/**
 * Id-keyed records. A study's names are data: a region, node or indicator may be called
 * `__proto__`, `constructor` or `toString`. On an ordinary object literal, assigning
 * `o["__proto__"]` replaces the prototype instead of adding a key, and reading
 * `o["constructor"]` finds `Object` even when no such key was set. Every record keyed by a
 * name is therefore built without a prototype, and read with `own`.
 */

/** An empty record with no prototype: every string, `__proto__` included, is an ordinary key. */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A prototype-free record of `entries` (later entries win, as with `Object.fromEntries`). */
export function recordFrom<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const out = emptyRecord<T>();
  for (const [k, v] of entries) out[k] = v;
  return out;
}

/** `record[key]` if `key` is the record's own key, else undefined (never an inherited member). */
export function own<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
