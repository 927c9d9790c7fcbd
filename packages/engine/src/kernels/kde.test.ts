import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inputs, python, r } from "./fixtures/reference.js";
import { bandwidth, evenGrid, kernelDensity, quantileSorted } from "./kde.js";

const f64 = (xs: number[]) => new Float64Array(xs);

describe("bandwidth", () => {
  it("equals R's bw.nrd0 and bw.nrd (make-reference.R)", () => {
    const x = f64(inputs.kde.values);
    expect(bandwidth("nrd0", x)).toBeCloseTo(r["bw.nrd0"]![0]!, 15);
    expect(bandwidth("nrd", x)).toBeCloseTo(r["bw.nrd"]![0]!, 15);
  });

  it("by hand for (1, 2, 3, 4): sd = √(5/3), IQR = 3.25 − 1.75 = 1.5", () => {
    // min(1.2910, 1.5/1.34 = 1.1194) = 1.1194; h = 0.9 · 1.1194 · 4^(−0.2).
    expect(bandwidth("nrd0", f64([1, 2, 3, 4]))).toBeCloseTo(0.9 * (1.5 / 1.34) * 4 ** -0.2, 15);
  });

  it("falls back as bw.nrd0 does when the spread is 0", () => {
    // IQR 0 but sd > 0 → sd; all equal → |x₁|; all zero → 1. (1, 1, 1, 1, 0): mean 0.8,
    // Σ(x − x̄)² = 4·0.04 + 0.64 = 0.8, sd = √(0.8/4); R: bw.nrd0(c(1,1,1,1,0)) = 0.2917181874.
    const sd = Math.sqrt(0.8 / 4);
    expect(bandwidth("nrd0", f64([1, 1, 1, 1, 0]))).toBeCloseTo(0.9 * sd * 5 ** -0.2, 15);
    expect(bandwidth("nrd0", f64([0.5, 0.5]))).toBeCloseTo(0.9 * 0.5 * 2 ** -0.2, 15);
    expect(bandwidth("nrd", f64([0, 0, 0]))).toBeCloseTo(1.06 * 3 ** -0.2, 15);
  });

  it("type-7 quantiles", () => {
    // (n − 1)p = 0.75 between 1 and 2 → 1.75.
    expect(quantileSorted(f64([1, 2, 3, 4]), 0.25)).toBe(1.75);
  });
});

describe("kernelDensity", () => {
  const x = f64(inputs.kde.values);

  it("Gaussian equals SciPy's gaussian_kde with the same h (exact sums)", () => {
    const grid = f64(python.kde.grid);
    const f = kernelDensity("gaussian", x, python.kde.h_nrd0, grid);
    python.kde.gaussian.forEach((v: number, i: number) => {
      expect(f[i]).toBeCloseTo(v, 13);
    });
  });

  it("agrees with R's density() (binned FFT: to 1e-3 of the peak) for both kernels", () => {
    const grid = f64(r["kde.grid"]!);
    const h = r["bw.nrd0"]![0]!;
    const g = kernelDensity("gaussian", x, h, grid);
    const e = kernelDensity("epanechnikov", x, h, grid);
    const peak = Math.max(...r["kde.gaussian"]!);
    r["kde.gaussian"]!.forEach((v, i) => {
      expect(Math.abs(g[i]! - v)).toBeLessThan(1e-3 * peak);
    });
    r["kde.epanechnikov"]!.forEach((v, i) => {
      expect(Math.abs(e[i]! - v)).toBeLessThan(1e-2 * peak);
    });
  });

  it("by hand: one point at 0, h = 1: φ(0) = 1/√(2π); Epanechnikov 3/(4√5) at 0", () => {
    const f = kernelDensity("gaussian", f64([0]), 1, f64([0, 1]));
    expect(f[0]).toBeCloseTo(1 / Math.sqrt(2 * Math.PI), 15);
    expect(f[1]).toBeCloseTo(Math.exp(-0.5) / Math.sqrt(2 * Math.PI), 15);
    const e = kernelDensity("epanechnikov", f64([0]), 1, f64([0, Math.sqrt(5), 3]));
    expect(Array.from(e)).toEqual([0.75 / Math.sqrt(5), 0, 0]);
  });

  it("property: integrates to 1 on a wide grid (trapezoid rule)", () => {
    fc.assert(
      fc.property(
        // Values on a 0.01 lattice, so that h is not below the grid's resolution.
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 2, maxLength: 30 }),
        fc.constantFrom("gaussian" as const, "epanechnikov" as const),
        (ints, kernel) => {
          const data = f64(ints.map((i) => i / 100));
          const h = bandwidth("nrd0", data);
          const lo = Math.min(...data) - 8 * h;
          const hi = Math.max(...data) + 8 * h;
          const grid = evenGrid(lo, hi, Math.ceil((hi - lo) / (h / 20)) + 1);
          const f = kernelDensity(kernel, data, h, grid);
          const dx = grid[1]! - grid[0]!;
          let area = 0;
          for (let i = 1; i < f.length; i++) area += ((f[i]! + f[i - 1]!) / 2) * dx;
          expect(area).toBeCloseTo(1, 2);
        },
      ),
      { numRuns: 30 },
    );
  });
});
