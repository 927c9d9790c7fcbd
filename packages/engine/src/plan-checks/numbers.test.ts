import { minimalPlan } from "@ccdc/plan";
import { describe, expect, it } from "vitest";
import type { EngineIssue } from "../issues.js";
import { checkPlanSemantics } from "./index.js";

describe("every number of a plan is finite (P0014)", () => {
  it("1e400 (Infinity after JSON.parse) is refused with its pointer, before other checks", () => {
    const plan = JSON.parse(
      JSON.stringify(minimalPlan()).replace(/"shift":[^,}]+/, '"shift":1e400'),
    );
    const issues: EngineIssue[] = checkPlanSemantics(plan);
    expect(issues.map((i) => [i.code, i.pointer])).toEqual([
      ["P0014", "/method/normalization/shift"],
    ]);
  });

  it("years must start and end with the period; a period has at most 500 years (P0010)", () => {
    const plan = minimalPlan();
    plan.study.period = { from: 2019, to: 2021 };
    expect(checkPlanSemantics(plan).map((i) => [i.code, i.pointer])).toEqual([
      ["P0010", "/study/years"],
    ]);
    plan.study.period = { from: 2020, to: 1_000_000_000 };
    expect(checkPlanSemantics(plan).map((i) => [i.code, i.pointer])).toEqual([
      ["P0010", "/study/period"],
    ]);
  });
});
