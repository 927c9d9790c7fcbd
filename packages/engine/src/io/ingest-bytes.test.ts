import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { minimalPlan, type PlanDraft } from "@ccdc/plan";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import type { EngineIssue } from "../issues.js";
import { emptyPanel, type PanelData } from "../panel.js";
import { indexPlan } from "../plan-index.js";
import { streamCsvFileFast } from "./csv-fast.js";
import { streamCsvFile } from "./csv-reader.js";
import { RowIngest } from "./ingest.js";

const dir = mkdtempSync(join(tmpdir(), "ccdc-ingest-bytes-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

/**
 * minimalPlan with keys of every kind: ASCII, non-ASCII, with a space inside, with spaces
 * around (never matched by a trimmed cell), one differing only in case from another; years
 * 2020–2022; variables a, b and "gdp per capita".
 */
function plan(layout: "long" | "wide"): PlanDraft {
  const p = minimalPlan();
  p.study.years = [2020, 2021, 2022];
  p.study.period = { from: 2020, to: 2022 };
  const keys = ["R1", "R2", "Région 3", "Inner Mongolia", " Padded ", "r2x"];
  p.regions = keys.map((key, i) => ({ id: `r${i + 1}`, key, labels: { en: key } }));
  p.units.list = p.regions.map((r) => ({ id: r.id, labels: r.labels, members: [r.id] }));
  const source = p.sources[0]!;
  source.variables.push({ ...source.variables[0]!, id: "c", key: "gdp per capita" });
  if (layout === "wide") source.layout = { kind: "wide", region: "region", year: "year" };
  return p;
}

/** Counts the rows the fast path took. */
class Counting extends RowIngest {
  taken = 0;
  override bytesRow(bytes: Buffer, start: number, end: number, row: number): boolean {
    const took = super.bytesRow(bytes, start, end, row);
    if (took) this.taken++;
    return took;
  }
}

/** One file through csv-parse's path (rows as text) and through csv-fast's (bytes first). */
async function both(layout: "long" | "wide", text: string, block: number) {
  const path = join(dir, `f${n++}.csv`);
  writeFileSync(path, text);
  const index = indexPlan(plan(layout));
  const request = { path, file: "data.csv", pointer: "/sources/0" };
  const run = async (fast: boolean) => {
    const panel = emptyPanel(index.plan);
    const issues: EngineIssue[] = [];
    const ingest = new Counting(index, 0, "data.csv", panel, issues);
    let errors: EngineIssue[] | undefined;
    if (fast) {
      const outcome = await streamCsvFileFast(request, ingest, block);
      expect(outcome.accepted).toBe(true);
      errors = outcome.accepted ? outcome.errors : undefined;
    } else errors = await streamCsvFile(request, ingest);
    if (errors === undefined) ingest.finish();
    return { panel, issues: errors ?? issues, taken: ingest.taken };
  };
  return { general: await run(false), fast: await run(true) };
}

/** Every value bit for bit (Object.is: NaN is NaN, -0 is not 0). */
function samePanel(a: PanelData, b: PanelData): void {
  expect(Object.keys(a)).toEqual(Object.keys(b));
  for (const id of Object.keys(a)) {
    const x = Array.from(a[id]!);
    const y = Array.from(b[id]!);
    const differ = x.findIndex((v, i) => !Object.is(v, y[i]));
    if (differ >= 0)
      expect({ id, at: differ, value: y[differ] }).toEqual({ id, at: differ, value: x[differ] });
  }
}

/** Mostly cells the fast path takes, sometimes ones it must leave to the general path. */
const mostly = <T>(taken: fc.Arbitrary<T>, other: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: taken, weight: 5 }, { arbitrary: other, weight: 1 });
const regionCell = mostly(
  fc.constantFrom("R1", "R2", "Région 3", "Inner Mongolia", "r2x"),
  fc.constantFrom("Padded", " Padded ", " R1", "R1 ", "r1", "R9", "", "\u00a0R2"),
);
const yearCell = mostly(
  fc.constantFrom("2020", "2021", "2022", "02021"),
  fc.constantFrom("2019", "2021.0", "+2021", "2e3", "x", "", " 2020", "20210", "1234567890"),
);
const variableCell = mostly(
  fc.constantFrom("a", "b", "gdp per capita"),
  fc.constantFrom("A", "c", "", " a", "b "),
);
const valueCell = mostly(
  fc.oneof(
    fc.double({ noNaN: true }).map(String),
    fc.double({ min: 0.001, max: 1e6, noNaN: true }).map(String),
    fc.double({ min: -1e3, max: 1e3, noNaN: true }).map((x) => x.toPrecision(18)),
  ),
  fc.constantFrom(
    "",
    " ",
    "abc",
    "1e400",
    "-1e400",
    " 7 ",
    "-0",
    "+.5",
    "5.",
    "1e5",
    "0x10",
    "Infinity",
    "NaN",
    "1_0",
    "12345678901234567890123",
    "9007199254740993.0",
    "٣",
    '"3"',
  ),
);

/** A long file: a header (layout columns in some order, maybe an extra one), rows of cells. */
const longFile = fc
  .record({
    order: fc.constantFrom(
      ["region", "year", "variable", "value"],
      ["variable", "value", "region", "year"],
      ["region", "unit", "year", "variable", "value"],
    ),
    rows: fc.array(
      fc.oneof(
        fc.record({
          region: regionCell,
          year: yearCell,
          variable: variableCell,
          value: valueCell,
          unit: fc.constantFrom("km", "", "x,y"),
        }),
        fc.constantFrom("", " ", ",,,", "R1,2020,a,1,", "R1,2020,a,1,,x", "R1,2020"),
      ),
      { maxLength: 60 },
    ),
    lineEnd: fc.constantFrom("\n", "\n", "\r\n"),
  })
  .map(({ order, rows, lineEnd }) =>
    [
      order.join(","),
      ...rows.map((r) =>
        typeof r === "string" ? r : order.map((c) => r[c as keyof typeof r]).join(","),
      ),
    ].join(lineEnd),
  );

/** A wide file: region, year and the variables' columns (maybe missing or repeated ones). */
const wideFile = fc
  .record({
    columns: fc.constantFrom(
      ["region", "year", "a", "b", "gdp per capita"],
      ["year", "b", "region", "a"],
      ["region", "year", "a", "b", "gdp per capita", "note"],
    ),
    rows: fc.array(
      fc.oneof(
        fc.tuple(regionCell, yearCell, fc.array(valueCell, { minLength: 6, maxLength: 6 })),
        fc.constantFrom("", ",,", "R1,2020,1,2,3,4,5,6,7"),
      ),
      { maxLength: 40 },
    ),
  })
  .map(({ columns, rows }) =>
    [
      columns.join(","),
      ...rows.map((r) => {
        if (typeof r === "string") return r;
        const [region, year, values] = r;
        let v = 0;
        return columns
          .map((c) => (c === "region" ? region : c === "year" ? year : values[v++]))
          .join(",");
      }),
    ].join("\n"),
  );

describe("the ingest's byte path (ingest-bytes.ts)", () => {
  for (const [layout, file] of [
    ["long", longFile],
    ["wide", wideFile],
  ] as const) {
    it(`gives the general path's panel, bit for bit, and issues on random ${layout} files`, async () => {
      let taken = 0;
      let rows = 0;
      await fc.assert(
        fc.asyncProperty(file, fc.integer({ min: 8, max: 300 }), async (text, block) => {
          const { general, fast } = await both(layout, text, block);
          expect(general.taken).toBe(0);
          expect(fast.issues).toEqual(general.issues);
          samePanel(fast.panel, general.panel);
          taken += fast.taken;
          rows += text.split("\n").length - 1;
        }),
        { numRuns: 300 },
      );
      // The fast path took a good share of the rows (the rest exercised the fallback).
      expect(taken).toBeGreaterThan(rows / 10);
    }, 120_000);
  }

  it("takes every row of a clean long file and reads it exactly", async () => {
    const lines = ["region,year,variable,value"];
    const regions = ["R1", "R2", "Région 3", "Inner Mongolia"];
    let i = 0;
    for (const r of regions)
      for (const y of [2020, 2021, 2022])
        for (const v of ["a", "b", "gdp per capita"])
          lines.push(`${r},${y},${v},${(++i * Math.PI) / 7}`);
    const { general, fast } = await both("long", `${lines.join("\n")}\n`, 64);
    expect(fast.taken).toBe(lines.length - 1);
    expect(fast.issues).toEqual(general.issues);
    samePanel(fast.panel, general.panel);
    expect(fast.panel.a![0]).toBe(Math.PI / 7);
  });
});
