/** Scales: the levels tile [0, 1], each boundary in exactly one level (P0008). */
import type { Plan } from "@ccdc/plan";
import { type EngineIssue, pointer } from "../issues.js";
import * as msg from "../messages/index.js";

export function checkScales(plan: Plan, issues: EngineIssue[]): void {
  plan.scales.forEach((s, si) => {
    const at = pointer("scales", si, "levels");
    const lv = s.levels;
    const bad = (problem: string): void => {
      issues.push(msg.badScale(s.id, problem, at));
    };
    if (lv.length === 0) {
      bad(msg.SCALE_PROBLEMS.noLevels());
      return;
    }
    if (lv[0]!.lower !== 0 || !lv[0]!.lowerClosed) bad(msg.SCALE_PROBLEMS.firstNotAtZero());
    const last = lv[lv.length - 1]!;
    if (last.upper !== 1 || !last.upperClosed) bad(msg.SCALE_PROBLEMS.lastNotAtOne());
    for (let i = 0; i < lv.length; i++) {
      const l = lv[i]!;
      if (!(l.lower < l.upper)) bad(msg.SCALE_PROBLEMS.emptyLevel(l.level, l.lower, l.upper));
      if (i === 0) continue;
      const prev = lv[i - 1]!;
      if (prev.upper !== l.lower)
        bad(msg.SCALE_PROBLEMS.gap(prev.level, l.level, prev.upper, l.lower));
      else if (prev.upperClosed === l.lowerClosed) {
        bad(msg.SCALE_PROBLEMS.boundaryOwner(l.lower, prev.level, l.level));
      }
    }
  });
}
