import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dagumGini } from "./dagum-gini.js";
import { inputs, r } from "./fixtures/reference.js";

const f64 = (xs: number[]) => new Float64Array(xs);
const i32 = (xs: number[]) => new Int32Array(xs);

describe("dagumGini", () => {
  it("matches a hand-derived two-group case", () => {
    // A = {1, 3}, B = {2, 6}; n = 4, μ = 3, μ_A = 2, μ_B = 4.
    // Unordered |differences|: 2, 1, 5, 1, 3, 4 → ordered sum 32; G = 32/(2·16·3) = 1/3.
    // G_AA = 2·2/(2·4·2) = 1/4; G_BB = 2·4/(2·4·4) = 1/4.
    // G_AB = (1 + 5 + 1 + 3)/(2·2·(2 + 4)) = 10/24 = 5/12.
    // B richer: d = (1 + 5 + 0 + 3)/4 = 9/4, p = (0 + 0 + 1 + 0)/4 = 1/4, D = 8/10 = 0.8.
    // p_A = p_B = 1/2, s_A = 1/3, s_B = 2/3: G_w = ¼·½·⅓ + ¼·½·⅔ = 1/8;
    // weight = ½·⅔ + ½·⅓ = ½; G_nb = 5/24·0.8 = 1/6; G_t = 5/24·0.2 = 1/24; sum = 1/3.
    const res = dagumGini(f64([1, 3, 2, 6]), i32([0, 0, 1, 1]), 2);
    expect(res.total).toBeCloseTo(1 / 3, 15);
    expect(Array.from(res.gini)).toEqual(
      [1 / 4, 5 / 12, 5 / 12, 1 / 4].map((v) => expect.closeTo(v, 15)),
    );
    expect(res.affluence[1]).toBeCloseTo(0.8, 15);
    expect(res.within).toBeCloseTo(1 / 8, 15);
    expect(res.netBetween).toBeCloseTo(1 / 6, 15);
    expect(res.transvariation).toBeCloseTo(1 / 24, 15);
    expect(res.shares!.within).toBeCloseTo(3 / 8, 15);
    expect(Array.from(res.order)).toEqual([1, 0]);
  });

  it("matches base R written from Dagum's definitions (make-reference.R)", () => {
    const { values, groups, k } = inputs.dagum;
    const res = dagumGini(f64(values), i32(groups), k);
    expect(res.total).toBeCloseTo(r["dagum.G"]![0]!, 14);
    r["dagum.Gjh"]!.forEach((v, i) => {
      expect(res.gini[i]).toBeCloseTo(v, 14);
    });
    r["dagum.Djh"]!.forEach((v, i) => {
      expect(res.affluence[i]).toBeCloseTo(v, 14);
    });
    expect(res.within).toBeCloseTo(r["dagum.Gw"]![0]!, 14);
    expect(res.netBetween).toBeCloseTo(r["dagum.Gnb"]![0]!, 14);
    expect(res.transvariation).toBeCloseTo(r["dagum.Gt"]![0]!, 14);
  });

  it("declared degenerate results: all zero, all equal, a group of one", () => {
    const zero = dagumGini(f64([0, 0, 0]), i32([0, 1, 1]), 2);
    expect([zero.total, zero.within, zero.netBetween, zero.transvariation]).toEqual([0, 0, 0, 0]);
    expect(zero.shares).toBeNull();
    const equal = dagumGini(f64([0.4, 0.4, 0.4, 0.4]), i32([0, 1, 1, 1]), 2);
    expect(equal.total).toBe(0);
    expect(equal.shares).toBeNull();
    expect(Array.from(equal.affluence)).toEqual([0, 0, 0, 0]);
    // Group 0 has one value: G_00 = 0.
    const one = dagumGini(f64([0.9, 0.2, 0.4]), i32([0, 1, 1]), 2);
    expect(one.gini[0]).toBe(0);
    expect(one.within + one.netBetween + one.transvariation).toBeCloseTo(one.total, 15);
  });

  it("rejects negative values and empty groups", () => {
    expect(() => dagumGini(f64([-1, 1]), i32([0, 1]), 2)).toThrow(RangeError);
    expect(() => dagumGini(f64([1, 1]), i32([0, 0]), 2)).toThrow(/group 1 is empty/);
  });

  it("property: G = G_w + G_nb + G_t, every term ≥ 0, D ∈ [0, 1]", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 40 }),
        (values) => {
          const groups = values.map((_, i) => i % 4);
          const res = dagumGini(f64(values), i32(groups), 4);
          const sum = res.within + res.netBetween + res.transvariation;
          expect(Math.abs(res.total - sum)).toBeLessThanOrEqual(1e-12);
          expect(res.within).toBeGreaterThanOrEqual(0);
          expect(res.netBetween).toBeGreaterThanOrEqual(0);
          expect(res.transvariation).toBeGreaterThanOrEqual(0);
          for (const d of res.affluence) expect(d >= 0 && d <= 1).toBe(true);
        },
      ),
    );
  });

  it("property: G is invariant to scaling the values", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 3, maxLength: 30 }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (values, c) => {
          const groups = values.map((_, i) => i % 3);
          const a = dagumGini(f64(values), i32(groups), 3);
          const b = dagumGini(f64(values.map((v) => v * c)), i32(groups), 3);
          expect(b.total).toBeCloseTo(a.total, 12);
          expect(b.within).toBeCloseTo(a.within, 12);
          expect(b.netBetween).toBeCloseTo(a.netBetween, 12);
        },
      ),
    );
  });
});

/** dagum-check.csv, written by fixtures/make-dagum-check.R (laeken::gini; Dagum's integral definitions). */
const check: Record<string, number[]> = Object.fromEntries(
  readFileSync(new URL("./fixtures/dagum-check.csv", import.meta.url), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => {
      const comma = line.indexOf(",");
      return [
        line.slice(0, comma),
        line
          .slice(comma + 1)
          .trim()
          .split(/\s+/)
          .map(Number),
      ];
    }),
);

describe("dagumGini against R's laeken::gini and Dagum's integral definitions (make-dagum-check.R)", () => {
  const cases: [string, number[], number[], number][] = [
    ["random", inputs.dagum.values, inputs.dagum.groups, inputs.dagum.k],
    // Ties across groups, a group of one (0.9), overlapping ranges.
    ["ties", [0.2, 0.4, 0.4, 0.9, 0.4, 0.6, 0.2, 0.7], [0, 0, 0, 1, 2, 2, 2, 2], 3],
  ];
  for (const [name, values, groups, k] of cases) {
    it(`${name}: G and every G_jj as laeken; G_jh, D_jh and the three terms from ∫ F`, () => {
      const res = dagumGini(f64(values), i32(groups), k);
      expect(res.total).toBeCloseTo(check[`${name}.G`]![0]!, 14);
      check[`${name}.Gjj`]!.forEach((v, j) => {
        expect(res.gini[j * k + j]).toBeCloseTo(v, 14);
      });
      check[`${name}.Gjh`]!.forEach((v, i) => {
        if (i % (k + 1) !== 0) expect(res.gini[i]).toBeCloseTo(v, 14);
      });
      check[`${name}.Djh`]!.forEach((v, i) => {
        expect(res.affluence[i]).toBeCloseTo(v, 14);
      });
      expect(res.within).toBeCloseTo(check[`${name}.Gw`]![0]!, 14);
      expect(res.netBetween).toBeCloseTo(check[`${name}.Gnb`]![0]!, 14);
      expect(res.transvariation).toBeCloseTo(check[`${name}.Gt`]![0]!, 14);
    });
  }
});
