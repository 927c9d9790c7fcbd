import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test, vi } from "vitest";
import { lexSpec } from "./lexer.js";
import { SpecParser, specParser } from "./parser.js";

// The parser every command uses skips chevrotain's grammar validations (they cost a fifth of
// starting ccdc). They run here instead, so a grammar change that makes an alternative
// ambiguous, a rule left-recursive or a name duplicated still fails the tests.
describe("the grammar", () => {
  test("passes chevrotain's grammar validations", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      // A definition error throws ("Parser Definition Errors detected").
      expect(() => new SpecParser(true)).not.toThrow();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});

// The parser every command uses computes the follow sets that error recovery resyncs to at its
// first recovery, from a parser built the way the validating one is, which computes them at
// once, chevrotain's way. Both must make the same trees and the same errors, on the specs and
// on the broken specs of the diagnostics corpus (which exercise recovery).
describe("follow sets computed at the first recovery", () => {
  const dir = (rel: string) => new URL(`../../../${rel}/`, import.meta.url);
  const corpus = ["specs", "test/diagnostics"].flatMap((rel) =>
    readdirSync(dir(rel))
      .filter((f) => f.endsWith(".ccd"))
      .map((f) => [`${rel}/${f}`, readFileSync(new URL(f, dir(rel)), "utf8")] as const),
  );
  const parse = (parser: SpecParser, text: string) => {
    parser.input = lexSpec(text).tokens;
    const cst = parser.spec();
    return { cst, errors: parser.errors.map((e) => [e.name, e.message, e.token.startOffset]) };
  };
  const eager = new SpecParser(true);

  test("the corpus has broken specs", () => {
    expect(
      corpus.filter(([, text]) => parse(eager, text).errors.length > 0).length,
    ).toBeGreaterThanOrEqual(5);
  });
  test.each(corpus)("%s parses the same", (_name, text) => {
    expect(parse(new SpecParser(), text)).toEqual(parse(eager, text));
  });
  test("the singleton too, after a recovery", () => {
    for (const [, text] of corpus) expect(parse(specParser, text)).toEqual(parse(eager, text));
  });
});
