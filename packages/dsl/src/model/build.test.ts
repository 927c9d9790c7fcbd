import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { CheckContext } from "../check/context.js";
import { checkSpec } from "../check/index.js";
import { edit, MINI } from "../check/spec-fixture.js";
import { parseSpec } from "../parse.js";
import { buildModel } from "./build.js";
import { ModelInvariantError } from "./need.js";

const model = (src: string) => {
  const checked = checkSpec(parseSpec(src, "t.ccd").ast);
  expect(checked.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return checked.model!;
};

describe("the checked model", () => {
  test("defaults are applied once, with origin default", () => {
    const m = model(MINI);
    expect(m.method.shift).toEqual({ value: 0.0001, origin: "default" });
    expect(m.method.scope).toEqual({ value: "pooled", origin: "default" });
    expect(m.method.constant).toEqual({ value: "zero", origin: "default" });
    expect(m.method.range).toBeUndefined();
    expect(m.sources[0]?.format).toEqual({ value: "csv", origin: "default" });
    expect(m.sources[0]?.variables[0]?.missing).toEqual({
      value: { kind: "error" },
      origin: "default",
    });
    expect(m.nodes[0]?.compose).toEqual({ value: { kind: "flat" }, origin: "default" });
    expect(m.nodes[0]?.weighting).toEqual({ value: { kind: "entropy" }, origin: "default" });
    expect(m.analyses[0]?.forms).toEqual({ value: ["standard"], origin: "default" });
    expect(m.analyses[0]?.beta).toEqual({ value: "equal", origin: "default" });
    expect(m.analyses[0]?.scale).toEqual({ value: "s4", origin: "default" });
  });

  test("a choice written in the method block reaches nodes and analyses as spec", () => {
    const src = edit(MINI, [
      "units clusters",
      "units clusters\nmethod { normalize scope per_year compose staged weights equal coupling product_over_mean }",
    ]);
    const m = model(src);
    expect(m.method.scope).toEqual({ value: "per_year", origin: "spec" });
    expect(m.nodes[0]?.compose).toEqual({ value: { kind: "staged" }, origin: "spec" });
    expect(m.nodes[1]?.weighting).toEqual({ value: { kind: "equal" }, origin: "spec" });
    expect(m.analyses[1]?.forms).toEqual({ value: ["product_over_mean"], origin: "spec" });
  });

  test("references are resolved: units, combinations, parents, leaves", () => {
    const m = model(MINI);
    expect(m.units.list.map((u) => [u.id, u.members])).toEqual([
      ["north", ["a", "b"]],
      ["south", ["c"]],
    ]);
    expect(m.analyses[1]).toMatchObject({ kind: "between", combinations: [["north", "south"]] });
    expect(m.nodes.map((n) => [n.id, n.parent, n.leaves])).toEqual([
      ["total", null, ["gdp_pc", "density"]],
      ["econ", "total", ["gdp_pc"]],
      ["land", "total", ["density"]],
    ]);
    expect(m.indicators.map((i) => [i.id, i.direction, i.unit])).toEqual([
      ["gdp_pc", "+", "亿元/万人"],
      ["density", "-", "万人/万平方公里"],
    ]);
  });

  test("is built only without errors; a broken invariant is thrown, never filled in", () => {
    const broken = edit(MINI, ["direction cost", "direction sideways"]);
    expect(checkSpec(parseSpec(broken, "t.ccd").ast).model).toBeUndefined();
    const ctx = new CheckContext(parseSpec(broken, "t.ccd").ast);
    expect(() => buildModel(ctx)).toThrow(ModelInvariantError);
  });
});

test("lowering is a total function of the model: no fallbacks in lower/", () => {
  const dir = new URL("../lower/", import.meta.url);
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".ts") && !x.endsWith(".test.ts"))) {
    const text = readFileSync(new URL(f, dir), "utf8");
    expect(text, f).not.toMatch(/\?\?|\|\| ?["'{[0-9]/);
    expect(text, f).not.toMatch(/check\/context/);
  }
});
