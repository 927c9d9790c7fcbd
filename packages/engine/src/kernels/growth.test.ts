import { describe, expect, it } from "vitest";
import { averageAnnualGrowth } from "./growth.js";

describe("averageAnnualGrowth (docs/method.md §7)", () => {
  it("BTH comprehensive index 0.583 (2013) → 0.899 (2021): 5.56 %", () => {
    // 9 years, 8 intervals. 0.899 / 0.583 = 1.5420240; ln 1.5420240 = 0.4330959;
    // / 8 = 0.0541370; e^0.0541370 = 1.0556292; − 1 = 0.0556292 → 5.56 %
    // (bc -l: 0.05562919341025129093).
    const g = averageAnnualGrowth(0.583, 0.899, 9);
    expect(g).not.toBeNull();
    expect(g!).toBeCloseTo(0.0556, 4);
    expect(g!).toBeCloseTo(0.0556291934102513, 13);
  });

  it("simple cases", () => {
    // 1 → 4 over 3 years (2 intervals): √4 − 1 = 1 (100 % a year).
    expect(averageAnnualGrowth(1, 4, 3)).toBeCloseTo(1, 14);
    // 2 → 1 over 2 years (1 interval): 1/2 − 1 = −0.5.
    expect(averageAnnualGrowth(2, 1, 2)).toBeCloseTo(-0.5, 15);
    // unchanged: 0.
    expect(averageAnnualGrowth(0.7, 0.7, 9)).toBe(0);
    // to zero: 0^(1/8) − 1 = −1.
    expect(averageAnnualGrowth(0.5, 0, 9)).toBe(-1);
    // A tiny rate stays accurate. δ = (1 + 1e-12) − 1 is exact (Sterbenz): 4504 · 2⁻⁵², i.e.
    // 1.000088900582341e-12. Over 4 years (3 intervals): (1 + δ)^(1/3) − 1 = δ/3 − δ²/9 + …
    // = δ/3 to 1e-12 relative. δ/3 is 1501.33 ulps of 1, so a naive (1 + δ)^(1/3) − 1 can only
    // give a whole number of ulps (1501: 2e-4 relative error).
    const delta = 1 + 1e-12 - 1;
    expect(averageAnnualGrowth(1, 1 + delta, 4)! / (delta / 3)).toBeCloseTo(1, 12);
  });

  it("a ratio last/first beyond the largest double: the rate from ln last − ln first, or null", () => {
    // The literal 1e-320 is the subnormal 9.99988867182683e-321 (exactly, per Python's
    // Decimal(1e-320)); 0.5 / it = 5.000055664706290e319 overflows a double.
    // Over 9 years (8 intervals), with 40-digit decimals: ln(5.000055664706290e319) / 8
    // = 92.01676171380174; e^that − 1 = 9.170053193174740e39, finite.
    const g = averageAnnualGrowth(1e-320, 0.5, 9);
    expect(g).not.toBeNull();
    expect(g! / 9.17005319317474e39).toBeCloseTo(1, 10);
    // Over 2 years (1 interval) the rate is the ratio − 1 ≈ 5e319: not a double, so null.
    expect(averageAnnualGrowth(1e-320, 0.5, 2)).toBeNull();
  });

  it("undefined cases give null", () => {
    expect(averageAnnualGrowth(0.5, 0.6, 1)).toBeNull();
    expect(averageAnnualGrowth(0.5, 0.6, 0)).toBeNull();
    expect(averageAnnualGrowth(0.5, 0.6, 2.5)).toBeNull();
    expect(averageAnnualGrowth(0, 0.6, 9)).toBeNull();
    expect(averageAnnualGrowth(-0.1, 0.6, 9)).toBeNull();
    expect(averageAnnualGrowth(0.5, -0.1, 9)).toBeNull();
    expect(averageAnnualGrowth(Number.NaN, 0.6, 9)).toBeNull();
    expect(averageAnnualGrowth(0.5, Number.NaN, 9)).toBeNull();
    expect(averageAnnualGrowth(0.5, Number.POSITIVE_INFINITY, 9)).toBeNull();
    expect(averageAnnualGrowth(0.5, 0.6, Number.NaN)).toBeNull();
  });
});
