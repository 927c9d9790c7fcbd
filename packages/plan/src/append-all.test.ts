import { describe, expect, test } from "vitest";
import { appendAll } from "./append-all.js";

// Past V8's limit on a call's arguments (about 100,000 to 120,000 depending on the stack).
const MANY = 250_000;

describe("appendAll", () => {
  test("appends in order and returns the target", () => {
    const target = [1, 2];
    expect(appendAll(target, [3, 4])).toBe(target);
    expect(target).toEqual([1, 2, 3, 4]);
    expect(appendAll([] as string[], new Set(["a", "b"]))).toEqual(["a", "b"]);
  });

  test(`appends ${MANY.toLocaleString("en")} items, where push(...items) throws`, () => {
    const items = Array.from({ length: MANY }, (_, i) => i);
    expect(() => [].push(...(items as never[]))).toThrow(RangeError);
    const out = appendAll([-1], items);
    expect(out).toHaveLength(MANY + 1);
    expect(out[MANY]).toBe(MANY - 1);
  });
});
