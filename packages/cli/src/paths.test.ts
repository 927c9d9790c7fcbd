import { minimalPlan } from "@ccdc/plan";
import { describe, expect, test } from "vitest";
import { displayPath, rebasePath, rebasePlan } from "./paths.js";

describe("rebasing plan paths", () => {
  test("a path relative to one folder, made relative to another", () => {
    // /w/specs + ../../shared/d.csv = /shared/d.csv; from /w/build that is ../../shared/d.csv
    expect(rebasePath("../../shared/d.csv", "/w/specs", "/w/build")).toBe("../../shared/d.csv");
    // /w/specs/data/t.csv from /w/out/x → ../../specs/data/t.csv
    expect(rebasePath("data/t.csv", "/w/specs", "/w/out/x")).toBe("../../specs/data/t.csv");
    expect(rebasePath("/abs/d.csv", "/w/specs", "/w/out")).toBe("/abs/d.csv");
  });

  test("sources are relative to their base, the source map to the working directory", () => {
    const plan = {
      ...minimalPlan(),
      sourceMap: {
        "/sources/0": {
          file: "specs/mini.ccd",
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 2,
          offset: 0,
          endOffset: 1,
        },
      },
    };
    const out = rebasePlan(plan, { sources: "/w/specs", sourceMap: "/w" }, "/w/out");
    expect(out.sources[0]?.path).toBe("../specs/data.csv");
    expect(out.sourceMap["/sources/0"]?.file).toBe("../specs/mini.ccd");
    expect(plan.sources[0]?.path).toBe("data.csv");
  });

  test("display paths are relative to the working directory", () => {
    expect(displayPath("/w/specs/a.ccd", "/w")).toBe("specs/a.ccd");
    expect(displayPath("/x/y/z/a.ccd", "/w/p/q")).toBe("/x/y/z/a.ccd");
  });
});
