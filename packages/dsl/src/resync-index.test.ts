/**
 * The parser's indexed re-sync (resync-index.ts) answers what chevrotain's own scan answers:
 * the same input gives the same errors, at the same tokens, with either.
 */
import { CstParser, type TokenType } from "chevrotain";
import fc from "fast-check";
import { expect, test } from "vitest";
import { lexSpec } from "./lexer.js";
import { SpecParser } from "./parser.js";
import { mutate, mutation, VOCAB } from "./testing/fuzz-corpus.js";

/** The parser with chevrotain's scan put back. */
class ScanningParser extends SpecParser {
  override findReSyncTokenType(): TokenType {
    const base = CstParser.prototype as unknown as { findReSyncTokenType(): TokenType };
    return base.findReSyncTokenType.call(this);
  }
}

const indexed = new SpecParser();
const scanning = new ScanningParser();

function errors(parser: SpecParser, text: string): string[] {
  parser.input = lexSpec(text).tokens;
  try {
    parser.spec();
  } catch (e) {
    return [`threw ${String(e)}`];
  }
  return parser.errors.map(
    (e) =>
      `${e.name} at ${e.token.startOffset}: ${e.message} skipped ${
        (e as { resyncedTokens?: unknown[] }).resyncedTokens?.length ?? 0
      }`,
  );
}

function same(text: string): void {
  expect(errors(indexed, text)).toEqual(errors(scanning, text));
}

test("token soups recover the same way with the index and with the scan", () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...VOCAB), { maxLength: 120 }), (words) =>
      same(words.join(" ")),
    ),
    { numRuns: 300 },
  );
});

test("mutated studies recover the same way with the index and with the scan", () => {
  fc.assert(
    fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (ms) => same(mutate(ms))),
    { numRuns: 150 },
  );
});

test("a run of errors with rare follow tokens recovers the same way", () => {
  same('index x "X" { system a "A" { indicator b "B" { } } } }\n'.repeat(50));
  same('region a "A" }\n'.repeat(50));
});
