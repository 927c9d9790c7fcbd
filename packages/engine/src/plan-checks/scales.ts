/** Scales: the levels tile [0, 1], each boundary in exactly one level (P0008). */
import type { Plan } from "@ccdc/plan";
import { type EngineIssue, error, pointer } from "../issues.js";

export function checkScales(plan: Plan, issues: EngineIssue[]): void {
  plan.scales.forEach((s, si) => {
    const at = pointer("scales", si, "levels");
    const lv = s.levels;
    const bad = (msg: string): void => {
      issues.push(error("P0008", `scale "${s.id}": ${msg}`, { pointer: at }));
    };
    if (lv.length === 0) {
      bad("has no levels");
      return;
    }
    if (lv[0]!.lower !== 0 || !lv[0]!.lowerClosed) bad("the first level must start at 0, closed");
    const last = lv[lv.length - 1]!;
    if (last.upper !== 1 || !last.upperClosed) bad("the last level must end at 1, closed");
    for (let i = 0; i < lv.length; i++) {
      const l = lv[i]!;
      if (!(l.lower < l.upper)) bad(`level ${l.level} is empty: [${l.lower}, ${l.upper}]`);
      if (i === 0) continue;
      const prev = lv[i - 1]!;
      if (prev.upper !== l.lower)
        bad(`levels ${prev.level} and ${l.level} do not meet (${prev.upper} ≠ ${l.lower})`);
      else if (prev.upperClosed === l.lowerClosed) {
        bad(
          `the boundary ${l.lower} between levels ${prev.level} and ${l.level} must belong to exactly one of them`,
        );
      }
    }
  });
}
