import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { minimalPlan } from "./fixtures.js";
import { stableStringify } from "./json.js";
import { SORTED_KEYS, stableJsonChunks } from "./json-stream.js";

const streamed = (value: unknown, chunkChars?: number) =>
  [...stableJsonChunks(value, chunkChars)].join("");

// Values as results hold them, plus what JSON.stringify treats specially: undefined members,
// non-finite numbers, -0, keys that sort unlike numbers, "__proto__", escapes, lone surrogates.
const awkward = fc.oneof(
  fc.constantFrom(
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    1e21,
    5e-324,
    "",
    '"\\\n\u0000\u2028\ud800',
  ),
  fc.double(),
  fc.string({ unit: "binary" }),
);
const keys = fc.oneof(
  fc.string(),
  fc.constantFrom("__proto__", "constructor", "10", "2", "a", "B", "é", "toString"),
);
const { tree } = fc.letrec<{ tree: unknown }>((tie) => ({
  tree: fc.oneof(
    { depthSize: "small" },
    fc.jsonValue(),
    awkward,
    fc.array(tie("tree"), { maxLength: 6 }),
    fc.array(fc.tuple(keys, tie("tree")), { maxLength: 6 }).map((entries) => {
      const o: Record<string, unknown> = Object.create(null);
      for (const [k, v] of entries) o[k] = v;
      return o;
    }),
  ),
}));

describe("stableJsonChunks", () => {
  it("writes the bytes of stableStringify for any JSON-like value, at any chunk size", () => {
    fc.assert(
      fc.property(tree, fc.integer({ min: 1, max: 64 }), (value, chunk) => {
        expect(streamed(value, chunk)).toBe(stableStringify(value));
        expect(streamed(value)).toBe(stableStringify(value));
      }),
      { numRuns: 400 },
    );
  });

  it("writes a plan as stableStringify does", () => {
    expect(streamed(minimalPlan(), 16)).toBe(stableStringify(minimalPlan()));
  });

  it("writes a typed array as the array of its numbers", () => {
    const col = new Float64Array([0.5, -0, 3, Number.NaN, 1 / 3]);
    const view = { a: { u1: col.subarray(0, 2), u2: col.subarray(2) }, b: new Float64Array(0) };
    const plain = { a: { u1: [0.5, -0], u2: [3, null, 1 / 3] }, b: [] };
    expect(streamed(view, 8)).toBe(stableStringify(plain));
  });

  it("cuts chunks near the requested size", () => {
    const big = Array.from({ length: 10_000 }, (_, i) => i / 7);
    const chunks = [...stableJsonChunks(big, 1000)];
    expect(chunks.length).toBeGreaterThan(100);
    for (const c of chunks.slice(0, -1)) expect(c.length).toBeLessThan(1100);
  });
});

describe("SORTED_KEYS", () => {
  it("an object that gives its sorted keys is written as if they were listed and sorted", () => {
    const keys = ["b", "10", "a", "2", "__proto__"];
    const plain: Record<string, number> = Object.create(null);
    for (const k of keys) plain[k] = k.length;
    const sorted = [...keys].sort();
    const giving = Object.create(null) as Record<string | symbol, unknown>;
    for (const k of keys) giving[k] = k.length;
    giving[SORTED_KEYS] = sorted;
    const expected = stableStringify({ x: plain, y: [plain, plain] });
    expect(streamed({ x: giving, y: [giving, giving] }, 7)).toBe(expected);
    expect(JSON.stringify(giving)).toBe(JSON.stringify(plain));
  });
});
