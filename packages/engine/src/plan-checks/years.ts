/**
 * The study's years: at least one, at most MAX_STUDY_YEARS, strictly ascending, inside the
 * period, the first and last being the period's ends (P0010).
 */
import type { Plan } from "@ccdc/plan";
import { type EngineIssue, error, pointer } from "../issues.js";

/** The most years a study may span (a period's length, first to last year inclusive). */
export const MAX_STUDY_YEARS = 500;

export function checkYears(plan: Plan, issues: EngineIssue[]): void {
  const { years, period } = plan.study;
  const at = pointer("study", "years");
  if (years.length === 0) {
    issues.push(error("P0010", "the study has no years", { pointer: at }));
    return;
  }
  if (period.to - period.from + 1 > MAX_STUDY_YEARS) {
    issues.push(
      error(
        "P0010",
        `the period ${period.from}–${period.to} spans ${period.to - period.from + 1} years; at most ${MAX_STUDY_YEARS} are allowed`,
        { pointer: pointer("study", "period") },
      ),
    );
    return;
  }
  if (years[0] !== period.from || years[years.length - 1] !== period.to) {
    issues.push(
      error(
        "P0010",
        `the study years run ${years[0]}–${years[years.length - 1]}, but the period is ${period.from}–${period.to}: its first and last years must be the period's`,
        { pointer: at },
      ),
    );
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
