/**
 * The study's years: at least one, at most MAX_STUDY_YEARS, strictly ascending, inside the
 * period, the first and last being the period's ends (P0010).
 */
import type { Plan } from "@ccdc/plan";
import { type EngineIssue, pointer } from "../issues.js";
import * as msg from "../messages/index.js";

/** The most years a study may span (a period's length, first to last year inclusive). */
export const MAX_STUDY_YEARS = 500;

export function checkYears(plan: Plan, issues: EngineIssue[]): void {
  const { years, period } = plan.study;
  const at = pointer("study", "years");
  if (years.length === 0) {
    issues.push(msg.noStudyYears(at));
    return;
  }
  if (period.to - period.from + 1 > MAX_STUDY_YEARS) {
    issues.push(
      msg.periodTooLong(period.from, period.to, MAX_STUDY_YEARS, pointer("study", "period")),
    );
    return;
  }
  if (years[0] !== period.from || years[years.length - 1] !== period.to) {
    issues.push(
      msg.yearsNotPeriodEnds(years[0], years[years.length - 1], period.from, period.to, at),
    );
  }
  for (let i = 0; i < years.length; i++) {
    const y = years[i]!;
    if (i > 0 && y <= years[i - 1]!) {
      issues.push(msg.yearsNotAscending(years[i - 1]!, y, pointer("study", "years", i)));
    }
    if (y < period.from || y > period.to) {
      issues.push(msg.yearOutsidePeriod(y, period.from, period.to, pointer("study", "years", i)));
    }
  }
}
