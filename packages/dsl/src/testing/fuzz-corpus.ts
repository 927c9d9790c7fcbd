/**
 * The parser fuzz corpus, shared by the fuzz tests (parse.fuzz.test.ts) and the formatter's
 * property tests (format.property.test.ts): spec-like token soups, and northern.ccd mutated
 * token by token with its layout kept. Test support only (not built into dist).
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { lexSpec } from "../lexer.js";

const NORTHERN = readFileSync(new URL("../../../../specs/northern.ccd", import.meta.url), "utf8");

// Spec-like vocabulary, so random token soups reach deep into the grammar.
export const VOCAB: readonly string[] = [
  ...[
    "study",
    "source",
    "region",
    "cluster",
    "units",
    "method",
    "index",
    "system",
    "group",
    "indicator",
  ],
  ...[
    "scale",
    "analysis",
    "title",
    "period",
    "to",
    "note",
    "cite",
    "format",
    "sheet",
    "layout",
    "missing",
  ],
  ...[
    "variable",
    "unit",
    "aggregate",
    "weighted",
    "by",
    "key",
    "normalize",
    "shift",
    "scope",
    "weights",
  ],
  ...[
    "compose",
    "coupling",
    "constant",
    "given",
    "direction",
    "value",
    "from",
    "level",
    "within",
    "each",
  ],
  ...[
    "between",
    "pairs",
    "triples",
    "all",
    "of",
    "systems",
    "on",
    "beta",
    "equal",
    "zh",
    "x",
    "fixed",
  ],
  ...[
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    ",",
    "+",
    "-",
    "*",
    "/",
    '"s"',
    '"北京"',
    '"open',
    "1",
    "0.5",
    "1e-4",
  ],
  ...["// c\n", "/* c */", "/*", ";", "@", "\n", '"\\q"'],
];

// northern.ccd as [text before the token, token] pairs, so mutations keep its layout.
export const NORTHERN_PIECES: readonly (readonly [string, string])[] = (() => {
  let at = 0;
  return lexSpec(NORTHERN).tokens.map((t) => {
    const piece: [string, string] = [NORTHERN.slice(at, t.startOffset), t.image];
    at = t.startOffset + t.image.length;
    return piece;
  });
})();

export type Mutation =
  | { readonly op: "delete" | "duplicate"; readonly at: number }
  | { readonly op: "insert"; readonly at: number; readonly word: string }
  | { readonly op: "truncate"; readonly at: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom("delete" as const, "duplicate" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("insert" as const), at: fc.nat(), word: fc.constantFrom(...VOCAB) }),
  fc.record({ op: fc.constant("truncate" as const), at: fc.nat() }),
);

/** northern.ccd with the mutations applied (a token deleted, duplicated or inserted; the text cut). */
export function mutate(mutations: readonly Mutation[]): string {
  const pieces = [...NORTHERN_PIECES];
  let truncateAt: number | undefined;
  for (const m of mutations) {
    if (pieces.length === 0) break;
    const i = m.at % pieces.length;
    const [gap, tok] = pieces[i]!;
    if (m.op === "delete") pieces.splice(i, 1);
    else if (m.op === "duplicate") pieces.splice(i, 0, [gap, tok]);
    else if (m.op === "insert") pieces.splice(i, 0, [" ", m.word]);
    else truncateAt = m.at;
  }
  const text = pieces.map(([gap, tok]) => gap + tok).join("");
  return truncateAt === undefined ? text : text.slice(0, truncateAt % (text.length + 1));
}
