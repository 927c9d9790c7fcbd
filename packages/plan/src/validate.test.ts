import { describe, expect, it } from "vitest";
import { minimalPlan } from "./fixtures.js";
import { PlanSchema } from "./schema.js";
import { checkPlan } from "./validate.js";

describe("checkPlan", () => {
  it("accepts a minimal plan with a recursive expression", () => {
    const r = checkPlan(minimalPlan());
    expect(r.ok ? [] : r.errors).toEqual([]);
  });
  it("refuses an unknown plan version with a clear message", () => {
    const r = checkPlan({ ...minimalPlan(), planVersion: 99 });
    expect(r).toEqual({
      ok: false,
      errors: ["unsupported plan version 99: this ccdc reads version 1"],
    });
  });
  it("reports schema errors by JSON pointer", () => {
    const p = minimalPlan() as unknown as { indicators: { direction: string }[] };
    p.indicators[0]!.direction = "up";
    const r = checkPlan(p);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.some((e) => e.startsWith("/indicators/0/direction"))).toBe(true);
  });
  it("lists each error once, with the allowed value of a literal", () => {
    const p = minimalPlan() as unknown as { nodes: { compose: unknown }[] };
    p.nodes[0]!.compose = { kind: "flatt" };
    const r = checkPlan(p);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(new Set(r.errors).size).toBe(r.errors.length);
      expect(r.errors).toContain('/nodes/0/compose/kind: must be equal to constant "flat"');
    }
  });
  it("rejects an unknown property anywhere: a misspelt optional key is not a silent default", () => {
    const top = { ...minimalPlan(), extra: 1 };
    expect(checkPlan(top)).toMatchObject({ ok: false });
    const p = minimalPlan() as unknown as {
      method: { normalization: Record<string, unknown> };
      indicators: Record<string, unknown>[];
      nodes: { compose: Record<string, unknown> }[];
    };
    p.method.normalization.shfit = 0.5;
    p.indicators[0]!.provenence = "typo";
    p.nodes[0]!.compose.variable = "x";
    const r = checkPlan(p);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toContain("/method/normalization: must NOT have additional properties");
      expect(r.errors).toContain("/indicators/0: must NOT have additional properties");
      expect(r.errors.some((e) => e.startsWith("/nodes/0/compose"))).toBe(true);
    }
  });
  it("every object schema with properties is closed", () => {
    const open: string[] = [];
    const visit = (s: unknown, path: string): void => {
      if (typeof s !== "object" || s === null) return;
      const o = s as Record<string, unknown>;
      if (o.type === "object" && o.properties && o.additionalProperties !== false) open.push(path);
      for (const [k, v] of Object.entries(o)) visit(v, `${path}/${k}`);
    };
    visit(PlanSchema, "");
    expect(open).toEqual([]);
  });
});
