import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDecimal, NUMBER } from "./cells.js";

describe("isDecimal", () => {
  it("agrees with the NUMBER expression on random and adversarial texts", () => {
    const piece = fc.constantFrom(
      "0",
      "7",
      "12",
      ".",
      "+",
      "-",
      "e",
      "E",
      " ",
      "x",
      "١",
      "",
      "e+",
      "0.5",
    );
    const text = fc.oneof(
      fc.string(),
      fc.array(piece, { maxLength: 8 }).map((p) => p.join("")),
      fc.double().map(String),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(isDecimal(t)).toBe(NUMBER.test(t));
      }),
      { numRuns: 5000 },
    );
    for (const t of ["5.", ".5", ".", "", "+", "1e5", "1e", "-.5e-3", "1.2.3", "1e5 ", "٣"])
      expect(isDecimal(t)).toBe(NUMBER.test(t));
  });
});
