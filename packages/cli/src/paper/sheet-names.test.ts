import { describe, expect, test } from "vitest";
import { MAX_SHEET_NAME, sheetNames } from "./sheet-names.js";

describe("sheetNames", () => {
  test("short distinct keys are kept", () => {
    expect(sheetNames(["indices", "moran-d", "lisa-d"])).toEqual(["indices", "moran-d", "lisa-d"]);
  });

  test("long keys are cut to 31 characters and kept distinct", () => {
    const a = `dagum-${"x".repeat(40)}`;
    const names = sheetNames([a, `${a}-groups`, `${a}-pairs`, "Indices", "indices"]);
    // "dagum-" + 25 x's is 31 characters; the second and third collide with it once cut.
    expect(names[0]).toBe(`dagum-${"x".repeat(25)}`);
    expect(names[1]).toBe(`dagum-${"x".repeat(23)}~2`);
    expect(names[2]).toBe(`dagum-${"x".repeat(23)}~3`);
    // Excel compares names without case.
    expect(names.slice(3)).toEqual(["Indices", "indices~2"]);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
  });
});
