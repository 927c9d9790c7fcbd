import type { Result } from "@ccdc/engine";
import { type Plan, visibleText } from "@ccdc/plan";
import type { Block, Document } from "./document.js";
import { dynamicsBlocks } from "./dynamics.js";
import { type Names, namesFor } from "./names.js";
import { obstacleBlocks } from "./obstacle.js";
import { relativeBlocks } from "./relative.js";
import { runReportBlocks } from "./report.js";
import { couplingBlocks, growthBlocks, indexBlockParts, studyBlocks } from "./sections.js";
import { sensitivityBlocks, variantBlocks } from "./sensitivity.js";
import { autocorrelationBlocks } from "./spatial.js";
import { reportWords } from "./words.js";

/**
 * The whole report, in order: study, indices, coupling (with scale legends), spatial
 * autocorrelation, relative development, obstacle degree, growth,
 * differences and dynamics, sensitivity, run report, variants. The tables' rows and headings
 * name units, nodes and analyses by their labels in `names`' language (English by default).
 */
export function reportDocument(result: Result, plan: Plan, names?: Names): Document {
  return visibleDocument(reportBlocks(result, plan, names));
}

/**
 * The report's blocks one at a time, each made visible as it is taken, the previous ones
 * released: what the streamed report files render (a 30,000-unit report holds millions of
 * cells).
 */
export function* reportBlocksOneByOne(result: Result, plan: Plan, names?: Names): Generator<Block> {
  for (const section of reportSections(result, plan, names)) {
    const blocks: (Block | undefined)[] = section();
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      blocks[i] = undefined;
      yield visibleBlock(block);
    }
  }
}

/** The report's blocks as the sections build them (control characters not yet made visible). */
function reportBlocks(result: Result, plan: Plan, names?: Names): Block[] {
  return reportSections(result, plan, names).flatMap((section) => section());
}

/** The report's sections in order, each built when it is called. */
function reportSections(result: Result, plan: Plan, chosen: Names | undefined): (() => Block[])[] {
  const names = chosen ?? namesFor(result, plan, "en");
  // Every fixed word in the names' language (render/words/), like the names themselves.
  const words = reportWords(names.lang);
  return [
    () => studyBlocks(result, plan, names),
    ...indexBlockParts(result, names),
    () => couplingBlocks(result, plan, names),
    () => autocorrelationBlocks(result, plan, names.lang),
    () => relativeBlocks(result, plan, names),
    () => obstacleBlocks(result, plan, names),
    () => growthBlocks(result, names),
    () => dynamicsBlocks(result, words, names.lang),
    () => sensitivityBlocks(result, words, plan, names.lang),
    () => runReportBlocks(result, plan, words),
    () => variantBlocks(result, plan, words, names.lang),
  ];
}

/**
 * The document with control characters in every text made visible (titles, labels, notes and
 * ids come from the spec, warnings quote the data): a report is read in a terminal too.
 */
export function visibleDocument(doc: Document): Document {
  return doc.map(visibleBlock);
}

/** One block with control characters in every text made visible. */
export function visibleBlock(b: Block): Block {
  const v = visibleText;
  switch (b.kind) {
    case "heading":
      return { ...b, text: v(b.text) };
    case "text":
      return { ...b, lines: b.lines.map(v) };
    case "list":
      return { ...b, items: b.items.map(v) };
    case "pairs":
      return { ...b, pairs: b.pairs.map(([k, x]) => [v(k), v(x)] as const) };
    case "table":
      return { ...b, header: b.header.map(v), rows: b.rows.map((r) => r.map(v)) };
    default:
      return b;
  }
}
