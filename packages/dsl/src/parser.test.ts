import { describe, expect, test, vi } from "vitest";
import { SpecParser } from "./parser.js";

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
