import { describe, expect, it } from "vitest";
import * as kernels from "./index.js";

describe("kernels/index", () => {
  it("re-exports every kernel", () => {
    const names = [
      "averageAnnualGrowth",
      "coordinationIndex",
      "couplingCoordination",
      "couplingDegree",
      "couplingSeries",
      "entropyWeights",
      "equalBeta",
      "equalWeights",
      "gradeIndex",
      "minMax",
      "neumaierSum",
      "weightedSum",
    ];
    for (const name of names)
      expect(typeof (kernels as Record<string, unknown>)[name]).toBe("function");
  });

  it("chains into the paper's pipeline on a tiny panel", () => {
    // Two systems, each of one indicator, over three observations (pooled), s = 0.0001.
    // System A, benefit x = (2, 4, 6): x' = (0, 0.5, 1), y' = (0.0001, 0.5001, 1.0001).
    // System B, cost x = (10, 10, 0): x' = (0, 0, 1), y' = (0.0001, 0.0001, 1.0001).
    // One indicator per system: w = (1), so S_A = y'_A, S_B = y'_B (eq. 3).
    // Observation 3: S = (1.0001, 1.0001): standard C = 1, T = 1.0001, D = √1.0001
    // = 1.0000499988, outside Table 2's [0, 1] because of the shift.
    // Observation 2: S = (0.5001, 0.0001): standard C = √(0.5001·0.0001) / 0.2501
    // = √0.00005001 / 0.2501 = 0.0070717749 / 0.2501 = 0.0282757892; T = 0.2501;
    // C·T = √0.00005001 (T cancels) = 0.0070717749; D = √0.0070717749 = 0.0840938457
    // (bc -l: 0.08409384569214835).
    const a = kernels.minMax(new Float64Array([2, 4, 6]), "+", 0.0001);
    const b = kernels.minMax(new Float64Array([10, 10, 0]), "-", 0.0001);
    const sa = kernels.weightedSum([a.values], kernels.entropyWeights([a.values]).weights);
    const sb = kernels.weightedSum([b.values], kernels.entropyWeights([b.values]).weights);
    const c = kernels.couplingSeries("standard", [sa, sb]);
    const beta = kernels.equalBeta(2);
    const d = [0, 1, 2].map((i) =>
      kernels.couplingCoordination(c[i]!, kernels.coordinationIndex([sa[i]!, sb[i]!], beta)),
    );
    expect(c[2]).toBe(1);
    expect(d[2]).toBeCloseTo(1.0000499988, 10);
    expect(c[1]).toBeCloseTo(0.0282757892, 10);
    expect(d[1]).toBeCloseTo(0.0840938457, 10);
  });
});
