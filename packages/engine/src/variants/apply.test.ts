import { minimalPlan, type Override, type Plan } from "@ccdc/plan";
import { describe, expect, it } from "vitest";
import { applyOverrides } from "./apply.js";

/** Freezes every object and array of the value, so that a write to any of them throws. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe("applying overrides", () => {
  // One override of each kind. The copy of the plan shares the parts no override changes with
  // the plan itself, so applying them to a frozen plan must not write to any part of it.
  const overrides: Override[] = [
    { kind: "normalization", scope: "per_year", shift: 0.01 },
    { kind: "drop", indicator: "y" },
    { kind: "weighting", node: "root", weighting: { kind: "fixed", weights: { x: 1 } } },
    { kind: "compose", node: "root", compose: { kind: "flat" } },
    { kind: "forms", analysis: null, forms: ["standard"] },
    { kind: "scale", analysis: "between_root", scale: "thirds" },
  ];
  const plan = (): Plan => {
    const p = minimalPlan();
    p.scales.push({ ...structuredClone(p.scales[0]!), id: "thirds" });
    return p as Plan;
  };

  it.each(overrides)("one override of kind $kind writes to no part of the plan", (o) => {
    const frozen = deepFreeze(plan());
    expect(applyOverrides(frozen, [o], "/variants/0").ok).toBe(true);
    expect(frozen).toEqual(plan());
  });

  it("all of them write to no part of the plan, and change what they say", () => {
    const frozen = deepFreeze(plan());
    const out = applyOverrides(frozen, overrides, "/variants/0");
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(frozen).toEqual(plan());
    expect(out.plan.method.normalization).toMatchObject({ scope: "per_year", shift: 0.01 });
    expect(out.plan.indicators.map((i) => i.id)).toEqual(["x"]);
    expect(out.plan.nodes[0]).toMatchObject({
      children: ["x"],
      weighting: { kind: "fixed", weights: { x: 1 } },
      weightingOrigin: "spec",
      composeOrigin: "spec",
    });
    expect(out.plan.analyses[0]).toMatchObject({ forms: ["standard"], scale: "thirds" });
    // What no override changes is the plan's own.
    expect(out.plan.regions).toBe(frozen.regions);
    expect(out.plan.sourceMap).not.toBe(undefined);
  });
});
