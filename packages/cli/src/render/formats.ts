/** The output formats of `ccdc run`, and one function that renders a result in any of them. */

import type { Result } from "@ccdc/engine";
import type { Plan } from "@ccdc/plan";
import { stableStringify } from "@ccdc/plan";
import type { Style } from "../style.js";
import { renderTidyCsv } from "./csv.js";
import { renderMarkdown } from "./markdown.js";
import { renderTable } from "./table.js";

export const FORMATS = ["table", "json", "csv", "md"] as const;
export type Format = (typeof FORMATS)[number];

export function renderFormat(format: Format, result: Result, plan: Plan, style: Style): string {
  switch (format) {
    case "table":
      return renderTable(result, plan, style);
    case "json":
      return stableStringify(result);
    case "csv":
      return renderTidyCsv(result);
    case "md":
      return renderMarkdown(result, plan);
    default: {
      const never: never = format;
      throw new Error(`unknown format ${String(never)}`);
    }
  }
}
