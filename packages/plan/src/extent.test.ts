import { describe, expect, test } from "vitest";
import { maxOf, minOf } from "./extent.js";

// Past V8's limit on a call's arguments (about 100,000 to 120,000 depending on the stack).
const MANY = 250_000;

describe("minOf and maxOf", () => {
  test("as Math.min and Math.max on small lists, empty and NaN included", () => {
    for (const xs of [[3, -1, 2], [5], [], [1, Number.NaN, 2]]) {
      expect(minOf(xs)).toBe(Math.min(...xs));
      expect(maxOf(xs)).toBe(Math.max(...xs));
    }
  });

  test(`on ${MANY.toLocaleString("en")} numbers, where the spread throws`, () => {
    const xs = Float64Array.from({ length: MANY }, (_, i) => (i === 7 ? -3 : i));
    expect(() => Math.max(...xs)).toThrow(RangeError);
    expect(maxOf(xs)).toBe(MANY - 1);
    expect(minOf(xs)).toBe(-3);
  });
});
