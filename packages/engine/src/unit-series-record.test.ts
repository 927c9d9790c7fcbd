import { emptyRecord, own, stableJsonChunks, stableStringify } from "@ccdc/plan";
import { describe, expect, test } from "vitest";
import { unitKeys, unitSeriesRecord } from "./unit-series-record.js";

// Unit ids that an ordinary object would mishandle or reorder: integer-like ids (listed first,
// in numeric order, by V8), `__proto__`, `constructor`.
const ids = ["beijing", "110000", "__proto__", "constructor", "2", "toString"];
const nYears = 3;
// Unit u's value in year k: 10·u + k (unit-major column).
const col = Float64Array.from({ length: ids.length * nYears }, (_, i) =>
  i % nYears === 0 ? 10 * Math.floor(i / nYears) : 10 * Math.floor(i / nYears) + (i % nYears),
);

/** The plain record `toResult` used to build: unit id → its years' values. */
function eager(): Record<string, number[]> {
  const out = emptyRecord<number[]>();
  ids.forEach((id, u) => {
    out[id] = [10 * u, 10 * u + 1, 10 * u + 2];
  });
  return out;
}

describe("unitSeriesRecord", () => {
  const view = unitSeriesRecord(col, nYears, unitKeys(ids));

  test("has the plain record's keys, in its order, and its values", () => {
    const plain = eager();
    expect(Object.keys(view)).toEqual(Object.keys(plain));
    expect(Object.keys(view).slice(0, 2)).toEqual(["2", "110000"]);
    for (const id of ids) {
      expect(own(view, id)).toEqual(plain[id]);
      expect(id in view).toBe(true);
      expect(Object.hasOwn(view, id)).toBe(true);
    }
    const protoKey = "__proto__";
    expect(view[protoKey]).toEqual([20, 21, 22]);
    expect(own(view, "valueOf")).toBeUndefined();
    expect(own(view, "missing")).toBeUndefined();
    expect("missing" in view).toBe(false);
    expect(Object.getPrototypeOf(view)).toBe(null);
  });

  test("serialises as the plain record does", () => {
    expect(JSON.stringify(view)).toBe(JSON.stringify(eager()));
    expect(stableStringify({ v: view })).toBe(stableStringify({ v: eager() }));
    // The streamed writer orders the keys it is given (SORTED_KEYS) as it orders listed ones.
    expect([...stableJsonChunks({ v: view, w: [view] }, 5)].join("")).toBe(
      stableStringify({ v: eager(), w: [eager()] }),
    );
    expect(Object.entries(view)).toEqual(Object.entries(eager()));
    expect(view).toEqual(eager());
  });

  test("each read is a new array, and the view is read-only", () => {
    const a = own(view, "beijing")!;
    a[0] = 99;
    expect(own(view, "beijing")).toEqual([0, 1, 2]);
    expect(() => {
      (view as Record<string, number[]>).beijing = [1];
    }).toThrow(TypeError);
    expect(() => delete (view as Record<string, number[]>).beijing).toThrow(TypeError);
  });
});
