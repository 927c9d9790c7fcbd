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

/**
 * A cell of any shape a file the fast path reads can hold, for the columns a row is not read
 * by: quoted (with commas, doubled quotes, a key or a number inside), non-ASCII, blank,
 * malformed numbers and years, random text.
 */
const oddCell = fc.oneof(
  fc.constantFrom(
    '"a,b"',
    '""',
    '"say ""hi"""',
    '"R1"',
    '" R9 "',
    '"2020"',
    '"1.5"',
    '","',
    "é",
    "中文",
    "😀",
    "\u00a0",
    "\t",
    " ",
    "",
    "x",
    "1e400",
    "2021.5",
    "-",
    "NaN",
    "\u3000R9\u3000",
  ),
  fc.string({ unit: "grapheme", maxLength: 6 }).map((t) => t.replace(/[",\r\n\0]/g, "")),
  fc
    .string({ unit: "grapheme", maxLength: 6 })
    .map((t) => `"${t.replace(/[\r\n\0]/g, "").replace(/"/g, '""')}"`),
);
/**
 * Region cells a study does not read a row by — unknown keys, a case near miss (W0102), the
 * trim of a padded key, white space of every kind around keys, quoted keys — and some it does
 * (a declared key with white space around: the general path trims it).
 */
const unusedRegion = fc.constantFrom(
  "R9",
  "R9",
  "r1",
  "r2X",
  "Padded",
  " R9",
  "R9 ",
  "Région 9",
  "\u00a0R9",
  "\ufeffR9",
  "R1\u3000",
  " R1",
  '"R9"',
  '"R1"',
  '"R9,x"',
  '""',
  "R 1",
);
/** Years outside the study, as plain integers (and a few that are not plain). */
const outsideYear = fc.constantFrom(
  "2019",
  "2023",
  "1999",
  "0",
  "02023",
  "000002019",
  "999999999",
  "1234567890",
);
const unknownVariable = fc.constantFrom("c", "A", "z", "gdp per capita ", '"a"', "ä", "a,");

/** A long file: a header (layout columns in some order, maybe extra ones), rows of cells. */
const longFile = fc
  .record({
    order: fc.constantFrom(
      ["region", "year", "variable", "value"],
      ["variable", "value", "region", "year"],
      ["region", "unit", "year", "variable", "value"],
      ["region", "year", "variable", "value", "unit", "note"],
      ["note", "variable", "year", "value", "region"],
    ),
    rows: fc.array(
      fc.oneof(
        fc.record({
          region: regionCell,
          year: yearCell,
          variable: variableCell,
          value: valueCell,
          unit: fc.constantFrom("km", "", "x,y", '"x,y"'),
          note: oddCell,
        }),
        // Rows the study may not read, their other cells of any shape.
        fc.record({
          region: fc.oneof(unusedRegion, regionCell),
          year: fc.oneof(yearCell, outsideYear, oddCell),
          variable: fc.oneof(variableCell, unknownVariable, oddCell),
          value: fc.oneof(valueCell, oddCell),
          unit: oddCell,
          note: oddCell,
        }),
        fc.constantFrom(
          "",
          " ",
          ",,,",
          "R1,2020,a,1,",
          "R1,2020,a,1,,x",
          "R1,2020",
          "R9,2020,a,1,,x",
          "R9,2020,a,1,,",
          'R9,2020,a,1,"",""',
          "R9",
          "R1,2019",
        ),
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
      ["note", "a", "year", "region", "b"],
    ),
    rows: fc.array(
      fc.oneof(
        fc.tuple(regionCell, yearCell, fc.array(valueCell, { minLength: 6, maxLength: 6 })),
        // Rows the study may not read, their other cells of any shape.
        fc.tuple(
          fc.oneof(unusedRegion, regionCell),
          fc.oneof(yearCell, outsideYear, oddCell),
          fc.array(fc.oneof(valueCell, oddCell), { minLength: 6, maxLength: 6 }),
        ),
        fc.constantFrom("", ",,", "R1,2020,1,2,3,4,5,6,7", "R9,2020,1,2,3,4,5,6,7", "R9"),
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

describe("rows the study does not read (ingest-bytes.ts)", () => {
  it("are counted from their key alone, as the general path counts them, whatever else they hold", async () => {
    // A national panel read for a few regions: most rows are other regions' (R9, r1 — a case
    // near miss of R1 — and Région 9), some a variable the source does not have (z) or a year
    // outside 2020–2022; their values are malformed, their notes quoted with commas. R2 has no
    // row at all, so the study misses values from the file and W0103 counts the unread rows.
    const lines = ["region,year,variable,value,note"];
    for (let i = 0; i < 4; i++) {
      lines.push(`R9,2020,a,not a number,"S1, p. ${i}"`);
      lines.push(`r1,20x0,"a,b",,"say ""hi"""`);
      lines.push(`Région 9,2021,a,1e400,中文`);
      lines.push(`R1,202${i % 3},z,1.5,"x"`);
      lines.push(`R1,${2016 + i},a,abc,`);
    }
    lines.push(`R1,2020,a,2.5,"S1, table 3"`, "Inner Mongolia,2021,b,7,");
    const { general, fast } = await both("long", `${lines.join("\n")}\n`, 64);
    expect(general.taken).toBe(0);
    expect(fast.taken).toBe(lines.length - 1);
    expect(fast.issues).toEqual(general.issues);
    samePanel(fast.panel, general.panel);
    expect(fast.panel.a![0]).toBe(2.5);
    const codes = fast.issues.map((i) => i.code);
    expect(codes).toContain("W0102");
    // 4 rows each of R9, r1 and Région 9; 4 of variable z; 4 of years outside (2016–2019).
    const unmatched = fast.issues.find((i) => i.code === "W0103")!;
    expect(unmatched.message).toContain(
      '12 with a region key no region has ("R9" ×4, "r1" ×4, "Région 9" ×4)',
    );
    expect(unmatched.message).toContain(
      '4 with a variable key no variable of the source has ("z" ×4)',
    );
    expect(unmatched.message).toContain(
      "4 with a year outside the study period 2020–2022 (2016 ×1, 2017 ×1, 2018 ×1, and 1 more)",
    );
  });

  it("give a near miss its first row the general path reads, even after rows not read", async () => {
    // "A" (a near miss of variable a) first appears in rows whose region is unknown, in a
    // layout where the region comes after the variable: those rows are counted by their region
    // and say nothing of "A"; W0102 names row 4, the first whose region is declared.
    const text = "variable,value,region,year\nA,1,R9,2020\nA,2,R9,2021\nA,3,R1,2020\nA,4,R1,2021\n";
    const { general, fast } = await both("long", text, 64);
    expect(fast.issues).toEqual(general.issues);
    const near = fast.issues.find((i) => i.code === "W0102")!;
    expect(near.message).toContain("row 4");
  });

  it("keep the general path's error for a field past the header, even in a row not read", async () => {
    const text = "region,year,variable,value\nR9,2020,a,1,,x\nR1,2020,a,1\n";
    const { general, fast } = await both("long", text, 64);
    expect(fast.issues).toEqual(general.issues);
    expect(fast.issues.map((i) => i.code)).toEqual(["D0107"]);
  });
});
