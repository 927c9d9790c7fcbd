/** One grade (paper Table 2): an interval of D and the level it stands for. */
export interface GradeLevel {
  level: number;
  lower: number;
  upper: number;
  lowerClosed: boolean;
  upperClosed: boolean;
}

/**
 * The index into `levels` of the interval containing d, or −1 if none does (paper Table 2: ten
 * levels [0.1(k−1), 0.1k), the last [0.9, 1.0]; docs/method.md §6).
 *
 * An interval contains d when d is strictly inside it, or equal to an end that is closed. So a
 * value on a shared boundary goes to the level whose closed end holds it: with [0, 0.1) and
 * [0.1, 0.2), 0.1 is in the second. If several levels contain d (overlapping levels; the plan
 * checker should prevent that) the first in array order wins. NaN is in no level.
 *
 * D is graded as computed, unrounded: 0.09999999999999999 is in [0, 0.1) even though it prints
 * as 0.100 with three decimals, and 0.1 + 0.2 = 0.30000000000000004 is above 0.3. Note also
 * that with a shift s an index can reach 1 + s, so D can exceed 1 slightly and fall outside
 * Table 2's levels (−1): the caller decides what that means.
 */
export function gradeIndex(d: number, levels: readonly GradeLevel[]): number {
  for (let i = 0; i < levels.length; i++) {
    const g = levels[i]!;
    const aboveLower = d > g.lower || (g.lowerClosed && d === g.lower);
    const belowUpper = d < g.upper || (g.upperClosed && d === g.upper);
    if (aboveLower && belowUpper) return i;
  }
  return -1;
}
