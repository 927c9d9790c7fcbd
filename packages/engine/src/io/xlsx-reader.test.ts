import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readXlsx, xlsxReader } from "./xlsx-reader.js";

async function workbook(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "ccdc-xlsx-"));
  const wb = new ExcelJS.Workbook();
  const first = wb.addWorksheet("notes");
  first.addRow(["this sheet is not data"]);
  const data = wb.addWorksheet("panel");
  data.addRow([]); // an empty first row: the header is row 2
  data.addRow(["region", "year", "value"]);
  data.addRow(["Beijing", 2013, 4122]);
  data.addRow(["Tianjin", "2014", "10750.00"]);
  data.addRow([]);
  data.addRow([
    { richText: [{ text: "He" }, { text: "bei" }] },
    2015,
    { formula: "1+1", result: 2 },
  ]);
  data.addRow(["Henan", 2016, null]);
  const path = join(dir, "book.xlsx");
  await wb.xlsx.writeFile(path);
  return path;
}

describe("XLSX reader", () => {
  it("reads a sheet by name, with its own row numbers and typed cells", async () => {
    const path = await workbook();
    const r = await xlsxReader.read({ path, file: "book.xlsx", sheet: "panel" });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.table.header).toEqual(["region", "year", "value"]);
    expect(r.table.headerRow).toBe(2);
    expect(r.table.rows).toEqual([
      ["Beijing", 2013, 4122],
      ["Tianjin", "2014", "10750.00"],
      ["Hebei", 2015, 2],
      ["Henan", 2016],
    ]);
    expect(r.table.rowNumbers).toEqual([3, 4, 6, 7]);
  });

  it("defaults to the first sheet", async () => {
    const path = await workbook();
    const r = await xlsxReader.read({ path, file: "book.xlsx" });
    if (!r.ok) throw new Error("expected ok");
    expect(r.table.header).toEqual(["this sheet is not data"]);
  });

  it("reports an unknown sheet (D0106), listing the sheets", async () => {
    const path = await workbook();
    const r = await xlsxReader.read({
      path,
      file: "book.xlsx",
      sheet: "Data",
      pointer: "/sources/0",
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject({
      code: "D0106",
      file: "book.xlsx",
      pointer: "/sources/0/sheet",
    });
    expect(r.errors[0]!.message).toBe(
      'book.xlsx has no sheet "Data"; its sheets are: "notes", "panel"',
    );
  });

  it("reports a file that is not a workbook (D0101)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ccdc-xlsx-"));
    writeFileSync(join(dir, "fake.xlsx"), "region,year\n");
    const r = await xlsxReader.read({ path: join(dir, "fake.xlsx"), file: "fake.xlsx" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ code: "D0101", file: "fake.xlsx" });
  });
});

describe("XLSX reader, streamed and bounded", () => {
  it("a sheet with more cells than the limit is D0111, naming the sheet", async () => {
    const path = await workbook();
    const r = await readXlsx(
      { path, file: "book.xlsx", sheet: "panel", pointer: "/sources/0" },
      10,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ code: "D0111", file: "book.xlsx", pointer: "/sources/0" });
    expect(r.errors[0]!.message).toBe(
      'book.xlsx: sheet "panel" holds more than 10 cells, the most ccdc reads from one sheet',
    );
  });

  it("a date cell is text (an error later), not a serial number", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ccdc-xlsx-"));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("d");
    ws.addRow(["region", "year", "value"]);
    ws.addRow(["Beijing", 2013, new Date(Date.UTC(2013, 0, 2))]);
    const path = join(dir, "dates.xlsx");
    await wb.xlsx.writeFile(path);
    const r = await xlsxReader.read({ path, file: "dates.xlsx" });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.table.rows).toEqual([["Beijing", 2013, "2013-01-02T00:00:00.000Z"]]);
  });

  it("a workbook cut short is one message in ccdc's words", async () => {
    const path = await workbook();
    const bytes = readFileSync(path);
    const cut = join(dirname(path), "cut.xlsx");
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const r = await xlsxReader.read({ path: cut, file: "cut.xlsx", sheet: "panel" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.code).toMatch(/^D01(01|06|13)$/);
    expect(r.errors[0]!.message).toMatch(/^(cannot read )?cut\.xlsx/);
  });
});
