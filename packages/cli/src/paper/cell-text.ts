/** A table cell as text for the Word and HTML tables, by its column's kind. */
import { fixed } from "../render/format.js";
import type { CellValue, ColumnKind } from "./tables.js";

export function cellText(value: CellValue, kind: ColumnKind): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  switch (kind) {
    case "decimal3":
      return fixed(value, 3);
    case "decimal4":
      return fixed(value, 4);
    case "percent":
      return `${fixed(value * 100, 2)}%`;
    case "integer":
      return String(Math.round(value));
    default:
      return String(value);
  }
}
