/**
 * The `table` format: a report document laid out as plain text with aligned columns. Colour
 * (bold headings and column headers) only through the Style the caller passes.
 */

import type { Result } from "@ccdc/engine";
import { appendAll, type Plan } from "@ccdc/plan";
import { plainStyle, type Style } from "../style.js";
import type { Align, Block, Document } from "./document.js";
import { reportBlocksOneByOne, reportDocument } from "./document-for.js";
import type { Names } from "./names.js";
import { displayWidth, pad } from "./width.js";

const GAP = "  ";

/** The report as text; names in `names`' language (English labels by default). */
export function renderTable(
  result: Result,
  plan: Plan,
  style: Style = plainStyle,
  names?: Names,
): string {
  return renderDocumentText(reportDocument(result, plan, names), style);
}

/**
 * The text report in chunks, one block at a time (the same bytes as `renderTable` with the
 * plain style): `--out` writes report.txt from it without holding the whole report.
 */
export function* reportTextChunks(result: Result, plan: Plan, names?: Names): Generator<string> {
  let prev: Block | undefined;
  let first = true;
  for (const block of reportBlocksOneByOne(result, plan, names)) {
    // As renderDocumentText: the lines of every block, and the blank separators, joined by "\n".
    const lines = blockLines(block, plainStyle);
    if (prev !== undefined && !(prev.kind === "heading" && prev.level === 3)) lines.unshift("");
    if (lines.length > 0) {
      yield `${first ? "" : "\n"}${lines.join("\n")}`;
      first = false;
    }
    prev = block;
  }
  yield "\n";
}

export function renderDocumentText(doc: Document, style: Style = plainStyle): string {
  const out: string[] = [];
  doc.forEach((block, i) => {
    const prev = doc[i - 1];
    // A blank line between blocks, except right under a level-3 heading.
    if (i > 0 && !(prev?.kind === "heading" && prev.level === 3)) out.push("");
    appendAll(out, blockLines(block, style));
  });
  return `${out.join("\n")}\n`;
}

function blockLines(block: Block, style: Style): string[] {
  switch (block.kind) {
    case "heading": {
      const underline = block.level === 1 ? "=" : block.level === 2 ? "-" : "";
      const lines = [style.bold(block.text)];
      if (underline) lines.push(underline.repeat(displayWidth(block.text)));
      return lines;
    }
    case "text":
      return [...block.lines];
    case "list":
      return block.items.map((item) => `- ${item}`);
    case "pairs": {
      const width = Math.max(0, ...block.pairs.map(([k]) => displayWidth(k)));
      return block.pairs.map(([k, v]) => `${pad(k, width, "left")}${GAP}${v}`.trimEnd());
    }
    case "table":
      return tableLines(block.header, block.rows, block.align, style);
    default: {
      const never: never = block;
      throw new Error(`unknown block ${JSON.stringify(never)}`);
    }
  }
}

export function tableLines(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[],
  style: Style = plainStyle,
): string[] {
  // A loop, not Math.max(...rows): a spread of 100,000+ rows exceeds the argument limit.
  const widths = header.map((h) => displayWidth(h));
  for (const r of rows)
    for (let c = 0; c < widths.length; c++)
      widths[c] = Math.max(widths[c]!, displayWidth(r[c] ?? ""));
  const last = widths.length - 1;
  // The last column is not padded on the right, so no line ends in spaces (styled or not).
  const line = (cells: readonly string[], styleCell: (s: string) => string = (s) => s) =>
    widths
      .map((w, c) => {
        const a = align[c] ?? "left";
        const text = cells[c] ?? "";
        return styleCell(c === last && a === "left" ? text : pad(text, w, a));
      })
      .join(GAP)
      .trimEnd();
  return [
    line(header, style.bold),
    widths.map((w) => "-".repeat(w)).join(GAP),
    ...rows.map((r) => line(r)),
  ];
}
