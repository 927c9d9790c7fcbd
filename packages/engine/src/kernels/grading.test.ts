import { describe, expect, it } from "vitest";
import { type GradeLevel, gradeIndex } from "./grading.js";

/**
 * Table 2 (docs/method.md §6; the standard scale ccd10 in docs/language.md): level k covers [(k−1)/10, k/10), the last [0.9, 1.0]. The bounds are
 * written as k/10 (a correctly rounded division, so 3/10 is the double 0.3, unlike 0.1·3).
 */
const TABLE2: GradeLevel[] = Array.from({ length: 10 }, (_, i) => ({
  level: i + 1,
  lower: i / 10,
  upper: (i + 1) / 10,
  lowerClosed: true,
  upperClosed: i === 9,
}));

describe("gradeIndex", () => {
  it("grades the boundaries of Table 2", () => {
    expect(gradeIndex(0, TABLE2)).toBe(0); // [0, 0.1) → level 1
    expect(gradeIndex(0.1, TABLE2)).toBe(1); // 0.1 is the closed lower end of [0.1, 0.2)
    expect(gradeIndex(0.0999999, TABLE2)).toBe(0);
    expect(gradeIndex(0.5, TABLE2)).toBe(5); // [0.5, 0.6) → level 6
    expect(gradeIndex(0.9, TABLE2)).toBe(9); // [0.9, 1.0] → level 10
    expect(gradeIndex(1.0, TABLE2)).toBe(9); // closed upper end of the last level
    expect(TABLE2[gradeIndex(0.356578, TABLE2)]!.level).toBe(4); // Wang & Liu's D → 4, mild disorder
  });

  it("returns −1 outside [0, 1] and for NaN", () => {
    expect(gradeIndex(-0.01, TABLE2)).toBe(-1);
    expect(gradeIndex(1.00005, TABLE2)).toBe(-1); // possible with a shift: S up to 1 + s
    expect(gradeIndex(1.5, TABLE2)).toBe(-1);
    expect(gradeIndex(Number.NaN, TABLE2)).toBe(-1);
    expect(gradeIndex(0.5, [])).toBe(-1);
  });

  it("grades D unrounded", () => {
    // 0.1 + 0.2 = 0.30000000000000004 > 0.3: level 4. 0.29999999999999993 < 0.3: level 3,
    // though both print as 0.300.
    expect(gradeIndex(0.1 + 0.2, TABLE2)).toBe(3);
    expect(gradeIndex(0.29999999999999993, TABLE2)).toBe(2);
    expect(gradeIndex(0.09999999999999999, TABLE2)).toBe(0);
  });

  it("follows the closed end on a shared boundary, whichever side it is on", () => {
    // (0, 0.1] and (0.1, 0.2]: 0.1 belongs to the first; 0 to none.
    const leftOpen: GradeLevel[] = [
      { level: 1, lower: 0, upper: 0.1, lowerClosed: false, upperClosed: true },
      { level: 2, lower: 0.1, upper: 0.2, lowerClosed: false, upperClosed: true },
    ];
    expect(gradeIndex(0.1, leftOpen)).toBe(0);
    expect(gradeIndex(0.2, leftOpen)).toBe(1);
    expect(gradeIndex(0, leftOpen)).toBe(-1);
    // Both open at 0.1: a gap.
    const gap: GradeLevel[] = [
      { level: 1, lower: 0, upper: 0.1, lowerClosed: true, upperClosed: false },
      { level: 2, lower: 0.1, upper: 0.2, lowerClosed: false, upperClosed: false },
    ];
    expect(gradeIndex(0.1, gap)).toBe(-1);
    // Both closed at 0.1 (overlap): the first in array order.
    const overlap: GradeLevel[] = [
      { level: 1, lower: 0, upper: 0.1, lowerClosed: true, upperClosed: true },
      { level: 2, lower: 0.1, upper: 0.2, lowerClosed: true, upperClosed: true },
    ];
    expect(gradeIndex(0.1, overlap)).toBe(0);
  });

  it("does not need the levels in order", () => {
    const reversed = [...TABLE2].reverse();
    // 0.1 → level 2, which sits at index 8 of the reversed list.
    expect(reversed[gradeIndex(0.1, reversed)]!.level).toBe(2);
    expect(reversed[gradeIndex(1, reversed)]!.level).toBe(10);
  });
});
