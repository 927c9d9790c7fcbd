import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { minimalPlan, type PlanDraft } from "@ccdc/plan";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { indexPlan } from "../plan-index.js";
import { readSources } from "./read-sources.js";

/** minimalPlan: regions r1 (key R1), r2 (key R2); years 2020, 2021; variables a, b (keys a, b). */
function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "ccdc-read-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const LONG = [
  "region,year,variable,value,unit",
  "R1,2020,a,1.5,km",
  "R1,2021,a,2,km",
  "R2,2020,a,3,km",
  "R2,2021,a,,km", // empty → missing
  "R1,2020,b,10,km2",
  "R3,2020,a,oops,km", // unknown region: not read, value not checked
  "R1,2019,a,oops,km", // year outside the study: not read
  "R1,2020,zzz,oops,km", // unknown variable: not read
].join("\n");

describe("readSources, long layout", () => {
  it("reads values into the region-major panel; rows outside the plan are counted in one warning when a needed cell is left empty", async () => {
    const dir = dirWith({ "data.csv": LONG });
    const r = await readSources(indexPlan(minimalPlan()), dir);
    expect(r.issues).toEqual([
      {
        severity: "warning",
        code: "W0103",
        message:
          'data.csv: 3 rows match nothing the study declares and were not read: 1 with a region key no region has ("R3" ×1); 1 with a variable key no variable of the source has ("zzz" ×1); 1 with a year outside the study period 2020–2021 (2019 ×1)',
        file: "data.csv",
        pointer: "/sources/0",
        hint: "the study misses values from this file: if one of these rows holds them, correct its key or year in the data, or declare the key the study should read",
      },
    ]);
    // i = region * years + year: [r1 2020, r1 2021, r2 2020, r2 2021]
    expect(Array.from(r.panel.a!)).toEqual([1.5, 2, 3, Number.NaN]);
    expect(Array.from(r.panel.b!)).toEqual([10, Number.NaN, Number.NaN, Number.NaN]);
  });

  it("does not warn about rows not read when the file leaves no needed cell empty", async () => {
    // minimalPlan's units need a and b of R1 and R2 in 2020 and 2021, rule error. A complete
    // file with other regions, variables and years besides: nothing the study misses.
    const complete = [
      "region,year,variable,value",
      "R1,2020,a,1",
      "R1,2021,a,2",
      "R2,2020,a,3",
      "R2,2021,a,4",
      "R1,2020,b,5",
      "R1,2021,b,6",
      "R2,2020,b,7",
      "R2,2021,b,8",
      "R3,2020,a,9", // another region
      "R1,2020,c,10", // another variable
      "R1,2019,a,11", // another year
    ].join("\n");
    const r = await readSources(indexPlan(minimalPlan()), dirWith({ "data.csv": complete }));
    expect(r.issues).toEqual([]);
    // The same file with R2's 2021 value of b left out: the run will stop on that cell
    // (D0201), and the rows not read are listed, since one may hold it.
    const gap = complete.replace("\nR2,2021,b,8", "");
    const r2 = await readSources(indexPlan(minimalPlan()), dirWith({ "data.csv": gap }));
    expect(r2.issues.map((i) => i.code)).toEqual(["W0103"]);
    // A gap a declared rule fills is expected: no warning.
    const plan = minimalPlan();
    plan.sources[0]!.variables[1]!.missing = { kind: "nearest" };
    const r3 = await readSources(indexPlan(plan), dirWith({ "data.csv": gap }));
    expect(r3.issues).toEqual([]);
  });

  it("resolves the path against baseDir, and names the file as the plan writes it", async () => {
    const dir = dirWith({});
    const plan = minimalPlan();
    plan.sources[0]!.path = "sub/data.csv";
    const r = await readSources(indexPlan(plan), dir);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({
      code: "D0101",
      file: "sub/data.csv",
      pointer: "/sources/0/path",
    });
    expect(r.issues[0]!.message).toContain(join(dir, "sub/data.csv"));
  });

  it("reports a missing layout column, listing the header", async () => {
    const dir = dirWith({ "data.csv": "region,yr,variable,value\nR1,2020,a,1\n" });
    const r = await readSources(indexPlan(minimalPlan()), dir);
    expect(r.issues).toEqual([
      {
        severity: "error",
        code: "D0102",
        message:
          'data.csv: the year column "year" is not in the header (row 1); the header is: A "region", B "yr", C "variable", D "value"',
        file: "data.csv",
        row: 1,
        column: "year",
        pointer: "/sources/0/layout/year",
      },
    ]);
  });

  it("reports non-numeric values, non-integer years and duplicates with file, row and column", async () => {
    const text = [
      "region,year,variable,value",
      "R1,2020,a,1",
      "R1,2021,a,1,", // a trailing empty field (some exporters write one): not an error
      "R2,2020,a,n/a",
      "R2,2020.5,a,1",
      "R1,2020,a,2",
      "R2,twenty,b,1",
    ].join("\r\n");
    const dir = dirWith({ "data.csv": text });
    const r = await readSources(indexPlan(minimalPlan()), dir);
    expect(r.issues.map((i) => [i.code, i.row, i.column, i.pointer])).toEqual([
      ["D0103", 4, "value", "/sources/0/variables/0"],
      ["D0105", 5, "year", "/sources/0/layout/year"],
      ["D0104", 6, undefined, "/sources/0/variables/0"],
      ["D0105", 7, "year", "/sources/0/layout/year"],
    ]);
    expect(r.issues[0]!.message).toBe(
      'data.csv, row 4, column "value" (D): "n/a" is not a number (variable "a")',
    );
    expect(r.issues[1]!.message).toBe(
      'data.csv, row 5, column "year" (B): the year is "2020.5", not an integer',
    );
    expect(r.issues[2]!.message).toBe(
      'data.csv, row 6: a second row for region "R1", year 2020, variable "a" (the first is row 2)',
    );
    expect(r.issues.every((i) => i.file === "data.csv" && i.severity === "error")).toBe(true);
  });

  it("refuses a row with a non-empty field past the header (an unquoted thousands separator)", async () => {
    const text = ["region,year,variable,value", "R1,2020,a,1", "R1,2021,a,2,155"].join("\n");
    const dir = dirWith({ "data.csv": text });
    const r = await readSources(indexPlan(minimalPlan()), dir);
    expect(r.issues.map((i) => [i.code, i.file, i.row, i.column])).toEqual([
      ["D0107", "data.csv", 3, "E"],
    ]);
    expect(r.issues[0]!.message).toBe(
      'data.csv, row 3: 5 fields but the header has 4; column E ("155") has no header',
    );
  });

  it("lists at most 50 issues of one kind per file, then counts the rest", async () => {
    const rows = ["region,year,variable,value"];
    for (let i = 0; i < 60; i++) rows.push(`R1,x${i},a,1`);
    rows.push("R2,2020,a,1");
    const dir = dirWith({ "data.csv": rows.join("\n") });
    const r = await readSources(indexPlan(minimalPlan()), dir);
    expect(r.issues).toHaveLength(51);
    expect(r.issues[50]).toMatchObject({
      code: "D0108",
      message: "data.csv: 10 more D0105 issues like the ones above are not listed (60 in all)",
    });
  });
});

function widePlan(): PlanDraft {
  const plan = minimalPlan();
  plan.sources[0]!.layout = { kind: "wide", region: "Region", year: "Year" };
  plan.sources[0]!.variables[1]!.key = "B col";
  return plan;
}

describe("readSources, region keys with no rows", () => {
  it("is one error at the region, suggesting the closest unmatched key", async () => {
    const plan = minimalPlan();
    plan.regions[1]!.key = "R two";
    const dir = dirWith({
      "data.csv": "region,year,variable,value\nR1,2020,a,1\nR_two,2020,a,2\nR2,2021,a,3\n",
    });
    const r = await readSources(indexPlan(plan), dir);
    expect(r.issues[0]).toEqual({
      severity: "error",
      code: "D0114",
      message: 'no rows for region key "R two" in data.csv; did you mean "R_two"?',
      file: "data.csv",
      column: "region",
      pointer: "/regions/1",
      hint: 'the region\'s key (its primary label, or `key "…"`) must equal a value of the "region" column exactly',
    });
    expect(r.issues.map((i) => i.code)).toEqual(["D0114", "W0103"]);
  });

  it("gives no suggestion when no unmatched key is close, and none for a region the study does not need", async () => {
    const plan = minimalPlan();
    plan.regions[1]!.key = "Elsewhere";
    const dir = dirWith({ "data.csv": "region,year,variable,value\nR1,2020,a,1\nR9,2020,a,2\n" });
    const r = await readSources(indexPlan(plan), dir);
    expect(r.issues[0]!.message).toBe('no rows for region key "Elsewhere" in data.csv');
    // A region in no unit is not needed: no error for it.
    const unneeded = minimalPlan();
    unneeded.regions.push({ id: "r4", key: "R4", labels: { en: "R4" } });
    const r2 = await readSources(indexPlan(unneeded), dirWith({ "data.csv": LONG }));
    expect(r2.issues.map((i) => i.code)).toEqual(["W0103"]);
  });
});

describe("readSources, wide layout", () => {
  it("reads one column per variable key", async () => {
    const dir = dirWith({
      "data.csv": 'Region,Year,a,"B col"\nR1,2020,1,2\nR2,2021,3,\nR1,2021,5,6\n',
    });
    const r = await readSources(indexPlan(widePlan()), dir);
    expect(r.issues).toEqual([]);
    expect(Array.from(r.panel.a!)).toEqual([1, 5, Number.NaN, 3]);
    expect(Array.from(r.panel.b!)).toEqual([2, 6, Number.NaN, Number.NaN]);
  });

  it("reports a missing variable column the study needs, and a duplicate (region, year) row", async () => {
    const dir = dirWith({ "data.csv": "Region,Year,a\nR1,2020,1\nR1,2020,2\nR2,2020,3\n" });
    const r = await readSources(indexPlan(widePlan()), dir);
    expect(r.issues.map((i) => [i.code, i.row, i.column, i.pointer])).toEqual([
      ["D0102", 1, "B col", "/sources/0/variables/1/key"],
      ["D0104", 3, undefined, "/sources/0"],
    ]);
    expect(r.issues[0]!.message).toContain(
      'the variable "b" column "B col" is not in the header (row 1); the header is: A "Region", B "Year", C "a"',
    );
  });

  it("only warns about a missing column of a variable the study does not use", async () => {
    const plan = widePlan();
    plan.sources[0]!.variables.push({
      id: "c",
      key: "c",
      unit: "",
      aggregate: { kind: "sum" },
      missing: { kind: "error" },
      missingOrigin: "default",
    });
    const dir = dirWith({ "data.csv": "Region,Year,a,B col\nR1,2020,1,2\nR2,2020,3,4\n" });
    const r = await readSources(indexPlan(plan), dir);
    expect(r.issues.map((i) => [i.severity, i.code, i.column])).toEqual([
      ["warning", "W0101", "c"],
    ]);
  });

  it("says so when the absent column is a splice proxy the study reads", async () => {
    // b is spliced on c, so c is read (fill order) though no indicator uses it: the study does
    // use it, and every cell of b spliced on it will fail.
    const plan = widePlan();
    plan.sources[0]!.variables[1]!.missing = { kind: "splice", proxy: "c" };
    plan.sources[0]!.variables.push({
      id: "c",
      key: "c",
      unit: "",
      aggregate: { kind: "sum" },
      missing: { kind: "error" },
      missingOrigin: "default",
    });
    const dir = dirWith({ "data.csv": "Region,Year,a,B col\nR1,2020,1,2\nR2,2020,3,4\n" });
    const r = await readSources(indexPlan(plan), dir);
    expect(r.issues.map((i) => [i.severity, i.code, i.column])).toEqual([
      ["warning", "W0101", "c"],
    ]);
    expect(r.issues[0]!.message).toBe(
      'data.csv: no column "c" for variable "c", which the study reads only as a splice proxy; the cells spliced on it cannot be filled',
    );
  });
});

describe("readSources, xlsx", () => {
  it("reads a named sheet in long layout with numeric and text cells", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ccdc-read-"));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("data");
    ws.addRow(["region", "year", "variable", "value"]);
    ws.addRow(["R1", 2020, "a", 1]);
    ws.addRow(["R1", 2021, "a", "2.50"]);
    ws.addRow(["R2", 2020, "a", "x"]);
    await wb.xlsx.writeFile(join(dir, "d.xlsx"));
    const plan = minimalPlan();
    plan.sources[0] = { ...plan.sources[0]!, path: "d.xlsx", format: "xlsx", sheet: "data" };
    const r = await readSources(indexPlan(plan), dir);
    expect(r.issues.map((i) => [i.code, i.file, i.row, i.column])).toEqual([
      ["D0103", "d.xlsx", 4, "value"],
    ]);
    expect(Array.from(r.panel.a!)).toEqual([1, 2.5, Number.NaN, Number.NaN]);
  });
});

describe("readSources, the data read exactly", () => {
  it("two wide columns with a variable's name: D0109 naming both", async () => {
    const dir = dirWith({ "data.csv": 'Region,Year,a,"B col",a\nR1,2020,1,2,9\nR2,2020,1,2,9\n' });
    const r = await readSources(indexPlan(widePlan()), dir);
    expect(r.issues.map((i) => [i.code, i.row, i.column, i.pointer])).toEqual([
      ["D0109", 1, "E", "/sources/0/variables/0/key"],
    ]);
    expect(r.issues[0]!.message).toBe(
      'data.csv: the header (row 1) has two columns named "a", C and E; the variable "a" column is ambiguous',
    );
  });

  it("two layout columns of one name: D0109", async () => {
    const dir = dirWith({
      "data.csv": "region,year,variable,value,year\nR1,2020,a,1,2021\nR2,2020,a,1,2021\n",
    });
    const r = await readSources(indexPlan(minimalPlan()), dir);
    expect(r.issues.map((i) => [i.code, i.column])).toEqual([["D0109", "E"]]);
  });

  it("a region or variable key differing only in case: W0102 with a did-you-mean, once per key", async () => {
    const dir = dirWith({
      "data.csv": "region,year,variable,value\nr1,2020,a,1\nr1,2021,a,2\nR2,2020,A,3\n",
    });
    const all = await readSources(indexPlan(minimalPlan()), dir);
    // (R1 has no row with its exact key: D0114 and the W0103 count come too.)
    const r = { issues: all.issues.filter((i) => i.code === "W0102") };
    expect(r.issues.map((i) => [i.severity, i.code, i.row])).toEqual([
      ["warning", "W0102", 2],
      ["warning", "W0102", 4],
    ]);
    expect(r.issues[0]!.message).toBe(
      'data.csv: rows for region key "r1" (the first is row 2) are not read: no region has that key; did you mean "R1"?',
    );
    expect(r.issues[1]!.message).toMatch(/variable key "A" .*did you mean "a"\?/);
  });

  it("an .xlsx that is not a workbook: D0101 in ccdc's words", async () => {
    const dir = dirWith({ "d.xlsx": "region,year\nR1,2020\n" });
    const plan = minimalPlan();
    plan.sources[0] = { ...plan.sources[0]!, path: "d.xlsx", format: "xlsx" };
    const r = await readSources(indexPlan(plan), dir);
    expect(r.issues.map((i) => i.code)).toEqual(["D0101"]);
    expect(r.issues[0]!.message).toMatch(/^cannot read d\.xlsx as an XLSX workbook: /);
  });

  it("an endless source (/dev/zero) stops at once", async () => {
    const plan = minimalPlan();
    plan.sources[0]!.path = "/dev/zero";
    const r = await readSources(indexPlan(plan), "/");
    expect(r.issues.map((i) => i.code)).toEqual(["D0110"]);
  });
});

describe("the study's read limit (D0115)", () => {
  /** The minimal plan with its variable b read from a second source, data2.csv. */
  function twoSources(): PlanDraft {
    const plan = minimalPlan();
    const first = plan.sources[0]!;
    plan.sources = [
      { ...first, variables: first.variables.filter((v) => v.id === "a") },
      {
        ...first,
        id: "data2",
        path: "data2.csv",
        variables: first.variables.filter((v) => v.id === "b"),
      },
    ];
    return plan;
  }
  const files = {
    "data.csv": "region,year,variable,value\nR1,2020,a,1\nR1,2021,a,1\nR2,2020,a,1\nR2,2021,a,1\n",
    "data2.csv": "region,year,variable,value\nR1,2020,b,1\nR1,2021,b,1\nR2,2020,b,1\nR2,2021,b,1\n",
  };

  it("counts regular files by size in plan order: the source that passes the limit is refused", async () => {
    const dir = dirWith(files);
    const limit = files["data.csv"].length + 10;
    const r = await readSources(indexPlan(twoSources()), dir, {}, limit);
    expect(r.issues.map((i) => [i.code, i.file, i.pointer])).toEqual([
      ["D0115", "data2.csv", "/sources/1"],
    ]);
    expect(r.issues[0]!.message).toBe(
      `data2.csv: the study's sources together are larger than ${limit} bytes, the most ccdc reads for one study`,
    );
    // The first source was read.
    expect(Array.from(r.panel.a!)).toEqual([1, 1, 1, 1]);
  });

  it("within the limit, every source is read", async () => {
    const dir = dirWith(files);
    const r = await readSources(indexPlan(twoSources()), dir);
    expect(r.issues).toEqual([]);
    expect(Array.from(r.panel.b!)).toEqual([1, 1, 1, 1]);
  });
});
