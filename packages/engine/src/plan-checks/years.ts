/** The study's years: at least one, strictly ascending, inside the period (P0010). */
import type { Plan } from "@ccdc/plan";
import { type EngineIssue, error, pointer } from "../issues.js";

export function checkYears(plan: Plan, issues: EngineIssue[]): void {
  const { years, period } = plan.study;
  const at = pointer("study", "years");
  if (years.length === 0) {
    issues.push(error("P0010", "the study has no years", { pointer: at }));
    return;
  }
  for (let i = 0; i < years.length; i++) {
    const y = years[i]!;
    if (i > 0 && y <= years[i - 1]!) {
      issues.push(
        error("P0010", `study years must be strictly ascending: ${years[i - 1]} then ${y}`, {
          pointer: pointer("study", "years", i),
        }),
      );
    }
    if (y < period.from || y > period.to) {
      issues.push(
        error("P0010", `study year ${y} lies outside the period ${period.from}–${period.to}`, {
          pointer: pointer("study", "years", i),
        }),
      );
    }
  }
}
