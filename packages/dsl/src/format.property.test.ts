/**
 * The formatter's properties, over every spec in the repository (specs/, the `ccdc init`
 * template, the golden-diagnostic corpus) and the parser's fuzz corpus (testing/fuzz-corpus.ts):
 * - it formats exactly the specs without syntax errors;
 * - it is idempotent: fmt(fmt(x)) = fmt(x);
 * - it changes whitespace only: the same tokens and the same comments, in the same order;
 * - compile(fmt(x)) equals compile(x): the same plan and the same diagnostics, except for
 *   positions. Positions must differ (lines move), so the plan's source map is compared by its
 *   pointers and files (and the recorded spec hash, of a different text, by its file only),
 *   and diagnostics by severity, code, message and hint. Equal tokens
 *   already imply an equal parse; this checks the whole pipeline end to end.
 * - horizontal whitespace does not matter: respacing tokens within their lines gives the same
 *   output.
 */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { compileSpec } from "./compile.js";
import type { Diagnostic } from "./diagnostic.js";
import { formatSpec } from "./format.js";
import { lexSpec } from "./lexer.js";
import { parseSpec } from "./parse.js";
import { mutate, mutation, VOCAB } from "./testing/fuzz-corpus.js";

const SCALE = Number(process.env.CCDC_FUZZ_SCALE ?? 1);
const runs = (n: number): { numRuns: number } => ({ numRuns: Math.round(n * SCALE) });
const slow = { timeout: 60_000 * SCALE };

const repo = (path: string) => new URL(`../../../${path}`, import.meta.url);
const specsIn = (dir: string) =>
  readdirSync(repo(dir))
    .filter((f) => f.endsWith(".ccd"))
    .map((f) => `${dir}/${f}`);
const REPOSITORY_SPECS = [
  ...specsIn("specs"),
  ...specsIn("packages/cli/templates"),
  ...specsIn("test/diagnostics"),
];

const images = (tokens: { image: string }[]) => tokens.map((t) => t.image.replace(/\r\n?/g, "\n"));

const withoutPositions = (ds: readonly Diagnostic[]) =>
  ds.map((d) => ({ severity: d.severity, code: d.code, message: d.message, hint: d.hint }));

function compiled(text: string) {
  const r = compileSpec(text, "f.ccd");
  // The spec's hash differs with its text; positions differ with its layout.
  const plan = r.plan && {
    ...r.plan,
    specFiles: Object.keys(r.plan.specFiles ?? {}),
    sourceMap: Object.fromEntries(Object.entries(r.plan.sourceMap).map(([k, v]) => [k, v.file])),
  };
  return { plan, diagnostics: withoutPositions(r.diagnostics) };
}

/** Checks every property on one text; returns whether it was formatted. */
function checkProperties(text: string, compile = true): boolean {
  const r = formatSpec(text, "f.ccd");
  const syntaxErrors = parseSpec(text, "f.ccd").diagnostics.filter((d) => d.severity === "error");
  if (r.text === undefined) {
    expect(syntaxErrors.length).toBeGreaterThan(0);
    return false;
  }
  expect(syntaxErrors).toEqual([]);
  const out = r.text;
  expect(formatSpec(out, "f.ccd").text).toBe(out);
  const before = lexSpec(text);
  const after = lexSpec(out);
  expect(images(after.tokens)).toEqual(images(before.tokens));
  expect(images(after.comments)).toEqual(images(before.comments));
  if (compile) expect(compiled(out)).toEqual(compiled(text));
  return true;
}

/** The text with the spaces between tokens on one line changed (never a line break). */
function respace(text: string, seed: number): string {
  const { tokens } = lexSpec(text);
  let out = "";
  let at = 0;
  let s = seed;
  for (const tok of tokens) {
    const gap = text.slice(at, tok.startOffset);
    s = (s * 1103515245 + 12345) % 2 ** 31;
    // Keep line breaks and comments; a gap of plain spaces gets 0-3 spaces (at least one
    // between two words, which the lexer would otherwise join).
    const word = /\w$/.test(out) && /^\w/.test(tok.image);
    out += /^[ \t]*$/.test(gap) && gap !== "" ? " ".repeat((s % 3) + (word ? 1 : 0)) : gap;
    out += tok.image;
    at = tok.startOffset + tok.image.length;
  }
  return out + text.slice(at);
}

describe("the formatter on the repository's specs", () => {
  for (const path of REPOSITORY_SPECS) {
    test(path, () => {
      const text = readFileSync(repo(path), "utf8");
      const formatted = checkProperties(text);
      if (formatted) {
        const canonical = formatSpec(text, "f.ccd").text;
        for (const seed of [1, 2, 3])
          expect(formatSpec(respace(text, seed), "f.ccd").text).toBe(canonical);
      }
    });
  }
});

describe("the formatter on the fuzz corpus", () => {
  test("mutations of northern.ccd", slow, () => {
    let formatted = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (ms) => {
        if (checkProperties(mutate(ms))) formatted++;
      }),
      // A fixed seed: unseeded, how many of 150 random mutations still compile varied from
      // 4 to 12 between runs, and the count below failed about two runs in three.
      { ...runs(150), seed: 8 },
    );
    // The corpus must reach the formatter, not only its refusal. About 6.6% of these mutations
    // parse (197 of 3000 sampled with seed 42), so 150 runs format about 10, with a standard
    // deviation of about 3: "more than 10" failed about half the time; "more than 2" fails
    // about once in a thousand runs.
    expect(formatted).toBeGreaterThan(2);
  });

  test("token soups", slow, () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VOCAB), { maxLength: 60 }), (words) => {
        checkProperties(words.join(" "));
      }),
      runs(300),
    );
  });
});
