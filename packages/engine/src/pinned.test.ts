import { minimalPlan } from "@ccdc/plan";
import { describe, expect, it } from "vitest";
import { unitsAtShift } from "./pinned.js";
import { runPlanOnPanel } from "./run.js";

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

describe("W0304 in a run", () => {
  it("names the unit lowest on every column in every year under per-year scope", () => {
    // minimalPlan: x = a / b (benefit), y = a (cost), flat root, two regions, 2020–2021.
    // r1 has the lower x (30/30 = 1 < 10/2 = 5) and the higher a (the lower y) in both
    // years, so per-year min-max puts both its columns at the shift s, and its index is
    // w_x·s + w_y·s = s whatever the weights.
    const plan = minimalPlan();
    plan.method.normalization.scope = "per_year";
    const panel = { a: Float64Array.from([30, 30, 10, 10]), b: Float64Array.from([30, 30, 2, 2]) };
    const out = runPlanOnPanel(plan, panel);
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    const w = out.result.warnings.filter((x) => x.code === "W0304");
    expect(w.map((x) => [x.pointer, x.message.slice(0, 36)])).toEqual([
      ["/nodes/0", 'node "root": "r1" has the index 0.00'],
    ]);
  });
});
