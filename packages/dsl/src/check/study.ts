/**
 * Pass `study`: the spec has exactly one study block, with a name, a title and a period whose
 * years are whole numbers running forwards. Records the study in the side tables.
 *
 * Codes: E0201 (no study), E0202 (second study), E0203 (no name), E0204 (no title),
 * E0205 (no period), E0206 (inverted period), E0207 (non-integer year), E0208 (a period of
 * more than MAX_PERIOD_YEARS years: its years would be expanded in the plan).
 */
import {
  invertedPeriod,
  MAX_PERIOD_YEARS,
  noStudy,
  periodTooLong,
  secondStudy,
  studyNoName,
  studyNoPeriod,
  studyNoTitle,
  yearNotInteger,
} from "../messages.js";
import type { CheckContext } from "./context.js";
import { startOf } from "./ranges.js";

export function checkStudy(ctx: CheckContext): void {
  const studies = ctx.ast.items.filter((i) => i.kind === "study");
  const study = studies[0];
  if (study === undefined) {
    ctx.report(noStudy(startOf(ctx.ast.range)));
    return;
  }
  for (const extra of studies.slice(1)) ctx.report(secondStudy(extra.range, study.range));
  ctx.tables.study = study;
  if (!study.name) ctx.report(studyNoName(study.range));
  if (!study.title) ctx.report(studyNoTitle(study.name?.range ?? study.range));
  const period = study.period;
  if (!period) {
    ctx.report(studyNoPeriod(study.name?.range ?? study.range));
    return;
  }
  let whole = true;
  for (const year of [period.from, period.to]) {
    if (!Number.isInteger(year.value)) {
      ctx.report(yearNotInteger(year));
      whole = false;
    }
  }
  if (whole && period.from.value > period.to.value)
    ctx.report(invertedPeriod(period.range, period.from, period.to));
  else if (whole && period.to.value - period.from.value + 1 > MAX_PERIOD_YEARS)
    ctx.report(periodTooLong(period.range, period.to.value - period.from.value + 1));
}
