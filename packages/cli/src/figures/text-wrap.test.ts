import { describe, expect, it } from "vitest";
import { columns, wrapText } from "./text-wrap.js";

describe("wrapText", () => {
  it("joins words while they fit the width", () => {
    expect(wrapText("Digital economy comprehensive development", 16)).toEqual([
      "Digital economy",
      "comprehensive",
      "development",
    ]);
    expect(wrapText("  short  text ", 40)).toEqual(["short text"]);
  });

  it("cuts a word longer than a line where the line is full", () => {
    expect(wrapText("abcdefghij xy", 4)).toEqual(["abcd", "efgh", "ij", "xy"]);
  });

  it("counts a Han character as two columns and breaks Chinese anywhere", () => {
    expect(columns("数字a")).toBe(5);
    // 11 characters, 22 columns: 8 columns a line is 4 characters.
    expect(wrapText("三大城市群数字经济发展", 8)).toEqual(["三大城市", "群数字经", "济发展"]);
  });

  it("gives no line for empty text", () => {
    expect(wrapText("", 10)).toEqual([]);
  });
});
