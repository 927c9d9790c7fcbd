/**
 * A format-neutral report: what the table and Markdown renderers both lay out, so the two
 * formats always carry the same content. Built from a result (and its plan) by sections.ts
 * and report.ts; rendered by table.ts and markdown.ts.
 */
export type Align = "left" | "right";

export type Block =
  | { readonly kind: "heading"; readonly level: 1 | 2 | 3; readonly text: string }
  /** One or more lines of prose. */
  | { readonly kind: "text"; readonly lines: readonly string[] }
  | {
      readonly kind: "table";
      readonly header: readonly string[];
      readonly rows: readonly (readonly string[])[];
      readonly align: readonly Align[];
    }
  /** A bulleted list. */
  | { readonly kind: "list"; readonly items: readonly string[] }
  /** Label/value pairs ("normalization  minmax, shift 0.0001"). */
  | { readonly kind: "pairs"; readonly pairs: readonly (readonly [string, string])[] };

export type Document = readonly Block[];

export const heading = (level: 1 | 2 | 3, text: string): Block => ({
  kind: "heading",
  level,
  text,
});
export const text = (...lines: string[]): Block => ({ kind: "text", lines });
export const list = (items: readonly string[]): Block => ({ kind: "list", items });
export const pairs = (list: readonly (readonly [string, string])[]): Block => ({
  kind: "pairs",
  pairs: list,
});

/** A table whose first `labelColumns` columns are left-aligned and the rest right-aligned. */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  labelColumns = 1,
): Block {
  return {
    kind: "table",
    header,
    rows,
    align: header.map((_, i) => (i < labelColumns ? "left" : "right")),
  };
}
