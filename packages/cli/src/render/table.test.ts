import { describe, expect, test } from "vitest";
import { ansiStyle, stripAnsi } from "../style.js";
import { fixturePlan, fixtureResult } from "../testing/fixture.js";
import { heading, table } from "./document.js";
import { namesFor } from "./names.js";
import { renderDocumentText, renderTable, tableLines } from "./table.js";

const report = renderTable(fixtureResult(), fixturePlan());
const lines = report.split("\n");

describe("table format", () => {
  test("aligns columns: labels left, numbers right", () => {
    expect(
      tableLines(
        ["unit", "2020"],
        [
          ["north", "0.4"],
          ["s", "10.25"],
        ],
        ["left", "right"],
      ),
    ).toEqual(["unit    2020", "-----  -----", "north    0.4", "s      10.25"]);
  });

  test("lays out each node's index by unit and year, 3 decimals, systems before the root", () => {
    const infra = lines.indexOf("Infrastructure (infra; system, flat)");
    const root = lines.indexOf("Development (dev; root, staged)");
    expect(infra).toBeGreaterThan(0);
    expect(root).toBeGreaterThan(infra);
    // Rows by the units' labels (North, South), not their ids.
    expect(lines.slice(infra + 1, infra + 5)).toEqual([
      "unit    2020   2021   2022",
      "-----  -----  -----  -----",
      "North  0.400  0.500  0.600",
      "South  0.100  0.150  0.200",
    ]);
    // 0.70049 rounds to 0.700; 0.0001 to 0.000.
    expect(lines[root + 3]).toBe("North  0.500  0.600  0.700");
    expect(lines[root + 4]).toBe("South  0.000  0.200  0.300");
  });

  test("prints D with its level per analysis and form, rows in the plan's order", () => {
    const at = lines.indexOf("Spatial coupling (spatial), form product_over_mean");
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 3, at + 7)).toEqual([
      "node            combination         2020       2021       2022",
      "--------------  -------------  ---------  ---------  ---------",
      "Infrastructure  North + South  0.356 (1)  0.413 (1)  0.500 (2)",
      "Development     North + South  0.100 (1)  0.200 (1)  0.300 (1)",
    ]);
    expect(report).toContain("Internal coupling (internal), form standard");
    expect(report).toContain("North  0.600 (2)  0.650 (2)  0.700 (2)");
  });

  test("has a legend of the scale and the growth per node and unit", () => {
    expect(report).toContain("Scale halves: Halves");
    expect(report).toContain("    1  [0.0, 0.5)  low");
    expect(report).toContain("    2  [0.5, 1.0]  high");
    // growth 0.18367 → 18.37 %, null → n/a
    expect(report).toMatch(/Development\s+18\.37%\s+n\/a/);
  });

  test("the run report marks defaults, lists weights, groups filled cells, lists warnings", () => {
    expect(report).toContain("normalization       minmax, shift 0.0001, scope pooled (default)");
    expect(report).toContain("constant indicator  zero (default)");
    expect(report).toMatch(/infra\s+flat \(default\)\s+entropy\n/);
    expect(report).toMatch(/internal\s+within\s+standard \(default\)\s+equal \(default\)\s+halves/);
    expect(report).toMatch(/spatial\s+between\s+product_over_mean, standard\s+0\.6, 0\.4\s+halves/);
    expect(report).toMatch(/infra\s+cable\s+0\.4000\n\s+ports\s+0\.6000/);
    expect(report).toContain("(given in the data)");
    // users r1 2020 and 2021 are one group; r3 2020 another.
    expect(report).toMatch(/users\s+r1\s+2020-2021\s+splice ports/);
    expect(report).toMatch(/users\s+r3\s+2020\s+splice ports/);
    expect(report).toMatch(/sites\s+r2\s+2022\s+nearest/);
    expect(report).toMatch(/W0301\s+growth of dev for south is undefined/);
  });

  test("--lang zh: the tables name units by their Chinese labels, else English", () => {
    const result = fixtureResult();
    const plan = fixturePlan();
    const zh = renderTable(result, plan, undefined, namesFor(result, plan, "zh")).split("\n");
    // The node has no zh label: its English name, with the fixed words in Chinese.
    const at = zh.indexOf("Infrastructure（infra；系统，flat）");
    // north has zh "北方"; south has no zh label and falls back to "South".
    expect(zh.slice(at + 3, at + 5)).toEqual([
      "北方   0.400  0.500  0.600",
      "South  0.100  0.150  0.200",
    ]);
  });

  test("plain text without colour; bold headers with colour", () => {
    expect(report).not.toContain("\u001b[");
    const colored = renderTable(fixtureResult(), fixturePlan(), ansiStyle);
    expect(colored).toContain("\u001b[1mToy study\u001b[22m");
    expect(stripAnsi(colored)).toBe(report);
  });

  test("no line has trailing spaces", () => {
    expect(lines.filter((l) => l !== l.trimEnd())).toEqual([]);
  });
});

describe("a document with a long table", () => {
  test("250,000 rows render (their lines were appended by spread: a RangeError)", () => {
    const rows = Array.from({ length: 250_000 }, (_, i) => [`u${i}`, String(i % 10)]);
    const text = renderDocumentText([heading(1, "T"), table(["unit", "n"], rows)]);
    const lines = text.split("\n");
    // Title, underline, blank, header, rule, the rows, and the final newline's empty string.
    expect(lines).toHaveLength(5 + rows.length + 1);
    // The unit column is as wide as "u249999" (7), then the two-space gap, then the digit.
    expect(lines[5]).toBe(`${"u0".padEnd(7)}  0`);
    expect(lines.at(-2)).toBe("u249999  9");
  });
});
