import { describe, expect, it } from "vitest";
import { checkResult } from "./check-result.js";

describe("checkResult", () => {
  it("refuses a value that is not a result, with pointers", () => {
    const r = checkResult({ resultVersion: 1, years: ["2020"] });
    expect(r.ok).toBe(false);
    expect(r.errors).toContain("/years/0: must be integer");
    expect(r.errors).toContain("/: must have required property 'coupling'");
  });
});
