import { describe, expect, test } from "vitest";
import { exactBound, fixed, levelInterval, percent, withOrigin, yearRanges } from "./format.js";
import { displayWidth, pad } from "./width.js";

describe("number formatting", () => {
  test("fixed rounds to the decimals and never prints -0", () => {
    expect(fixed(0.3564, 3)).toBe("0.356");
    expect(fixed(1, 3)).toBe("1.000");
    expect(fixed(-0.0001, 3)).toBe("0.000");
    expect(fixed(-0.25, 2)).toBe("-0.25");
  });
  test("percent shows two decimals, n/a for undefined growth", () => {
    // 0.0557 → 5.57 %
    expect(percent(0.0557)).toBe("5.57%");
    expect(percent(null)).toBe("n/a");
    expect(percent(undefined)).toBe("n/a");
  });
  test("year ranges compress consecutive years", () => {
    expect(yearRanges([2015, 2013, 2014, 2018, 2020, 2019])).toBe("2013-2015, 2018-2020");
    expect(yearRanges([2013])).toBe("2013");
    expect(yearRanges([])).toBe("");
  });
  test("a scale's bounds print as declared, not rounded to one decimal", () => {
    // A level from 0.25 used to print as [0.0, 0.3): 0.25.toFixed(1) is "0.3".
    expect(levelInterval({ lower: 0.25, upper: 0.5, lowerClosed: true, upperClosed: false })).toBe(
      "[0.25, 0.5)",
    );
    expect(levelInterval({ lower: 0, upper: 1, lowerClosed: false, upperClosed: true })).toBe(
      "(0.0, 1.0]",
    );
    expect(exactBound(0.1)).toBe("0.1");
    expect(exactBound(0.123456789)).toBe("0.123456789");
    expect(exactBound(1e-7)).toBe("0.0000001");
    expect(Number(exactBound(1 / 3))).toBe(1 / 3);
  });
  test("default choices are marked", () => {
    expect(withOrigin("entropy", "default")).toBe("entropy (default)");
    expect(withOrigin("entropy", "spec")).toBe("entropy");
  });
});

describe("display width", () => {
  test("CJK characters take two columns", () => {
    expect(displayWidth("京津冀")).toBe(6);
    expect(displayWidth("abc")).toBe(3);
    expect(pad("京", 4, "left")).toBe("京  ");
    expect(pad("7", 3, "right")).toBe("  7");
  });
});
