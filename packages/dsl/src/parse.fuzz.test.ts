/**
 * Fuzzing the front end: whatever the text, parseSpec returns an AST and diagnostics, never
 * throws, never reports an internal error, and every range it reports lies inside the text.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { expect, test } from "vitest";
import type { Range } from "./diagnostic.js";
import { lexSpec } from "./lexer.js";
import { parseSpec } from "./parse.js";
import { renderDiagnostics } from "./render.js";

const NORTHERN = readFileSync(new URL("../../../specs/northern.ccd", import.meta.url), "utf8");
/** CCDC_FUZZ_SCALE=20 runs twenty times as many cases (for a long local hunt). */
const SCALE = Number(process.env.CCDC_FUZZ_SCALE ?? 1);
const runs = (n: number): { numRuns: number } => ({ numRuns: Math.round(n * SCALE) });
const slow = { timeout: 60_000 * SCALE };
const CODES = new Set(["E0001", "E0002", "E0003", "E0004", "E0005", "E0006", "E0007"]);

/** Every range object anywhere in `x`. */
function ranges(x: unknown, out: Range[] = []): Range[] {
  if (Array.isArray(x)) for (const y of x) ranges(y, out);
  else if (x && typeof x === "object") {
    if ("start" in x && "end" in x && "file" in x) out.push(x as Range);
    else for (const y of Object.values(x)) ranges(y, out);
  }
  return out;
}

function checkInvariants(text: string): void {
  const r = parseSpec(text, "f.ccd");
  expect(r.ast.kind).toBe("spec");
  expect(Array.isArray(r.ast.items)).toBe(true);
  for (const d of r.diagnostics) {
    expect(CODES.has(d.code), `${d.code}: ${d.message}`).toBe(true);
    expect(d.severity).toBe("error");
  }
  const bad = [...ranges(r.ast), ...ranges(r.diagnostics)].filter(
    (x) =>
      x.file !== "f.ccd" ||
      !(x.start.line >= 1 && x.start.column >= 1 && x.start.offset >= 0) ||
      !(x.start.offset <= x.end.offset && x.end.offset <= text.length),
  );
  expect(bad).toEqual([]);
  expect(typeof renderDiagnostics(r.diagnostics, new Map([["f.ccd", text]]))).toBe("string");
}

// Spec-like vocabulary, so random token soups reach deep into the grammar.
const VOCAB = [
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

test("random text never breaks the front end", slow, () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => checkInvariants(s)),
    runs(300),
  );
});

test("random token soups never break the front end", slow, () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...VOCAB), { maxLength: 80 }), (words) =>
      checkInvariants(words.join(" ")),
    ),
    runs(500),
  );
});

// northern.ccd as [text before the token, token] pairs, so mutations keep its layout.
const PIECES: [string, string][] = (() => {
  let at = 0;
  return lexSpec(NORTHERN).tokens.map((t) => {
    const piece: [string, string] = [NORTHERN.slice(at, t.startOffset), t.image];
    at = t.startOffset + t.image.length;
    return piece;
  });
})();

type Mutation =
  | { readonly op: "delete" | "duplicate"; readonly at: number }
  | { readonly op: "insert"; readonly at: number; readonly word: string }
  | { readonly op: "truncate"; readonly at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom("delete" as const, "duplicate" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("insert" as const), at: fc.nat(), word: fc.constantFrom(...VOCAB) }),
  fc.record({ op: fc.constant("truncate" as const), at: fc.nat() }),
);

function mutate(mutations: readonly Mutation[]): string {
  const pieces = [...PIECES];
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

test("mutations of northern.ccd never break the front end", slow, () => {
  fc.assert(
    fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (ms) =>
      checkInvariants(mutate(ms)),
    ),
    runs(400),
  );
});

test("each single-token deletion from northern.ccd is reported", slow, () => {
  // Not every deletion is an error (a `note` clause or a whole optional word may go), but the
  // front end must never crash, and deleting a brace must always be caught.
  for (let i = 0; i < PIECES.length; i++) {
    const text = PIECES.filter((_, j) => j !== i)
      .map(([gap, tok]) => gap + tok)
      .join("");
    const { diagnostics } = parseSpec(text, "f.ccd");
    const tok = PIECES[i]![1];
    if (tok === "{" || tok === "}")
      expect(diagnostics.length, `deleting token ${i} (${tok})`).toBeGreaterThan(0);
  }
});
