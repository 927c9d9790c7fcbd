/**
 * The kernels against reference values computed independently with NumPy/SciPy by the
 * committed script test/fixtures/methods/make-methods.py (LAPACK eigenvectors for AHP,
 * numpy.linalg.solve for game theory, scipy.stats.spearmanr): see that script for each formula.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ahpWeights } from "./ahp.js";
import { combineGameTheory, combineGeometric, combineMultiplicative } from "./combine.js";
import { criticWeights } from "./critic.js";
import { cvWeights, stdevWeights } from "./dispersion-weights.js";
import { entropyWeights } from "./entropy.js";
import { obstacleDegree } from "./obstacle.js";
import { topsisCloseness } from "./topsis.js";

interface Case {
  raw: number[][];
  norm: number[][];
  stdev: { weights: number[]; sigma: number[] };
  cv: { weights: number[]; cv: number[] };
  critic: Record<string, { weights: number[]; correlation: number[]; information: number[] }>;
  entropyWeights: number[];
  gameTheory: GameCase;
  gameTheory3: GameCase;
  multiplicative: number[];
  geometric: number[];
  topsis: { weights: number[]; closeness: number[]; dPlus: number[]; dMinus: number[] };
  obstacle: number[][];
}
interface GameCase {
  rawAlpha: number[];
  abs: { alpha: number[]; weights: number[] };
  sum: { alpha: number[]; weights: number[] };
}
interface AhpCase {
  matrix: number[];
  n: number;
  eigenvector: number[];
  geometric_mean: number[];
  lambdaMax: number;
  ci: number;
  cr: number;
}

const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, "../../../../test/fixtures/methods/methods.json"), "utf8"),
) as { cases: Case[]; ahp: AhpCase[] };

const f64 = (xs: number[]) => new Float64Array(xs);
function expectClose(actual: ArrayLike<number>, expected: number[], digits = 12) {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) expect(actual[i]).toBeCloseTo(expected[i]!, digits);
}

describe.each(
  fixture.cases.map((c, i) => [`case ${i} (${c.norm[0]!.length} × ${c.norm.length})`, c] as const),
)("%s", (_, c) => {
  const norm = c.norm.map(f64);
  const raw = c.raw.map(f64);
  it("stdev and cv", () => {
    const s = stdevWeights(norm);
    expectClose(s.sigma, c.stdev.sigma);
    expectClose(s.weights, c.stdev.weights);
    const v = cvWeights(raw);
    expectClose(v.cv, c.cv.cv);
    expectClose(v.weights, c.cv.weights);
  });
  it("critic, every variant", () => {
    for (const [key, ref] of Object.entries(c.critic)) {
      const [correlation, dispersion] = key.split("/") as [
        "pearson" | "spearman",
        "stdev" | "entropy",
      ];
      const r = criticWeights(norm, { correlation, dispersion });
      expectClose(r.correlation, ref.correlation);
      expectClose(r.information, ref.information);
      expectClose(r.weights, ref.weights);
    }
  });
  it("combinations", () => {
    const e = entropyWeights(norm).weights;
    expectClose(e, c.entropyWeights);
    const critic = criticWeights(norm, { correlation: "pearson", dispersion: "stdev" }).weights;
    for (const [members, ref] of [
      [[e, critic], c.gameTheory],
      [[e, stdevWeights(norm).weights, cvWeights(raw).weights], c.gameTheory3],
    ] as const) {
      const abs = combineGameTheory(members, "abs");
      expectClose(abs.rawAlpha, ref.rawAlpha, 10);
      expectClose(abs.alpha, ref.abs.alpha, 10);
      expectClose(abs.weights, ref.abs.weights, 10);
      const sum = combineGameTheory(members, "sum");
      expectClose(sum.alpha, ref.sum.alpha, 10);
      expect(sum.negative).toBe(ref.sum.weights.some((w) => w < 0));
      if (!sum.negative) expectClose(sum.weights, ref.sum.weights, 10);
    }
    const s = stdevWeights(norm).weights;
    expectClose(combineMultiplicative([e, s]).weights, c.multiplicative);
    expectClose(combineGeometric([e, s]).weights, c.geometric);
  });
  it("topsis and obstacle", () => {
    const t = topsisCloseness(norm, f64(c.topsis.weights));
    expectClose(t.closeness, c.topsis.closeness);
    expectClose(t.dPlus, c.topsis.dPlus);
    expectClose(t.dMinus, c.topsis.dMinus);
    const w = f64(c.stdev.weights);
    c.obstacle.forEach((row, i) => {
      const x = f64(norm.map((col) => col[i]! - 0.0001));
      expectClose(obstacleDegree(w, x).obstacle, row);
    });
  });
});

describe.each(fixture.ahp.map((a) => [`${a.n} × ${a.n}`, a] as const))("AHP %s", (_, a) => {
  it("eigenvector, geometric mean, λmax, CI, CR", () => {
    const m = f64(a.matrix);
    const e = ahpWeights(m, a.n, "eigenvector");
    expectClose(e.weights, a.eigenvector, 12);
    expect(e.lambdaMax).toBeCloseTo(a.lambdaMax, 11);
    expect(e.ci).toBeCloseTo(a.ci, 11);
    expect(e.cr).toBeCloseTo(a.cr, 11);
    expectClose(ahpWeights(m, a.n, "geometric_mean").weights, a.geometric_mean, 13);
  });
});
