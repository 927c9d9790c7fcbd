/** Lowers the study block: id, title, period, the years it expands to, notes, citations. */
import type { Study } from "@ccdc/plan";
import type { StudyDecl } from "../ast.js";

export function lowerStudy(study: StudyDecl): Study {
  const from = study.period?.from.value ?? 0;
  const to = study.period?.to.value ?? 0;
  return {
    id: study.name?.name ?? "",
    title: study.title?.value ?? "",
    period: { from, to },
    years: Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i),
    notes: study.notes.map((n) => n.value),
    citations: study.citations.map((c) => ({ id: c.name.name, text: c.text.value })),
  };
}
