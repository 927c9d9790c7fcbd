/**
 * Hand-derived values for the weighting, TOPSIS, relative-development and obstacle kernels on
 * one 3 × 4 example (3 observations, 4 indicators), derivations in the comments; property tests
 * below. Reference values from an independent implementation are in methods.fixture.test.ts.
 *
 * The example, min-max normalised (no shift; columns as Float64Arrays):
 *
 *          A     B     C     D
 *   obs1   0     1     0     0
 *   obs2   0.5   0.5   0     1
 *   obs3   1     0     1     1
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ahpMatrixProblems, ahpWeights } from "./ahp.js";
import {
  combineGameTheory,
  combineGeometric,
  combineLinear,
  combineMultiplicative,
} from "./combine.js";
import { averageRanks, pearson, spearman } from "./correlation.js";
import { criticWeights } from "./critic.js";
import { cvColumnProblem, cvWeights, stdevWeights } from "./dispersion-weights.js";
import { obstacleDegree } from "./obstacle.js";
import { gradingValue, relativeDevelopment } from "./relative.js";
import { topsisCloseness } from "./topsis.js";

const f64 = (xs: number[]) => new Float64Array(xs);
const S3 = Math.sqrt(3);
const A = f64([0, 0.5, 1]);
const B = f64([1, 0.5, 0]);
const C = f64([0, 0, 1]);
const D = f64([0, 1, 1]);
const X = [A, B, C, D];

function expectClose(actual: ArrayLike<number>, expected: number[], digits = 14) {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) expect(actual[i]).toBeCloseTo(expected[i]!, digits);
}

describe("stdev weights (3 × 4)", () => {
  it("w_j = σ_j / Σσ", () => {
    // Sample σ (divisor 2): A: mean ½, deviations (−½, 0, ½), SS = ½, σ = √(¼) = ½; B likewise ½.
    // C: mean ⅓, deviations (−⅓, −⅓, ⅔), SS = ⅔, σ = √(⅓) = 1/√3; D: mean ⅔, (−⅔, ⅓, ⅓), 1/√3.
    // Σσ = 1 + 2/√3; w_A = ½ / (1 + 2/√3) = (2√3 − 3)/2 = 0.232051; w_C = (1/√3)/(1 + 2/√3)
    // = 1/(√3 + 2) = 2 − √3 = 0.267949.
    const r = stdevWeights(X);
    expectClose(r.sigma, [0.5, 0.5, 1 / S3, 1 / S3]);
    expectClose(r.weights, [(2 * S3 - 3) / 2, (2 * S3 - 3) / 2, 2 - S3, 2 - S3]);
    expect(r.degenerate).toBe(false);
  });

  it("falls back to equal weights when every column is constant", () => {
    const r = stdevWeights([f64([1, 1, 1]), f64([2, 2, 2])]);
    expect(Array.from(r.weights)).toEqual([0.5, 0.5]);
    expect(r.degenerate).toBe(true);
  });
});

describe("cv weights", () => {
  it("v_j = σ_j / mean_j on raw values", () => {
    // (1,2,3): σ = 1, mean 2, v = ½. (10,20,30): the same column ×10, v = ½ (scale invariant).
    // (1,1,4): mean 2, deviations (−1, −1, 2), SS = 6, σ = √3, v = √3/2. (4,4,4): v = 0.
    // Σv = 1 + √3/2; w = (½, ½, √3/2, 0)/(1 + √3/2) = (2 − √3, 2 − √3, 2√3 − 3, 0).
    const r = cvWeights([f64([1, 2, 3]), f64([10, 20, 30]), f64([1, 1, 4]), f64([4, 4, 4])]);
    expectClose(r.cv, [0.5, 0.5, S3 / 2, 0]);
    expectClose(r.weights, [2 - S3, 2 - S3, 2 * S3 - 3, 0]);
  });

  it("names the first negative cell and an all-zero column", () => {
    expect(cvColumnProblem([f64([1, 2]), f64([3, -1])])).toEqual({
      kind: "negative",
      column: 1,
      row: 1,
      value: -1,
    });
    expect(cvColumnProblem([f64([0, 0])])).toEqual({ kind: "zero_mean", column: 0 });
    expect(() => cvWeights([f64([1, -2])])).toThrow(RangeError);
  });
});

describe("correlation", () => {
  it("Pearson on the example", () => {
    // A, B: B = 1 − A, r = −1. A, C: Σ dA·dC = (−½)(−⅓) + 0 + (½)(⅔) = ½; √(SS_A SS_C) =
    // √(½ · ⅔) = 1/√3; r = √3/2. C, D: Σ = (−⅓)(−⅔) + (−⅓)(⅓) + (⅔)(⅓) = ⅓; SS = ⅔ each; r = ½.
    expect(pearson(A, B)).toBe(-1);
    expect(pearson(A, C)).toBeCloseTo(S3 / 2, 15);
    expect(pearson(C, D)).toBeCloseTo(0.5, 15);
  });

  it("average ranks for ties, Spearman = Pearson of ranks", () => {
    // C = (0, 0, 1): ranks (1.5, 1.5, 3). D = (0, 1, 1): (1, 2.5, 2.5).
    expect(Array.from(averageRanks(C))).toEqual([1.5, 1.5, 3]);
    expect(Array.from(averageRanks(D))).toEqual([1, 2.5, 2.5]);
    // Ranks C dev (−½, −½, 1), D dev (−1, ½, ½): Σ = ½ − ¼ + ½ = ¾; SS = 3/2 each; ρ = ½.
    expect(spearman(C, D)).toBeCloseTo(0.5, 15);
    // A monotone transform leaves ρ unchanged: (0, 0.5, 1) vs its cube.
    expect(spearman(A, f64([0, 0.125, 1]))).toBe(1);
  });
});

describe("CRITIC (3 × 4)", () => {
  it("C_j = σ_j Σ_k (1 − r_jk), Pearson, σ", () => {
    // r (from above): r_AB = −1, r_AC = r_AD = √3/2, r_BC = r_BD = −√3/2, r_CD = ½.
    // Conflict: A: 0 + 2 + 2(1 − √3/2) = 4 − √3; B: 2 + 0 + 2(1 + √3/2) = 4 + √3;
    //           C: (1 − √3/2) + (1 + √3/2) + 0 + ½ = 5/2; D: 5/2.
    // C_j = σ_j · conflict: A: ½(4 − √3) = 2 − √3/2; B: 2 + √3/2; C = D: (5/2)/√3.
    // ΣC = 4 + 5/√3 = 6.886751345948129;
    // w = (1.1339746/6.8867513, 2.8660254/6.8867513, 1.4433757/6.8867513 ×2)
    //   = (0.1646603077781723, 0.416165076944543, 0.2095873076386423, 0.2095873076386423).
    const r = criticWeights(X, { correlation: "pearson", dispersion: "stdev" });
    expectClose(r.conflict, [4 - S3, 4 + S3, 2.5, 2.5]);
    expectClose(r.information, [2 - S3 / 2, 2 + S3 / 2, 2.5 / S3, 2.5 / S3]);
    expectClose(
      r.weights,
      [0.1646603077781723, 0.416165076944543, 0.2095873076386423, 0.2095873076386423],
    );
  });

  it("Spearman gives the same here (every pair's ranks are affine in its values)", () => {
    const r = criticWeights(X, { correlation: "spearman", dispersion: "stdev" });
    expectClose(
      r.weights,
      [0.1646603077781723, 0.416165076944543, 0.2095873076386423, 0.2095873076386423],
    );
  });

  it("a constant column gets weight 0 and leaves the others' conflict alone", () => {
    const withConstant = criticWeights([A, B, C, D, f64([0.3, 0.3, 0.3])], {
      correlation: "pearson",
      dispersion: "stdev",
    });
    expect(withConstant.constant).toEqual([false, false, false, false, true]);
    expect(withConstant.weights[4]).toBe(0);
    expectClose(
      withConstant.weights.subarray(0, 4),
      [0.1646603077781723, 0.416165076944543, 0.2095873076386423, 0.2095873076386423],
    );
  });

  it("one column or all constant: equal weights, degenerate", () => {
    expect(criticWeights([A], { correlation: "pearson", dispersion: "stdev" }).degenerate).toBe(
      true,
    );
    const all = criticWeights([f64([1, 1]), f64([2, 2])], {
      correlation: "pearson",
      dispersion: "entropy",
    });
    expect(Array.from(all.weights)).toEqual([0.5, 0.5]);
  });
});

describe("AHP", () => {
  it("recovers the weights of a consistent matrix, λmax = n, CR = 0", () => {
    // w = (½, ¼, ¼): a_ij = w_i / w_j.
    const a = f64([1, 2, 2, 0.5, 1, 1, 0.5, 1, 1]);
    for (const method of ["eigenvector", "geometric_mean"] as const) {
      const r = ahpWeights(a, 3, method);
      expectClose(r.weights, [0.5, 0.25, 0.25], 15);
      expect(r.lambdaMax).toBeCloseTo(3, 14);
      expect(r.cr).toBeCloseTo(0, 14);
    }
  });

  it("a 3 × 3 inconsistent matrix: closed-form λmax, CI, CR; row geometric means", () => {
    // A = [[1, 3, 5], [1/3, 1, 3], [1/5, 1/3, 1]]. For a 3 × 3 reciprocal matrix the principal
    // eigenvalue is λ = 1 + c^(1/3) + c^(−1/3) with c = a12·a23/a13 = 9/5: c^(1/3) = 1.2164404,
    // λ = 1 + 1.2164404 + 0.8220706 = 3.0385110; CI = (λ − 3)/2 = 0.0192555;
    // CR = CI / RI(3) = 0.0192555 / 0.58 = 0.0331992.
    // Row products 15, 1, 1/15; cube roots 2.4662121, 1, 0.4054801; Σ = 3.8716922;
    // w_GM = (0.6369856, 0.2582850, 0.1047294).
    const a = f64([1, 3, 5, 1 / 3, 1, 3, 1 / 5, 1 / 3, 1]);
    const c = 9 / 5;
    const lambda = 1 + Math.cbrt(c) + 1 / Math.cbrt(c);
    const e = ahpWeights(a, 3, "eigenvector");
    expect(e.lambdaMax).toBeCloseTo(lambda, 12);
    expect(e.ci).toBeCloseTo((lambda - 3) / 2, 12);
    expect(e.cr).toBeCloseTo((lambda - 3) / 2 / 0.58, 12);
    expect(e.cr).toBeCloseTo(0.0331992, 6);
    const g = ahpWeights(a, 3, "geometric_mean");
    const roots = [Math.cbrt(15), 1, Math.cbrt(1 / 15)];
    const sum = roots[0]! + roots[1]! + roots[2]!;
    expectClose(
      g.weights,
      roots.map((x) => x / sum),
      14,
    );
    expect(g.lambdaMax).toBe(e.lambdaMax); // CR is the matrix's, whichever method weighs
  });

  it("n ≤ 2 is always consistent", () => {
    const r = ahpWeights(f64([1, 3, 1 / 3, 1]), 2, "eigenvector");
    expectClose(r.weights, [0.75, 0.25], 15);
    expect(r.cr).toBe(0);
  });

  it("reports non-positive, diagonal and non-reciprocal cells", () => {
    expect(ahpMatrixProblems(f64([1, 0, 1, 1]), 2)).toEqual([
      { kind: "not_positive", row: 0, col: 1, value: 0 },
    ]);
    expect(ahpMatrixProblems(f64([2, 1, 1, 1]), 2)).toEqual([
      { kind: "diagonal", row: 0, col: 0, value: 2 },
    ]);
    // 0.33 is not 1/3: 3 × 0.33 = 0.99.
    expect(ahpMatrixProblems(f64([1, 3, 0.33, 1]), 2)).toEqual([
      { kind: "not_reciprocal", row: 1, col: 0, value: 0.33, mirror: 3 },
    ]);
    expect(ahpMatrixProblems(f64([1, 7, 1 / 7, 1]), 2)).toEqual([]);
  });
});

describe("combinations", () => {
  const w1 = f64([0.5, 0.5, 0]);
  const w2 = f64([0.25, 0.25, 0.5]);

  it("linear α", () => {
    // 0.3·(½, ½, 0) + 0.7·(¼, ¼, ½) = (0.325, 0.325, 0.35).
    expectClose(combineLinear([w1, w2], f64([0.3, 0.7])), [0.325, 0.325, 0.35], 15);
  });

  it("multiplicative and geometric mean", () => {
    // Products (⅛, ⅛, 0) → (½, ½, 0); square roots (√⅛, √⅛, 0) → (½, ½, 0).
    expectClose(combineMultiplicative([w1, w2]).weights, [0.5, 0.5, 0], 15);
    // (0.2, 0.8) and (0.8, 0.2): products 0.16 each → (½, ½); with (0.5, 0.5) geometric:
    // (0.2·0.5)^½ = 0.316228, (0.8·0.5)^½ = 0.632456 → (⅓, ⅔); multiplicative 0.1, 0.4 → (0.2, 0.8).
    expectClose(combineGeometric([f64([0.2, 0.8]), f64([0.5, 0.5])]).weights, [1 / 3, 2 / 3], 15);
    expectClose(combineMultiplicative([f64([0.2, 0.8]), f64([0.5, 0.5])]).weights, [0.2, 0.8], 15);
    expect(combineMultiplicative([f64([1, 0]), f64([0, 1])]).degenerate).toBe(true);
  });

  it("game theory: the optimality system and both normalisations", () => {
    // G = [[w1·w1, w1·w2], [w2·w1, w2·w2]] = [[0.5, 0.25], [0.25, 0.375]], b = (0.5, 0.375).
    // det = 0.1875 − 0.0625 = 0.125; α1 = (0.5·0.375 − 0.25·0.375)/0.125 = 0.75;
    // α2 = (0.5·0.375 − 0.25·0.5)/0.125 = 0.5. Normalised: (0.6, 0.4) both ways (α > 0).
    // w = 0.6(½, ½, 0) + 0.4(¼, ¼, ½) = (0.4, 0.4, 0.2).
    for (const n of ["abs", "sum"] as const) {
      const r = combineGameTheory([w1, w2], n);
      expectClose(r.rawAlpha, [0.75, 0.5], 14);
      expectClose(r.alpha, [0.6, 0.4], 14);
      expectClose(r.weights, [0.4, 0.4, 0.2], 14);
      expect(r.negative).toBe(false);
    }
  });

  it("game theory: identical members are singular, α = ½", () => {
    const r = combineGameTheory([w1, f64([0.5, 0.5, 0])], "abs");
    expect(r.degenerate).toBe(true);
    expectClose(r.weights, [0.5, 0.5, 0], 15);
  });
});

describe("TOPSIS (3 × 4, equal weights ¼)", () => {
  it("closeness D− / (D+ + D−)", () => {
    // v = ¼ y; V+ = (¼, ¼, ¼, ¼) (every column reaches 1), V− = 0.
    // obs1 (0,1,0,0): D+ = ¼√3, D− = ¼, C = 1/(1 + √3) = (√3 − 1)/2 = 0.3660254.
    // obs2 (½,½,0,1): D+ = ¼√(¼ + ¼ + 1 + 0) = D− = ¼√(¼ + ¼ + 0 + 1); C = ½.
    // obs3 (1,0,1,1): D+ = ¼, D− = ¼√3, C = √3/(1 + √3) = (3 − √3)/2 = 0.6339746.
    const r = topsisCloseness(X, f64([0.25, 0.25, 0.25, 0.25]));
    expectClose(r.closeness, [(S3 - 1) / 2, 0.5, (3 - S3) / 2]);
    expectClose(r.dPlus, [S3 / 4, Math.sqrt(1.5) / 4, 0.25]);
    expect(r.tied).toBe(0);
  });

  it("a shift added to every value does not change C", () => {
    const shifted = X.map((c) => c.map((v) => v + 0.0001));
    const r = topsisCloseness(shifted, f64([0.1, 0.2, 0.3, 0.4]));
    const plain = topsisCloseness(X, f64([0.1, 0.2, 0.3, 0.4]));
    expectClose(r.closeness, Array.from(plain.closeness), 12);
  });

  it("all columns constant: C = ½ by rule", () => {
    const r = topsisCloseness([f64([0.2, 0.2])], f64([1]));
    expect(Array.from(r.closeness)).toEqual([0.5, 0.5]);
    expect(r.tied).toBe(2);
  });
});

describe("relative development", () => {
  it("two systems: E = U1/U2", () => {
    const r = relativeDevelopment([0.3, 0.6]);
    expect(r.ratios).toEqual([0.5, 2]);
    expect(r.lagging).toBe(0);
    expect(r.graded).toBe(0.5);
  });

  it("three systems: each against the mean of the others", () => {
    // U = (0.2, 0.4, 0.6): E1 = 0.2/0.5 = 0.4, E2 = 0.4/0.4 = 1, E3 = 0.6/0.3 = 2.
    const r = relativeDevelopment([0.2, 0.4, 0.6]);
    expectClose(r.ratios as number[], [0.4, 1, 2], 14);
    expect(r.lagging).toBe(0);
    expect(r.graded).toBeCloseTo(0.4, 15);
  });

  it("a zero denominator is null, graded +∞ or 1 by rule", () => {
    const r = relativeDevelopment([0.3, 0]);
    expect(r.ratios).toEqual([null, 0]);
    expect(gradingValue(r.graded, 0.3)).toBe(Number.POSITIVE_INFINITY);
    expect(gradingValue(relativeDevelopment([0, 0]).graded, 0)).toBe(1);
  });
});

describe("obstacle degree", () => {
  it("O_j = F_j I_j / Σ F I", () => {
    // F = (0.4, 0.3, 0.2, 0.1), obs1 x' = (0, 1, 0, 0): I = (1, 0, 1, 1);
    // F·I = (0.4, 0, 0.2, 0.1), Σ = 0.7; O = (4/7, 0, 2/7, 1/7).
    const r = obstacleDegree(f64([0.4, 0.3, 0.2, 0.1]), f64([0, 1, 0, 0]));
    expectClose(r.obstacle, [4 / 7, 0, 2 / 7, 1 / 7], 15);
    expect(r.atIdeal).toBe(false);
  });

  it("every indicator at its ideal: all 0, atIdeal", () => {
    const r = obstacleDegree(f64([0.5, 0.5]), f64([1, 1]));
    expect(Array.from(r.obstacle)).toEqual([0, 0]);
    expect(r.atIdeal).toBe(true);
  });
});

describe("properties", () => {
  const matrix = fc
    .tuple(fc.integer({ min: 2, max: 8 }), fc.integer({ min: 1, max: 6 }))
    .chain(([m, k]) =>
      fc.array(
        fc.array(
          fc.integer({ min: 0, max: 1000 }).map((v) => v / 1000),
          { minLength: m, maxLength: m },
        ),
        {
          minLength: k,
          maxLength: k,
        },
      ),
    )
    .map((cols) => cols.map(f64));

  const isWeightVector = (w: Float64Array) => {
    expect(w.every((v) => v >= 0 && Number.isFinite(v))).toBe(true);
    expect(w.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
  };

  it("every weighting gives weights ≥ 0 summing to 1", () => {
    fc.assert(
      fc.property(matrix, (cols) => {
        isWeightVector(stdevWeights(cols).weights);
        for (const correlation of ["pearson", "spearman"] as const) {
          for (const dispersion of ["stdev", "entropy"] as const) {
            isWeightVector(criticWeights(cols, { correlation, dispersion }).weights);
          }
        }
        const positive = cols.map((c) => c.map((v) => v + 1));
        isWeightVector(cvWeights(positive).weights);
        const members = [stdevWeights(cols).weights, cvWeights(positive).weights];
        isWeightVector(combineMultiplicative(members).weights);
        isWeightVector(combineGeometric(members).weights);
        isWeightVector(combineGameTheory(members, "abs").weights);
      }),
    );
  });

  it("CV is invariant to rescaling a column; stdev and CRITIC to a common shift", () => {
    fc.assert(
      fc.property(matrix, fc.double({ min: 0.01, max: 100, noNaN: true }), (cols, c) => {
        const positive = cols.map((col) => col.map((v) => v + 1));
        const scaled = positive.map((col, j) => (j === 0 ? col.map((v) => v * c) : col));
        expectClose(cvWeights(scaled).weights, Array.from(cvWeights(positive).weights), 10);
        const shifted = cols.map((col) => col.map((v) => v + 0.0001));
        expectClose(stdevWeights(shifted).weights, Array.from(stdevWeights(cols).weights), 8);
      }),
    );
  });

  it("AHP of a consistent matrix recovers its weights exactly", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }),
        (raw) => {
          const n = raw.length;
          const s = raw.reduce((a, b) => a + b, 0);
          const w = raw.map((x) => x / s);
          const a = new Float64Array(n * n);
          for (let i = 0; i < n; i++)
            for (let j = 0; j < n; j++) a[i * n + j] = i === j ? 1 : w[i]! / w[j]!;
          // w_i/w_j · w_j/w_i is 1 within an ulp or two: inside the reciprocity tolerance.
          for (const method of ["eigenvector", "geometric_mean"] as const) {
            const r = ahpWeights(a, n, method);
            expectClose(r.weights, w, 12);
            expect(r.cr).toBeCloseTo(0, 10);
          }
        },
      ),
    );
  });

  it("obstacle shares sum to 1 unless at the ideal", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.double({ min: 0, max: 1, noNaN: true }),
          ),
          {
            minLength: 1,
            maxLength: 10,
          },
        ),
        (pairs) => {
          const r = obstacleDegree(f64(pairs.map((p) => p[0])), f64(pairs.map((p) => p[1])));
          const total = r.obstacle.reduce((s, v) => s + v, 0);
          if (r.atIdeal) expect(total).toBe(0);
          else expect(total).toBeCloseTo(1, 12);
        },
      ),
    );
  });
});
