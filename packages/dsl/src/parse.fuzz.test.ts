/**
 * Fuzzing the front end: whatever the text, parseSpec returns an AST and diagnostics, never
 * throws, never reports an internal error, and every range it reports lies inside the text.
 */
import fc from "fast-check";
import { expect, test } from "vitest";
import type { Range } from "./diagnostic.js";
import { parseSpec } from "./parse.js";
import { renderDiagnostics } from "./render.js";
import { mutate, mutation, NORTHERN_PIECES as PIECES, VOCAB } from "./testing/fuzz-corpus.js";

/** CCDC_FUZZ_SCALE=20 runs twenty times as many cases (for a long local hunt). */
const SCALE = Number(process.env.CCDC_FUZZ_SCALE ?? 1);
const runs = (n: number): { numRuns: number } => ({ numRuns: Math.round(n * SCALE) });
const slow = { timeout: 60_000 * SCALE };
const CODES = new Set(["E0001", "E0002", "E0003", "E0004", "E0005", "E0006", "E0007", "E0010"]);

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
