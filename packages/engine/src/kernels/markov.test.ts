import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inputs, python, r } from "./fixtures/reference.js";
import { markovChain, quantileClasses } from "./markov.js";

const i32 = (xs: number[]) => new Int32Array(xs);
const f64 = (xs: number[]) => new Float64Array(xs);

describe("markovChain", () => {
  it("by hand: two units over three years", () => {
    // Unit 0: 0 → 1 → 1; unit 1: 1 → 0 → 1. Transitions 0→1 (twice), 1→1, 1→0.
    // Row 0: (0, 1); row 1: (½, ½). π = πP: π₀ = ½π₁, π₀ + π₁ = 1 → π = (⅓, ⅔).
    const res = markovChain(i32([0, 1, 1, 1, 0, 1]), 2, 3, 2, 1);
    expect(Array.from(res.counts)).toEqual([0, 2, 1, 1]);
    expect(Array.from(res.matrix)).toEqual([0, 1, 0.5, 0.5]);
    expect(res.steadyState![0]).toBeCloseTo(1 / 3, 15);
    expect(res.steadyState![1]).toBeCloseTo(2 / 3, 15);
  });

  for (const step of [1, 2]) {
    it(`step ${step}: equals base R (table, eigen) and NumPy`, () => {
      const { states, units, years, k } = inputs.markov;
      const res = markovChain(i32(states), units, years, k, step);
      expect(Array.from(res.counts)).toEqual(r[`markov.step${step}.counts`]);
      expect(Array.from(res.counts)).toEqual(python.markov[`step${step}`].counts);
      r[`markov.step${step}.matrix`]!.forEach((v, i) => {
        expect(res.matrix[i]).toBeCloseTo(v, 15);
      });
      r[`markov.step${step}.steady`]!.forEach((v, i) => {
        expect(res.steadyState![i]).toBeCloseTo(v, 13);
      });
    });
  }

  it("declared rules: unseen states π = 0, never-left states absorbing, several closed classes → null", () => {
    // Both units 0 → 0 → 2 (k = 4): states 1 and 3 occur nowhere; state 2 occurs only in the
    // last year, never left (a row of zeros), so it is absorbing and takes all the mass.
    const res = markovChain(i32([0, 0, 2, 0, 0, 2]), 2, 3, 4, 1);
    expect(res.unobserved).toEqual([1, 2, 3]);
    expect(res.absorbing).toEqual([2]);
    expect(Array.from(res.steadyState!)).toEqual([0, 0, 1, 0]);
    // Two units that never move, in different states: two closed classes.
    const split = markovChain(i32([0, 0, 1, 1]), 2, 2, 2, 1);
    expect(split.steadyState).toBeNull();
    expect(split.steadyStateNote).toMatch(/2 closed classes/);
  });

  it("property: every observed row sums to 1 and π is a distribution with πP = π", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 2, max: 8 }),
        fc.integer({ min: 2, max: 5 }),
        fc.infiniteStream(fc.nat()),
        (units, years, k, stream) => {
          const it = stream[Symbol.iterator]();
          const states = i32(Array.from({ length: units * years }, () => it.next().value % k));
          const res = markovChain(states, units, years, k, 1);
          for (let i = 0; i < k; i++) {
            let row = 0;
            for (let j = 0; j < k; j++) row += res.matrix[i * k + j]!;
            if (res.unobserved.includes(i)) expect(row).toBe(0);
            else expect(row).toBeCloseTo(1, 14);
          }
          if (res.steadyState) {
            expect(res.steadyState.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
            for (let j = 0; j < k; j++) {
              if (res.unobserved.includes(j)) continue;
              let pj = 0;
              for (let i = 0; i < k; i++) {
                const pij = res.absorbing.includes(i) ? (i === j ? 1 : 0) : res.matrix[i * k + j]!;
                pj += res.steadyState[i]! * pij;
              }
              expect(pj).toBeCloseTo(res.steadyState[j]!, 10);
            }
          }
        },
      ),
    );
  });
});

describe("quantileClasses", () => {
  it("equals NumPy's type-7 cut points with mapclassify's rule, pooled and per year", () => {
    const { values, units, years } = inputs.convergence;
    const v = f64(values);
    expect(Array.from(quantileClasses(v, v, 4))).toEqual(python.quantiles_pooled);
    const perYear: number[] = [];
    for (let u = 0; u < units; u++) {
      for (let t = 0; t < years; t++) {
        const col = f64(Array.from({ length: units }, (_, w) => values[w * years + t]));
        perYear.push(quantileClasses(f64([values[u * years + t]]), col, 4)[0]!);
      }
    }
    expect(perYear).toEqual(python.quantiles_per_year);
  });

  it("by hand: (1, 2, 3, 4) in two classes: cut 2.5", () => {
    expect(Array.from(quantileClasses(f64([1, 2, 3, 4, 2.5]), f64([1, 2, 3, 4]), 2))).toEqual([
      0, 0, 1, 1, 0,
    ]);
  });
});
