/**
 * A paper table as WordprocessingML (ECMA-376 Part 1, §17.4 tables, §17.3 paragraphs and runs):
 * its numbered caption (a centred bold paragraph kept with the table) and a three-line table
 * (三线表): a thick rule above and below the table, a thin one under the header row (the row
 * repeated on each page), no vertical rules; text columns left-aligned, numbers right-aligned.
 *
 * Why not the docx package's Table: it builds a dozen objects per cell and serialises them
 * through a generic XML writer, about a second of CPU for the 1,500 rows of a study's analysis
 * tables. report.docx is still made by the docx package (docx.ts); each table is handed to it
 * as a placeholder paragraph and this text takes the placeholder's place (`placeTables`).
 */
import { cellText } from "./cell-text.js";
import type { PaperTable } from "./tables.js";

/** Borders in eighths of a point (§17.18.2 ST_Border): the thick and thin rules. */
const THICK = 'w:val="single" w:sz="12" w:space="0" w:color="000000"';
const THIN = 'w:val="single" w:sz="6" w:space="0" w:color="000000"';
const NONE = 'w:val="none" w:sz="0" w:space="0" w:color="auto"';

/** The text block's width in twentieths of a point: A4 less the 1-inch margins docx sets. */
const TEXT_WIDTH = 9026;

/**
 * The type size of a table's cells in half-points: the document's 10.5 pt up to 11 columns
 * (a row of nine years fits the text block), smaller for wider tables (a Markov matrix, the
 * sensitivity table) so that their numbers stay on one line.
 */
export const cellSize = (columns: number): number | undefined =>
  columns <= 11 ? undefined : columns <= 13 ? 18 : 16;

/** Characters XML 1.0 does not allow (C0 controls but tab, LF and CR; U+FFFE, U+FFFF). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters removed.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text as XML character data. */
export const xmlText = (s: string): string =>
  s
    .replace(NOT_XML, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

function paragraph(
  text: string,
  align: "left" | "center" | "right",
  bold: boolean,
  size: number | undefined,
): string {
  const rPr =
    (bold ? "<w:b/><w:bCs/>" : "") +
    (size === undefined ? "" : `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`);
  const run =
    text === ""
      ? ""
      : `<w:r>${rPr === "" ? "" : `<w:rPr>${rPr}</w:rPr>`}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
  return `<w:p><w:pPr><w:jc w:val="${align}"/></w:pPr>${run}</w:p>`;
}

/** The caption paragraph and the table, as the body of a document.xml holds them. */
export function tableXml(table: PaperTable, caption: string): string {
  const size = cellSize(table.columns.length);
  const n = Math.max(1, table.columns.length);
  const grid = `<w:tblGrid>${`<w:gridCol w:w="${Math.floor(TEXT_WIDTH / n)}"/>`.repeat(n)}</w:tblGrid>`;
  const tblPr =
    '<w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>' +
    `<w:top ${THICK}/><w:left ${NONE}/><w:bottom ${THICK}/><w:right ${NONE}/>` +
    `<w:insideH ${NONE}/><w:insideV ${NONE}/></w:tblBorders></w:tblPr>`;
  const headBorders = `<w:tcPr><w:tcBorders><w:top ${THICK}/><w:left ${NONE}/><w:bottom ${THIN}/><w:right ${NONE}/></w:tcBorders></w:tcPr>`;
  const head = table.columns
    .map(
      (c, i) =>
        `<w:tc>${headBorders}${paragraph(c.header, i === 0 ? "left" : "center", true, size)}</w:tc>`,
    )
    .join("");
  const align = table.columns.map((c): "left" | "right" => (c.kind === "text" ? "left" : "right"));
  const parts = [
    '<w:p><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="60"/><w:jc w:val="center"/></w:pPr>',
    `<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">${xmlText(caption)}</w:t></w:r></w:p>`,
    `<w:tbl>${tblPr}${grid}<w:tr><w:trPr><w:tblHeader/></w:trPr>${head}</w:tr>`,
  ];
  for (const row of table.rows) {
    let tr = "<w:tr>";
    for (const [i, c] of table.columns.entries()) {
      tr += `<w:tc>${paragraph(cellText(row[i] ?? null, c.kind), align[i]!, false, size)}</w:tc>`;
    }
    parts.push(`${tr}</w:tr>`);
  }
  parts.push("</w:tbl>");
  return parts.join("");
}

/** The text of the placeholder paragraph that stands for table `t` (0-based). */
export const tablePlaceholder = (t: number): string => `ccdc-table-${t + 1}`;

/**
 * document.xml with each placeholder paragraph (the whole <w:p> holding `tablePlaceholder(t)`)
 * replaced by `tables[t]`. Every placeholder must be found once, in order; else an internal error.
 */
export function placeTables(documentXml: string, tables: readonly string[]): string {
  const out: string[] = [];
  let from = 0;
  for (const [t, xml] of tables.entries()) {
    const mark = documentXml.indexOf(`>${tablePlaceholder(t)}<`, from);
    const start = mark < 0 ? -1 : documentXml.lastIndexOf("<w:p>", mark);
    const end = mark < 0 ? -1 : documentXml.indexOf("</w:p>", mark);
    if (mark < 0 || start < from || end < 0) {
      throw new Error(`report.docx: the placeholder of table ${t + 1} was not found`);
    }
    out.push(documentXml.slice(from, start), xml);
    from = end + "</w:p>".length;
  }
  out.push(documentXml.slice(from));
  return out.join("");
}
