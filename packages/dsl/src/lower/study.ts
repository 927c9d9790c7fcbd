/** Lowers the study: id, title, period, the years it expands to, notes, citations. */
import type { Study } from "@ccdc/plan";
import type { StudyModel } from "../model/model.js";
import type { SourceMapBuilder } from "./source-map.js";

export function lowerStudy(s: StudyModel, map: SourceMapBuilder): Study {
  map.add("/study", s.range);
  return {
    id: s.id,
    title: s.title,
    period: { from: s.from, to: s.to },
    years: [...s.years],
    notes: [...s.notes],
    citations: s.citations.map((c) => ({ id: c.id, text: c.text })),
  };
}
