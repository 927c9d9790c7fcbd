/** The output formats of `ccdc run`, and one function that renders a result in any of them. */

import type { Result } from "@ccdc/engine";
import type { Plan } from "@ccdc/plan";
import { stableJsonChunks, stableStringify } from "@ccdc/plan";
import type { Style } from "../style.js";
import { renderTidyCsv } from "./csv.js";
import { tidyCsvChunks } from "./csv-stream.js";
import { renderMarkdown } from "./markdown.js";
import type { Names } from "./names.js";
import { renderTable } from "./table.js";

export const FORMATS = ["table", "json", "csv", "md"] as const;
export type Format = (typeof FORMATS)[number];

/** `names` (default: English labels) names units, nodes and analyses in the reports. */
export function renderFormat(
  format: Format,
  result: Result,
  plan: Plan,
  style: Style,
  names?: Names,
): string {
  switch (format) {
    case "table":
      return renderTable(result, plan, style, names);
    case "json":
      return stableStringify(result);
    case "csv":
      return renderTidyCsv(result);
    case "md":
      return renderMarkdown(result, plan, names);
    default: {
      const never: never = format;
      throw new Error(`unknown format ${String(never)}`);
    }
  }
}

/**
 * The same text as `renderFormat`, in chunks: the data formats (json, csv) are streamed, never
 * built as one string, so a result of any size can be printed; the reports come whole.
 */
export function formatChunks(
  format: Format,
  result: Result,
  plan: Plan,
  style: Style,
  names?: Names,
): Iterable<string> {
  if (format === "json") return stableJsonChunks(result);
  if (format === "csv") return tidyCsvChunks(result);
  return [renderFormat(format, result, plan, style, names)];
}
