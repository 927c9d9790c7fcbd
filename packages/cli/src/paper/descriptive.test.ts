import { expect, it, describe as suite } from "vitest";
import { describe } from "./descriptive.js";

suite("describe", () => {
  it("gives n, mean, the sample sd, min and max", () => {
    // 1, 2, 3, 4: mean 10/4 = 2.5; squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5;
    // sample variance 5/3, sd √(5/3) = 1.2909944487358056.
    const d = describe(Float64Array.from([3, 1, 4, 2]));
    expect(d.n).toBe(4);
    expect(d.mean).toBe(2.5);
    expect(d.sd).toBeCloseTo(1.2909944487358056, 15);
    expect([d.min, d.max]).toEqual([1, 4]);
  });

  it("has sd 0 for one value and for a constant column", () => {
    expect(describe(Float64Array.from([7])).sd).toBe(0);
    expect(describe(Float64Array.from([0.1, 0.1, 0.1])).sd).toBe(0);
  });

  it("keeps precision far from zero (two-pass)", () => {
    // 1e9 + {1, 2, 3}: sd of 1, 2, 3 is 1 (variance (1 + 0 + 1)/2); one-pass Σx² loses it.
    expect(describe(Float64Array.from([1e9 + 1, 1e9 + 2, 1e9 + 3])).sd).toBe(1);
  });
});
