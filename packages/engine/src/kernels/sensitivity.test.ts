import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstOrderShare } from "./first-order.js";
import { kendallTauB } from "./kendall.js";
import { median, quantileType7 } from "./quantile.js";
import { ranksDescending } from "./ranks.js";

// Reference values from SciPy/NumPy: test/fixtures/sensitivity/make-fixtures.py.
const fixture = JSON.parse(
  readFileSync(
    new URL("../../../../test/fixtures/sensitivity/sensitivity.json", import.meta.url),
    "utf8",
  ),
) as {
  cases: {
    x: number[];
    y: number[];
    tauB: number | null;
    ranksX: number[];
    quantiles: Record<string, number>;
  }[];
  grid: { levels: number[]; runs: number[][]; y: number[]; shares: number[] };
};

describe("ranksDescending", () => {
  it("ranks the largest first and averages ties (by hand)", () => {
    // 0.3 largest → 1; the two 0.2 share ranks 2 and 3 → 2.5; 0.1 → 4.
    expect(Array.from(ranksDescending([0.2, 0.3, 0.1, 0.2]))).toEqual([2.5, 1, 4, 2.5]);
  });
  it("matches SciPy's rankdata(-x, 'average')", () => {
    for (const c of fixture.cases) expect(Array.from(ranksDescending(c.x))).toEqual(c.ranksX);
  });
});

describe("kendallTauB", () => {
  it("by hand: one swapped pair of four", () => {
    // (1,2,3,4) vs (1,3,2,4): 6 pairs, 5 concordant, 1 discordant, no ties → 4/6.
    expect(kendallTauB([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(2 / 3, 15);
  });
  it("by hand: with ties", () => {
    // x = (1,1,2), y = (1,2,3): pairs (0,1) tied in x; (0,2), (1,2) concordant.
    // n0 = 3, n1 = 1, n2 = 0 → (2 − 0)/sqrt(2·3) = 0.816496…
    expect(kendallTauB([1, 1, 2], [1, 2, 3])).toBeCloseTo(2 / Math.sqrt(6), 15);
  });
  it("is null for a constant sample (declared rule, not NaN)", () => {
    expect(kendallTauB([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(kendallTauB([1], [1])).toBeNull();
  });
  it("matches SciPy's kendalltau(variant='b')", () => {
    for (const c of fixture.cases) {
      const t = kendallTauB(c.x, c.y);
      if (c.tauB === null) expect(t).toBeNull();
      else expect(t).toBeCloseTo(c.tauB, 12);
    }
  });
  it("property: τ(x, x) = 1 for distinct x, τ(x, −x) = −1, symmetric", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 30 }),
        (x) => {
          expect(kendallTauB(x, x)).toBe(1);
          expect(
            kendallTauB(
              x,
              x.map((v) => -v),
            ),
          ).toBe(-1);
          const y = x.map((v, i) => (v * 7 + i * 13) % 11);
          expect(kendallTauB(x, y)).toBe(kendallTauB(y, x));
        },
      ),
    );
  });
});

describe("quantileType7", () => {
  it("by hand", () => {
    // (1, 2, 4, 8): h = 3·0.5 = 1.5 → 2 + 0.5·(4 − 2) = 3; p = 0.05 → h = 0.15 → 1.15.
    expect(median([1, 2, 4, 8])).toBe(3);
    expect(quantileType7([1, 2, 4, 8], 0.05)).toBeCloseTo(1.15, 15);
    expect(quantileType7([5], 0.95)).toBe(5);
  });
  it("matches NumPy's percentile(method='linear')", () => {
    for (const c of fixture.cases) {
      const sorted = [...c.y].sort((a, b) => a - b);
      for (const [p, q] of Object.entries(c.quantiles)) {
        expect(quantileType7(sorted, Number(p))).toBeCloseTo(q, 12);
      }
    }
  });
});

describe("firstOrderShare", () => {
  it("by hand: Y = a on a 2 × 2 grid, b has no effect", () => {
    // Runs (a, b): (0,0), (0,1), (1,0), (1,1); Y = 0, 0, 1, 1. Var Y = 0.25.
    // E[Y|a] = (0, 1): variance 0.25 → S_a = 1. E[Y|b] = (0.5, 0.5) → S_b = 0.
    const y = [0, 0, 1, 1];
    expect(firstOrderShare(y, [0, 0, 1, 1], 2)).toBe(1);
    expect(firstOrderShare(y, [0, 1, 0, 1], 2)).toBe(0);
  });
  it("by hand: Y = a + 2b", () => {
    // Y = 0, 2, 1, 3; mean 1.5; Var = (2.25 + 0.25 + 0.25 + 2.25)/4 = 1.25.
    // E[Y|a] = (1, 2): Var 0.25 → 0.2. E[Y|b] = (0.5, 2.5): Var 1 → 0.8. Sum 1 (additive).
    const y = [0, 2, 1, 3];
    expect(firstOrderShare(y, [0, 0, 1, 1], 2)).toBeCloseTo(0.2, 15);
    expect(firstOrderShare(y, [0, 1, 0, 1], 2)).toBeCloseTo(0.8, 15);
  });
  it("is 0 when the output never moves (declared rule)", () => {
    expect(firstOrderShare([0.4, 0.4, 0.4], [0, 1, 2], 3)).toBe(0);
  });
  it("matches NumPy grid means on a 3 × 2 × 4 grid with an interaction", () => {
    const { levels, runs, y, shares } = fixture.grid;
    levels.forEach((k, i) => {
      const level = runs.map((r) => r[i]!);
      expect(firstOrderShare(y, level, k)).toBeCloseTo(shares[i]!, 12);
    });
    // With the a × c interaction the first-order shares sum to less than 1.
    expect(shares.reduce((s, v) => s + v, 0)).toBeLessThan(1);
  });
  it("property: additive models on a full grid have shares summing to 1", () => {
    fc.assert(
      fc.property(
        // Effects in thousandths, as D values are: no subnormal variances.
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 4 }),
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 4 }),
        (ia, ib) => {
          const fa = ia.map((v) => v / 1000);
          const fb = ib.map((v) => v / 1000);
          const y: number[] = [];
          const la: number[] = [];
          const lb: number[] = [];
          fa.forEach((va, a) => {
            fb.forEach((vb, b) => {
              y.push(va + vb);
              la.push(a);
              lb.push(b);
            });
          });
          const s = firstOrderShare(y, la, fa.length) + firstOrderShare(y, lb, fb.length);
          const varies = new Set(y).size > 1;
          if (varies) expect(s).toBeCloseTo(1, 9);
          else expect(s).toBe(0);
        },
      ),
    );
  });
});
