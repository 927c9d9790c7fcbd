import { describe, expect, it } from "vitest";
import { inputs, python } from "./fixtures/reference.js";
import { gm11 } from "./gm11.js";

const f64 = (xs: number[]) => new Float64Array(xs);
const fit = (xs: number[], h = 3) => {
  const res = gm11(f64(xs), h);
  if (!res.ok) throw new Error(`expected a fit, got ${JSON.stringify(res.failure)}`);
  return res.value;
};

describe("gm11", () => {
  for (const name of ["growing", "slow"]) {
    it(`${name}: equals an independent NumPy GM(1,1) (make-reference.py)`, () => {
      const ref = python.gm11[name];
      const res = fit(inputs.gm11[name]);
      expect(res.a).toBeCloseTo(ref.a, 12);
      expect(res.b).toBeCloseTo(ref.b, 12);
      ref.fitted.forEach((v: number, i: number) => {
        expect(res.fitted[i]).toBeCloseTo(v, 12);
      });
      ref.forecast.forEach((v: number, i: number) => {
        expect(res.forecast[i]).toBeCloseTo(v, 12);
      });
      expect(res.c).toBeCloseTo(ref.c, 12);
      expect(res.p).toBe(ref.p);
      expect(res.grade).toBe(ref.grade);
      expect(res.mre).toBeCloseTo(ref.mre, 12);
    });
  }

  it("by hand: an exact geometric AGO gives back the series' ratio", () => {
    // x⁽⁰⁾(k) = 2^(k−1) for k = 1..4 = (1, 2, 4, 8): x⁽¹⁾ = (1, 3, 7, 15), z = (2, 5, 11).
    // Y = (2, 4, 8) = −a z + b: Sz = 18, Szz = 150, Sy = 14, Szy = 128, m = 3,
    // det = 3·150 − 18² = 126, a = (18·14 − 3·128)/126 = −132/126 = −22/21,
    // b = (150·14 − 18·128)/126 = −204/126 = −34/21.
    // The ratios 1/2 lie outside (e^(−2/5), e^(2/5)) = (0.670, 1.492): the series fails the test.
    expect(gm11(f64([1, 2, 4, 8]), 1)).toMatchObject({
      ok: false,
      failure: { reason: "level-ratio", index: 1, ratio: 0.5 },
    });
    // (4, 5, 6, 7): ratios 0.8, 0.833, 0.857 inside (0.670, 1.492). x⁽¹⁾ = (4, 9, 15, 22),
    // z = (6.5, 12, 18.5), Y = (5, 6, 7): Sz = 37, Szz = 42.25 + 144 + 342.25 = 528.5, Sy = 18,
    // Szy = 32.5 + 72 + 129.5 = 234, det = 3·528.5 − 1369 = 216.5,
    // a = (37·18 − 3·234)/216.5 = −36/216.5, b = (528.5·18 − 37·234)/216.5 = 855/216.5.
    const res = fit([4, 5, 6, 7], 1);
    expect(res.a).toBeCloseTo(-36 / 216.5, 14);
    expect(res.b).toBeCloseTo(855 / 216.5, 14);
    // x̂⁽⁰⁾(2) = (1 − e^a)(4 − b/a) e^(−a).
    const a = -36 / 216.5;
    const b = 855 / 216.5;
    expect(res.fitted[1]).toBeCloseTo((1 - Math.exp(a)) * (4 - b / a) * Math.exp(-a), 13);
  });

  it("declared results: too short, a zero, a constant series", () => {
    expect(gm11(f64([1, 2, 3]), 1)).toEqual({ ok: false, failure: { reason: "too-short", n: 3 } });
    expect(gm11(f64([0.2, 0, 0.3, 0.4]), 1)).toEqual({
      ok: false,
      failure: { reason: "nonpositive", index: 1, value: 0 },
    });
    const flat = fit([0.5, 0.5, 0.5, 0.5, 0.5], 2);
    expect(flat.a).toBe(0);
    expect(Array.from(flat.forecast)).toEqual([0.5, 0.5]);
    expect([flat.c, flat.p, flat.grade, flat.mre]).toEqual([0, 1, 1, 0]);
  });

  it("the admissible interval is e^(±2/(n+1))", () => {
    // n = 9: (0.8187, 1.2214). 1/0.82 = 1.2195 passes; a drop to 0.8 (ratio 1.25) fails.
    expect(gm11(f64([0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.41]), 1).ok).toBe(true);
    expect(gm11(f64([0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.4]), 1)).toMatchObject({
      ok: false,
      failure: { reason: "level-ratio", index: 8, ratio: 1.25 },
    });
    expect(python.gm11.growing.ratio_interval[0]).toBeCloseTo(Math.exp(-0.2), 15);
  });
});
