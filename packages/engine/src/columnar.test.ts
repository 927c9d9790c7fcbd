import { minimalPlan, type Plan, stableStringify } from "@ccdc/plan";
import { describe, expect, it } from "vitest";
import { toResult } from "./results.js";
import { runPlanOnPanel, runPlanOnPanelColumnar } from "./run.js";

/*
 * minimalPlan (units r1, r2; indicators x = a / b, y = a) over 2019–2021. The numbers are
 * those of run.test.ts's hand-sized study, derived there independently:
 *   x (the values): r1 5 5 6, r2 5 10 2; S r1 (first year) 0.6701166012935349;
 *   growth r1 −0.20697482953871804, r2 0.5438243919766883.
 */
function plan(): Plan {
  const p = minimalPlan();
  p.study.period = { from: 2019, to: 2021 };
  p.study.years = [2019, 2020, 2021];
  p.analyses[0]!.forms = ["standard", "product_over_mean"];
  return p;
}
const panel = () => ({
  a: Float64Array.from([10, 20, 30, 40, 20, 10]),
  b: Float64Array.from([2, 4, 5, 8, 2, 5]),
});

describe("runPlanOnPanelColumnar (the typed result object)", () => {
  it("holds the series as unit-major Float64Arrays", () => {
    const out = runPlanOnPanelColumnar(plan(), panel());
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    const r = out.result;
    expect(r.unitIds).toEqual(["r1", "r2"]);
    const x = r.indicators.find((i) => i.id === "x")!;
    expect(Array.from(x.values)).toEqual([5, 5, 6, 5, 10, 2]);
    const root = r.nodes[0]!; // the root, as in run.test.ts
    expect(root.index[0]).toBeCloseTo(0.6701166012935349, 12);
    expect(root.growth[0]).toBeCloseTo(-0.20697482953871804, 12);
    expect(root.growth[1]).toBeCloseTo(0.5438243919766883, 12);
    // One block per (analysis, form), rows × years.
    expect(r.coupling.map((b) => [b.form, b.rows, b.D.length])).toEqual([
      ["standard", 1, 3],
      ["product_over_mean", 1, 3],
    ]);
  });

  it("toResult gives byte for byte what runPlanOnPanel gives", () => {
    const typed = runPlanOnPanelColumnar(plan(), panel());
    const json = runPlanOnPanel(plan(), panel());
    if (!typed.ok || !json.ok) throw new Error("expected ok");
    expect(stableStringify(toResult(plan(), typed.result))).toBe(stableStringify(json.result));
  });
});
