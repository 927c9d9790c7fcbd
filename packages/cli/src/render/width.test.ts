import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { displayWidth } from "./width.js";

describe("displayWidth", () => {
  test("counts columns", () => {
    expect(displayWidth("0.4183")).toBe(6);
    expect(displayWidth("")).toBe(0);
    expect(displayWidth("京津冀 D")).toBe(8);
    // A control character takes no column; a combining mark none.
    expect(displayWidth("a\tb")).toBe(2);
    expect(displayWidth("e\u0301")).toBe(1);
  });
  test("printable ASCII takes one column a character, as the general count says", () => {
    // The general count, character by character (the fast path skips it for printable ASCII).
    const general = (s: string) => [...s].reduce((w, ch) => w + displayWidth(`${ch}\u3000`) - 2, 0);
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-ascii" }), (s) => {
        expect(displayWidth(s)).toBe(general(s));
      }),
    );
  });
});
