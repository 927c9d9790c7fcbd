/**
 * The compiler never throws, and never reports an internal error, on random text or on
 * mutations of the flagship spec (deleted, duplicated and swapped lines; names, numbers and
 * keywords replaced by others from the spec). Whenever it returns a plan, the plan is valid.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compileSpec } from "@ccdc/dsl";
import { checkPlan } from "@ccdc/plan";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

const northern = readFileSync(join(import.meta.dirname, "..", "specs", "northern.ccd"), "utf8");
const lines = northern.split("\n");
const words = [
  ...new Set(northern.match(/[A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d+)?|[{}()[\],+\-*/]/g) ?? []),
];

function survives(text: string): void {
  const result = compileSpec(text, "fuzz.ccd");
  const internal = result.diagnostics.filter((d) => /^E099\d$/.test(d.code));
  expect(internal).toEqual([]);
  if (result.plan) expect(checkPlan(result.plan).ok).toBe(true);
}

type Mutation =
  | { kind: "delete"; line: number; count: number }
  | { kind: "duplicate"; line: number }
  | { kind: "swap"; a: number; b: number }
  | { kind: "word"; nth: number; word: string }
  | { kind: "insert"; at: number; word: string };

const line = fc.nat({ max: lines.length - 1 });
const word = fc.constantFrom(...words);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), line, count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant("duplicate" as const), line }),
  fc.record({ kind: fc.constant("swap" as const), a: line, b: line }),
  fc.record({ kind: fc.constant("word" as const), nth: fc.nat(), word }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat({ max: northern.length }), word }),
);

function apply(text: string, m: Mutation): string {
  const ls = text.split("\n");
  switch (m.kind) {
    case "delete":
      ls.splice(m.line % ls.length, m.count);
      return ls.join("\n");
    case "duplicate":
      ls.splice(m.line % ls.length, 0, ls[m.line % ls.length] ?? "");
      return ls.join("\n");
    case "swap": {
      const a = m.a % ls.length;
      const b = m.b % ls.length;
      [ls[a], ls[b]] = [ls[b] ?? "", ls[a] ?? ""];
      return ls.join("\n");
    }
    case "word": {
      const all = [...text.matchAll(/[A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d+)?/g)];
      const hit = all[m.nth % Math.max(1, all.length)];
      if (!hit) return text;
      return text.slice(0, hit.index) + m.word + text.slice(hit.index + hit[0].length);
    }
    case "insert": {
      const at = Math.min(m.at, text.length);
      return `${text.slice(0, at)} ${m.word} ${text.slice(at)}`;
    }
  }
}

describe("compileSpec never throws", () => {
  test("the flagship spec compiles clean", () => {
    const r = compileSpec(northern, "specs/northern.ccd");
    expect(r.diagnostics).toEqual([]);
    expect(r.plan).toBeDefined();
  });

  test("random text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => survives(text)),
      { numRuns: 300 },
    );
  });

  test("random token soup", () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 80 }), (ws) => survives(ws.join(" "))),
      { numRuns: 300 },
    );
  });

  test("mutations of northern.ccd", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (ms) =>
        survives(ms.reduce(apply, northern)),
      ),
      { numRuns: 400 },
    );
  });
});
