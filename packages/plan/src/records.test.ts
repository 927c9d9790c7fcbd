import { describe, expect, test } from "vitest";
import { stableStringify } from "./json.js";
import { emptyRecord, own, recordFrom } from "./records.js";

describe("id-keyed records", () => {
  test("__proto__ is an ordinary key of an empty record", () => {
    const r = emptyRecord<number>();
    const key = "__proto__";
    r[key] = 1;
    expect(Object.keys(r)).toEqual(["__proto__"]);
    expect(JSON.parse(JSON.stringify(r))).toEqual(JSON.parse('{"__proto__":1}'));
  });

  test("own never finds an inherited member", () => {
    const plain = { a: 1 } as Record<string, number>;
    expect(own(plain, "constructor")).toBeUndefined();
    expect(own(plain, "toString")).toBeUndefined();
    expect(own(plain, "a")).toBe(1);
    expect(own(undefined, "a")).toBeUndefined();
  });

  test("recordFrom keeps every name, later entries winning", () => {
    const r = recordFrom([
      ["__proto__", 1],
      ["constructor", 2],
      ["constructor", 3],
    ]);
    expect(own(r, "__proto__")).toBe(1);
    expect(own(r, "constructor")).toBe(3);
  });

  test("stableStringify keeps a __proto__ key (as JSON.parse makes one)", () => {
    const parsed = JSON.parse('{"b":{"__proto__":[1],"a":2}}');
    expect(stableStringify(parsed)).toBe(
      '{\n  "b": {\n    "__proto__": [\n      1\n    ],\n    "a": 2\n  }\n}\n',
    );
  });
});
