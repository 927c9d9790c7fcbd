/** The `md` format: the same report document as the table format, as GitHub-flavoured Markdown. */

import type { Result } from "@ccdc/engine";
import type { Plan } from "@ccdc/plan";
import type { Block, Document } from "./document.js";
import { reportBlocksOneByOne, reportDocument } from "./document-for.js";
import type { Names } from "./names.js";
import { displayWidth, pad } from "./width.js";

/** The report as Markdown; names in `names`' language (English labels by default). */
export function renderMarkdown(result: Result, plan: Plan, names?: Names): string {
  return renderDocumentMarkdown(reportDocument(result, plan, names));
}

/**
 * The Markdown report in chunks, one block at a time (the same bytes as `renderMarkdown`):
 * `--out` writes report.md from it without holding the whole report.
 */
export function* reportMarkdownChunks(
  result: Result,
  plan: Plan,
  names?: Names,
): Generator<string> {
  let first = true;
  for (const block of reportBlocksOneByOne(result, plan, names)) {
    yield `${first ? "" : "\n\n"}${blockMarkdown(block)}`;
    first = false;
  }
  yield "\n";
}

export function renderDocumentMarkdown(doc: Document): string {
  return `${doc.map(blockMarkdown).join("\n\n")}\n`;
}

/**
 * Escapes what would break a table cell or start unintended markup. Underscores are left
 * alone: ids such as central_plains are intraword, which GFM never reads as emphasis.
 */
function escapeMd(text: string): string {
  return text.replace(/([\\|*`<])/g, "\\$1");
}

function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case "heading":
      return `${"#".repeat(block.level)} ${escapeMd(block.text)}`;
    case "text":
      return block.lines.map(escapeMd).join("\n\n");
    case "list":
      return block.items.map((item) => `- ${escapeMd(item)}`).join("\n");
    case "pairs":
      return block.pairs.map(([k, v]) => `- **${escapeMd(k)}**: ${escapeMd(v)}`).join("\n");
    case "table": {
      const header = block.header.map(escapeMd);
      const rows = block.rows.map((r) => block.header.map((_, c) => escapeMd(r[c] ?? "")));
      const widths = header.map((h, c) =>
        Math.max(3, displayWidth(h), ...rows.map((r) => displayWidth(r[c] ?? ""))),
      );
      const line = (cells: readonly string[]) =>
        `| ${widths.map((w, c) => pad(cells[c] ?? "", w, block.align[c] ?? "left")).join(" | ")} |`;
      const rule = `| ${widths
        .map((w, c) =>
          block.align[c] === "right" ? `${"-".repeat(w - 1)}:` : `:${"-".repeat(w - 1)}`,
        )
        .join(" | ")} |`;
      return [line(header), rule, ...rows.map(line)].join("\n");
    }
    default: {
      const never: never = block;
      throw new Error(`unknown block ${JSON.stringify(never)}`);
    }
  }
}
