import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ByteKeys, NOT_FOUND } from "./byte-keys.js";

/** The field `key` as a line's bytes, followed by a comma and more (the scan stops at the comma). */
const asField = (key: string) => Buffer.from(`${key},rest`, "utf8");

describe("ByteKeys", () => {
  it("finds every declared and added key by its bytes, through many growths, and nothing else", () => {
    const key = fc
      .string({ unit: "grapheme", minLength: 1, maxLength: 8 })
      .filter((k) => !/[",\r\n]/.test(k) && k === k.trim());
    fc.assert(
      fc.property(
        fc.uniqueArray(key, { maxLength: 40 }),
        fc.uniqueArray(key, { maxLength: 300 }),
        fc.array(key, { maxLength: 20 }),
        (declared, added, probes) => {
          const table = new ByteKeys(new Map(declared.map((k, i) => [k, i] as const)));
          const expected = new Map(declared.map((k, i) => [k, i] as const));
          for (const [i, k] of added.entries()) {
            if (expected.has(k)) continue;
            const bytes = asField(k);
            // Added after a failed look-up, as the fast path adds a cell's bytes.
            expect(table.field(bytes, 0, bytes.length)).toBe(NOT_FOUND);
            expect(table.fieldEnd).toBe(Buffer.byteLength(k));
            expect(table.addLast(bytes, 0, -2 - i)).toBe(true);
            expected.set(k, -2 - i);
          }
          for (const k of [...expected.keys(), ...probes]) {
            const bytes = asField(k);
            expect(table.field(bytes, 0, bytes.length)).toBe(expected.get(k) ?? NOT_FOUND);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("leaves out keys a trimmed, unquoted cell cannot be, and stops adding at its limit", () => {
    const table = new ByteKeys(
      new Map([
        [" padded ", 0],
        ['"q"', 1],
        ["", 2],
        ["ok", 3],
      ]),
    );
    for (const [k, want] of [
      [" padded ", NOT_FOUND],
      ["padded", NOT_FOUND],
      ["ok", 3],
    ] as const) {
      const bytes = asField(k);
      expect(table.field(bytes, 0, bytes.length)).toBe(want);
    }
    const full = new ByteKeys(new Map());
    let added = 0;
    for (let i = 0; i <= ByteKeys.MAX_KEYS; i++) {
      const bytes = Buffer.from(`k${i}`);
      if (full.add(bytes, 0, bytes.length, -2 - i)) added++;
    }
    expect(added).toBe(ByteKeys.MAX_KEYS);
  });
});
