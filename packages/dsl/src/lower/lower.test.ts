import { createHash } from "node:crypto";
import { stableStringify } from "@ccdc/plan";
import { describe, expect, test } from "vitest";
import { edit, MINI } from "../check/spec-fixture.js";
import { compileSpec } from "../compile.js";

const plan = (src: string) => {
  const r = compileSpec(src, "specs/t.ccd");
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return r.plan!;
};

describe("lowering", () => {
  test("study: years expanded, notes and citations", () => {
    const src = edit(MINI, ['  title "Mini"', '  title "Mini"\n  note "n1"\n  cite k1 "Ref one."']);
    expect(plan(src).study).toEqual({
      id: "mini",
      title: "Mini",
      period: { from: 2020, to: 2022 },
      years: [2020, 2021, 2022],
      notes: ["n1"],
      citations: [{ id: "k1", text: "Ref one." }],
    });
  });
  test("sources: path as written, key defaults to the variable name, missing defaults to error", () => {
    const src = edit(
      MINI,
      ['"data.csv"', '"../data/panel.csv"'],
      ['variable gdp "gdp"', "variable gdp"],
    );
    const s = plan(src).sources[0]!;
    expect(s.path).toBe("../data/panel.csv");
    expect(s.format).toBe("csv");
    expect(s.variables[0]).toEqual({
      id: "gdp",
      key: "gdp",
      unit: "亿元",
      aggregate: { kind: "sum" },
      missing: { kind: "error" },
      missingOrigin: "default",
    });
  });
  test("a variable's note is kept", () => {
    const src = edit(MINI, [
      'unit "亿元" aggregate sum',
      'unit "亿元" aggregate sum note "from S7"',
    ]);
    expect(plan(src).sources[0]?.variables[0]?.note).toBe("from S7");
  });
  test("regions: the key defaults to the primary label; `key` overrides it", () => {
    const src = edit(MINI, ['region b "B"', 'region b "B" zh "乙" key "b-key"']);
    expect(plan(src).regions).toEqual([
      { id: "a", key: "A", labels: { en: "A" } },
      { id: "b", key: "b-key", labels: { en: "B", zh: "乙" } },
      { id: "c", key: "C", labels: { en: "C" } },
    ]);
  });
  test("method defaults: shift 0.0001, pooled, constant zero, all with origin default", () => {
    expect(plan(MINI).method).toEqual({
      normalization: {
        kind: "minmax",
        shift: 0.0001,
        scope: "pooled",
        origin: { shift: "default", scope: "default" },
      },
      constantIndicator: { rule: "zero", origin: "default" },
    });
  });
  test("the source map: one entry per declaration, sorted keys, 1-based positions", () => {
    const map = plan(MINI).sourceMap;
    const keys = Object.keys(map);
    expect(keys).toEqual([...keys].sort());
    expect(keys).toEqual([
      "/analyses/0",
      "/analyses/1",
      "/indicators/0",
      "/indicators/0/expr",
      "/indicators/1",
      "/indicators/1/expr",
      "/nodes/0",
      "/nodes/1",
      "/nodes/2",
      "/regions/0",
      "/regions/1",
      "/regions/2",
      "/scales/0",
      "/scales/0/levels/0",
      "/scales/0/levels/1",
      "/scales/0/levels/2",
      "/scales/0/levels/3",
      "/sources/0",
      "/sources/0/variables/0",
      "/sources/0/variables/1",
      "/sources/0/variables/2",
      "/study",
      "/units",
      "/units/list/0",
      "/units/list/1",
    ]);
    // `study mini {` … `}` spans lines 1-4; the end is just after the `}`.
    const studyAt = MINI.indexOf("study mini");
    const studyEnd = MINI.indexOf("\n}", studyAt) + 2;
    expect(map["/study"]).toEqual({
      file: "specs/t.ccd",
      line: 1,
      column: 1,
      endLine: 4,
      endColumn: 2,
      offset: studyAt,
      endOffset: studyEnd,
    });
    // The offsets cut the declaration out of the text, without counting lines.
    expect(MINI.slice(studyAt, studyEnd)).toMatch(/^study mini \{[\s\S]*\}$/);
    // `region a "A"` is line 13.
    const regionAt = MINI.indexOf('region a "A"');
    expect(map["/regions/0"]).toEqual({
      file: "specs/t.ccd",
      line: 13,
      column: 1,
      endLine: 13,
      endColumn: 13,
      offset: regionAt,
      endOffset: regionAt + 'region a "A"'.length,
    });
  });
  test("the plan records the hash of the spec text it was compiled from", () => {
    const sha256 = createHash("sha256").update(MINI, "utf8").digest("hex");
    expect(plan(MINI).specFiles).toEqual({ "specs/t.ccd": { sha256 } });
  });
  test("deterministic: the same text gives the same bytes", () => {
    expect(stableStringify(plan(MINI))).toBe(stableStringify(plan(MINI)));
  });
});
