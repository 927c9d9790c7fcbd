import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csvReader, parseCsv } from "./csv-reader.js";

const req = { file: "data.csv" };

describe("CSV reader", () => {
  it("strips a BOM, reads CRLF, keeps quoted commas, quotes and line breaks", () => {
    const text =
      '\uFEFFregion,year,note\r\n"Bei, jing",2013,"say ""hi"""\r\nHebei,2014,"two\r\nlines"\r\nHenan,2015,x\r\n';
    const r = parseCsv(Buffer.from(text, "utf8"), req);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.table.header).toEqual(["region", "year", "note"]);
    expect(r.table.rows).toEqual([
      ["Bei, jing", "2013", 'say "hi"'],
      ["Hebei", "2014", "two\r\nlines"],
      ["Henan", "2015", "x"],
    ]);
    // Lines as an editor shows them: header 1, then 2, 3 (spanning 3–4), 5.
    expect(r.table.headerRow).toBe(1);
    expect(r.table.rowNumbers).toEqual([2, 3, 5]);
  });

  it("skips blank lines but keeps counting them, and reads empty cells as null", () => {
    const text = "\n\na,b\n1,\n\n\n2,3\n ,\n4,5";
    const r = parseCsv(Buffer.from(text), req);
    if (!r.ok) throw new Error("expected ok");
    expect(r.table.headerRow).toBe(3);
    // " ," is a row of empty cells: skipped.
    expect(r.table.rows).toEqual([
      ["1", null],
      ["2", "3"],
      ["4", "5"],
    ]);
    expect(r.table.rowNumbers).toEqual([4, 7, 9]);
  });

  it("counts lines in multi-byte text correctly", () => {
    const text = 'province,v\n北京,1\n天津,"2\n"\n河北,3\n';
    const r = parseCsv(Buffer.from(text), req);
    if (!r.ok) throw new Error("expected ok");
    expect(r.table.rowNumbers).toEqual([2, 3, 5]);
  });

  it("reports an unclosed quote as D0107 with the file", () => {
    const r = parseCsv(Buffer.from('a,b\n1,"2\n3,4\n'), { file: "bad.csv", pointer: "/sources/0" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject({
      severity: "error",
      code: "D0107",
      file: "bad.csv",
      pointer: "/sources/0",
    });
    expect(r.errors[0]!.message).toMatch(/^bad\.csv: malformed CSV/);
  });

  it("reports a missing file as D0101, naming the file and the path looked at", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ccdc-csv-"));
    const r = await csvReader.read({
      path: join(dir, "nope.csv"),
      file: "nope.csv",
      pointer: "/sources/2",
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject({
      code: "D0101",
      file: "nope.csv",
      pointer: "/sources/2/path",
    });
    expect(r.errors[0]!.message).toContain("no such file");
  });

  it("reads a file from disk", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ccdc-csv-"));
    writeFileSync(join(dir, "d.csv"), "x,y\r\n1,2\r\n");
    const r = await csvReader.read({ path: join(dir, "d.csv"), file: "d.csv" });
    expect(r.ok && r.table.rows).toEqual([["1", "2"]]);
  });
});
