import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markovChain } from "./markov.js";
import { spatialMarkovChains } from "./spatial-markov.js";

const i32 = (xs: number[]) => new Int32Array(xs);

describe("spatialMarkovChains", () => {
  it("by hand: three units, three years, two states", () => {
    // states (unit-major): A 0 0 1, B 0 1 1, C 1 1 1; lag classes at the start of each
    // transition: A 1 0, B 0 1, C (no neighbour) −1 0 (the last year's class is never used).
    // Transitions: A 0→0 | lag 1, A 0→1 | 0, B 0→1 | 0, B 1→1 | 1, C skipped, C 1→1 | 0.
    // Class 0: n = [[0, 2], [0, 1]] → P = [[0, 1], [0, 1]]: state 1 is the only closed class,
    //   π = (0, 1).
    // Class 1: n = [[1, 0], [0, 1]] → P = I: two closed classes, no unique steady state.
    const [c0, c1] = spatialMarkovChains(
      i32([0, 0, 1, 0, 1, 1, 1, 1, 1]),
      i32([1, 0, 0, 0, 1, 0, -1, 0, 0]),
      3,
      3,
      2,
      1,
    );
    expect(Array.from(c0!.counts)).toEqual([0, 2, 0, 1]);
    expect(Array.from(c0!.matrix)).toEqual([0, 1, 0, 1]);
    expect(Array.from(c0!.steadyState!)).toEqual([0, 1]);
    expect(Array.from(c1!.counts)).toEqual([1, 0, 0, 1]);
    expect(Array.from(c1!.matrix)).toEqual([1, 0, 0, 1]);
    expect(c1!.steadyState).toBeNull();
    expect(c1!.steadyStateNote).toMatch(/2 closed classes/);
  });

  it("a lag class with no transition: a matrix of 0 and no steady state, with the reason", () => {
    const [, c1] = spatialMarkovChains(i32([0, 1, 1, 0]), i32([0, 0, 0, 0]), 2, 2, 2, 1);
    expect(Array.from(c1!.counts)).toEqual([0, 0, 0, 0]);
    expect(Array.from(c1!.matrix)).toEqual([0, 0, 0, 0]);
    expect(c1!.unobserved).toEqual([0, 1]);
    expect(c1!.steadyState).toBeNull();
    expect(c1!.steadyStateNote).toMatch(/no transition/);
  });

  it("rejects states or lag classes out of range", () => {
    expect(() => spatialMarkovChains(i32([0, 2]), i32([0, 0]), 1, 2, 2, 1)).toThrow(RangeError);
    expect(() => spatialMarkovChains(i32([0, 1]), i32([-2, 0]), 1, 2, 2, 1)).toThrow(RangeError);
  });

  it("property: the conditional counts sum to the aspatial counts; every observed row sums to 1", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (units, years, k, seed) => {
          let x = seed;
          const next = (m: number) => {
            x = (Math.imul(x, 1103515245) + 12345) >>> 0;
            return x % m;
          };
          const states = Int32Array.from({ length: units * years }, () => next(k));
          const lags = Int32Array.from({ length: units * years }, () => next(k));
          const chains = spatialMarkovChains(states, lags, units, years, k, 1);
          const all = markovChain(states, units, years, k, 1);
          for (let i = 0; i < k * k; i++)
            expect(chains.reduce((s, c) => s + c.counts[i]!, 0)).toBe(all.counts[i]);
          for (const c of chains)
            for (let i = 0; i < k; i++) {
              if (c.unobserved.includes(i)) continue;
              let row = 0;
              for (let j = 0; j < k; j++) row += c.matrix[i * k + j]!;
              expect(row).toBeCloseTo(1, 12);
            }
        },
      ),
    );
  });
});
