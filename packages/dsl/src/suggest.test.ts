import { describe, expect, test } from "vitest";
import { didYouMean, maxSuggestDistance, suggest } from "./suggest.js";

describe("suggest", () => {
  test("finds a close name", () => {
    expect(suggest("hebie", ["beijing", "tianjin", "hebei"])).toBe("hebei");
    expect(suggest("benfit", ["benefit", "cost"])).toBe("benefit");
  });
  test("matches case-insensitively", () => {
    expect(suggest("Pooled", ["pooled", "per_year"])).toBe("pooled");
  });
  test("ignores far names and the word itself", () => {
    expect(suggest("xyz", ["beijing", "hebei"])).toBeUndefined();
    expect(suggest("hebei", ["hebei"])).toBeUndefined();
  });
  test("ties go to the earlier candidate", () => {
    // "ab" → "aa" and "bb" are both one edit away.
    expect(suggest("ab", ["bb", "aa"])).toBe("bb");
  });
  test("the allowed distance grows with length", () => {
    expect(maxSuggestDistance("ab")).toBe(1);
    expect(maxSuggestDistance("central_plains")).toBe(4);
  });
  test("formats a hint", () => {
    expect(didYouMean("staged_", ["flat", "staged"])).toBe("did you mean `staged`?");
    expect(didYouMean("zzz", ["flat"])).toBeUndefined();
  });
});
