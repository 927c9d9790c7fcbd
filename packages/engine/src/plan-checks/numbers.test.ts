import { minimalPlan, type Plan } from "@ccdc/plan";
import { describe, expect, it } from "vitest";
import type { EngineIssue } from "../issues.js";
import { checkPlanSemantics } from "./index.js";
import { checkFiniteNumbers } from "./numbers.js";

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

  it("reports every non-finite number in document order, with escaped pointers", () => {
    const plan = {
      a: { "x/y~z": [1, Number.POSITIVE_INFINITY, { b: Number.NaN }] },
      c: Number.NEGATIVE_INFINITY,
      d: [[[]], { e: "text", f: null, g: 2 }],
    } as unknown as Plan;
    const issues: EngineIssue[] = [];
    expect(checkFiniteNumbers(plan, issues)).toBe(false);
    expect(issues.map((i) => i.pointer)).toEqual(["/a/x~1y~0z/1", "/a/x~1y~0z/2/b", "/c"]);
    expect(checkFiniteNumbers({ d: [[], { g: 2 }] } as unknown as Plan, [])).toBe(true);
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
