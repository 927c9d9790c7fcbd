/**
 * The JSON-shaped result's per-unit series (`unitId → values by year`) as views of the typed
 * result's unit-major columns, built on access instead of held: a 30,000-unit study with 40
 * indicators would otherwise hold 2.4 million small arrays (about 0.5 GB) beside the columns
 * that already hold the same numbers.
 *
 * A view behaves as the prototype-free record `toResult` used to build (records.ts): the same
 * keys in the same order (integer-like unit ids first, as V8 orders an object's keys),
 * `own`, `in`, `Object.keys`, `JSON.stringify` and a walk of it see the same values. Each read
 * returns a new `number[]`; the view is read-only (assigning or deleting a key throws). It
 * hands `stableJsonChunks` its sorted keys (SORTED_KEYS), shared by every view of a result.
 */

import { SORTED_KEYS } from "@ccdc/plan";

/** The unit ids of a result, in the order a record keyed by them lists them, and their rows. */
export interface UnitKeys {
  readonly order: readonly string[];
  /** `order` sorted (what `stableJsonChunks` writes from, via SORTED_KEYS). */
  readonly sorted: readonly string[];
  readonly row: ReadonlyMap<string, number>;
}

/** The keys of records built by inserting `unitIds` in order (row = position in `unitIds`). */
export function unitKeys(unitIds: readonly string[]): UnitKeys {
  const probe: Record<string, true> = Object.create(null);
  for (const id of unitIds) probe[id] = true;
  const order = Object.keys(probe);
  return { order, sorted: [...order].sort(), row: new Map(unitIds.map((id, u) => [id, u])) };
}

/**
 * A read-only record `unitId → col[u·nYears … u·nYears + nYears − 1]` (as a new number[] on
 * each read) over the unit-major column `col`. The column must not change afterwards.
 */
export function unitSeriesRecord(
  col: Float64Array,
  nYears: number,
  keys: UnitKeys,
): Record<string, number[]> {
  const series = (key: string | symbol): number[] | undefined => {
    const u = typeof key === "string" ? keys.row.get(key) : undefined;
    if (u === undefined) return undefined;
    const out = new Array<number>(nYears);
    for (let k = 0, at = u * nYears; k < nYears; k++) out[k] = col[at + k]!;
    return out;
  };
  const readOnly = (): boolean => false;
  return new Proxy(Object.create(null) as Record<string, number[]>, {
    get: (_t, key) => (key === SORTED_KEYS ? keys.sorted : series(key)),
    has: (_t, key) => typeof key === "string" && keys.row.has(key),
    ownKeys: () => [...keys.order],
    getOwnPropertyDescriptor: (_t, key) => {
      const value = series(key);
      return value === undefined
        ? undefined
        : { value, writable: true, enumerable: true, configurable: true };
    },
    set: readOnly,
    defineProperty: readOnly,
    deleteProperty: readOnly,
    setPrototypeOf: readOnly,
  });
}
