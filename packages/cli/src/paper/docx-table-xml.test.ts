import { describe, expect, it } from "vitest";
import { cellSize, placeTables, tablePlaceholder, tableXml, xmlText } from "./docx-table-xml.js";
import type { PaperTable } from "./tables.js";

const table: PaperTable = {
  key: "t",
  caption: "x",
  columns: [
    { header: "Unit", kind: "text" },
    { header: "D", kind: "decimal3" },
  ],
  rows: [
    ["A & B", 0.12345],
    ["<C>", null],
  ],
};

describe("tableXml", () => {
  it("writes the caption, a thick rule above and below, a thin one under the header", () => {
    const xml = tableXml(table, "Table 1. x");
    expect(xml).toMatch(/^<w:p><w:pPr><w:keepNext\/>.*Table 1\. x<\/w:t><\/w:r><\/w:p><w:tbl>/);
    const borders = /<w:tblBorders>(.*?)<\/w:tblBorders>/.exec(xml)?.[1] ?? "";
    expect(borders).toMatch(/<w:top w:val="single" w:sz="12"/);
    expect(borders).toMatch(/<w:bottom w:val="single" w:sz="12"/);
    expect(borders).toMatch(/<w:insideH w:val="none"/);
    expect(borders).toMatch(/<w:insideV w:val="none"/);
    // The header row repeats on each page; its cells carry the thin rule below.
    expect(xml).toMatch(
      /<w:tr><w:trPr><w:tblHeader\/><\/w:trPr><w:tc><w:tcPr><w:tcBorders>.*<w:bottom w:val="single" w:sz="6"/,
    );
    expect(xml.match(/<w:tr>/g)).toHaveLength(3);
    expect(xml.match(/<w:gridCol /g)).toHaveLength(2);
  });

  it("escapes text, shows numbers to 3 decimals right-aligned, none as an empty cell", () => {
    const xml = tableXml(table, "c");
    expect(xml).toContain(
      '<w:jc w:val="left"/></w:pPr><w:r><w:t xml:space="preserve">A &amp; B</w:t>',
    );
    expect(xml).toContain(
      '<w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">0.123</w:t>',
    );
    expect(xml).toContain("&lt;C&gt;");
    expect(xml).toContain('<w:tc><w:p><w:pPr><w:jc w:val="right"/></w:pPr></w:p></w:tc>');
  });

  it("sets a smaller type for wide tables only", () => {
    expect(cellSize(11)).toBeUndefined();
    expect(cellSize(12)).toBe(18);
    expect(cellSize(14)).toBe(16);
    const wide: PaperTable = {
      ...table,
      columns: Array.from({ length: 14 }, (_, i) => ({
        header: `c${i}`,
        kind: "decimal3" as const,
      })),
      rows: [Array.from({ length: 14 }, () => 1)],
    };
    expect(tableXml(wide, "c")).toContain('<w:sz w:val="16"/><w:szCs w:val="16"/>');
    expect(tableXml(table, "c")).not.toContain("<w:sz ");
  });

  it("replaces characters XML does not allow", () => {
    expect(xmlText("a\u0001b\u000Bc\td")).toBe("a\uFFFDb\uFFFDc\td");
  });
});

describe("placeTables", () => {
  const doc = (n: number) =>
    `<w:body><w:p><w:r><w:t>Title</w:t></w:r></w:p>${Array.from(
      { length: n },
      (_, t) => `<w:p><w:r><w:t xml:space="preserve">${tablePlaceholder(t)}</w:t></w:r></w:p>`,
    ).join("")}<w:p><w:r><w:t>end</w:t></w:r></w:p></w:body>`;

  it("puts each table in place of its whole placeholder paragraph, in order", () => {
    const tables = Array.from({ length: 11 }, (_, t) => `<T${t + 1}/>`);
    expect(placeTables(doc(11), tables)).toBe(
      `<w:body><w:p><w:r><w:t>Title</w:t></w:r></w:p>${tables.join("")}<w:p><w:r><w:t>end</w:t></w:r></w:p></w:body>`,
    );
  });

  it("stops when a placeholder is missing", () => {
    expect(() => placeTables(doc(1), ["<a/>", "<b/>"])).toThrow(/table 2 was not found/);
  });
});
