import { describe, expect, test } from "vitest";
import { choose, combinationCount, countText, enumerate, kCombinations } from "./combinations.js";

describe("combinations", () => {
  test("pairs in lexicographic order of position", () => {
    expect(enumerate("pairs", ["a", "b", "c"])).toEqual([
      ["a", "b"],
      ["a", "c"],
      ["b", "c"],
    ]);
  });
  test("triples of four", () => {
    expect(enumerate("triples", ["a", "b", "c", "d"])).toEqual([
      ["a", "b", "c"],
      ["a", "b", "d"],
      ["a", "c", "d"],
      ["b", "c", "d"],
    ]);
  });
  test("all: the one combination of every unit in the pool", () => {
    expect(enumerate("all", ["a", "b", "c"])).toEqual([["a", "b", "c"]]);
    expect(enumerate("all", ["a"])).toEqual([]);
  });
  test("counts agree with enumeration", () => {
    for (let n = 0; n <= 8; n++) {
      for (const mode of ["pairs", "triples", "all"] as const) {
        expect(
          enumerate(
            mode,
            Array.from({ length: n }, (_, i) => i),
          ).length,
        ).toBe(combinationCount(mode, n));
      }
    }
  });
  test("binomials", () => {
    // 448 choose 2 = 448·447/2 = 100,128 (just over the limit); 447 choose 2 = 99,681.
    expect(choose(448, 2)).toBe(100128);
    expect(choose(447, 2)).toBe(99681);
    expect(choose(3, 5)).toBe(0);
  });
  test("k larger than the pool yields nothing", () => {
    expect([...kCombinations(["a"], 2)]).toEqual([]);
  });
  test("count text", () => {
    expect(countText(131054)).toBe("131,054");
    expect(countText(2 ** 80)).toMatch(/^about 1\.21e\+24$/);
  });
});
