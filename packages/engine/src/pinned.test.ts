import { describe, expect, it } from "vitest";
import { unitsAtShift } from "./pinned.js";

describe("unitsAtShift", () => {
  // Two units × three years, unit-major. Unit 0 sits at the shift 0.0001 every year; unit 1
  // only in 2 of 3 years.
  const index = Float64Array.from([0.0001, 0.0001, 0.0001, 0.0001, 0.5, 0.0001]);
  it("names the units at the shift in every year", () => {
    expect(unitsAtShift(index, 0.0001, 2, 3)).toEqual([0]);
  });
  it("tolerates rounding (1e-12 relative), nothing more", () => {
    const near = Float64Array.from([0.0001 + 1e-17, 0.0001, 0.0001 - 1e-17, 0.0002, 0.5, 0.0001]);
    expect(unitsAtShift(near, 0.0001, 2, 3)).toEqual([0]);
  });
  it("says nothing about a one-year study", () => {
    expect(unitsAtShift(Float64Array.from([0.0001, 0.7]), 0.0001, 2, 1)).toEqual([]);
  });
});
