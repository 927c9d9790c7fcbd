import type { Result } from "@ccdc/engine";
import type { Plan } from "@ccdc/plan";
import type { Document } from "./document.js";
import { runReportBlocks } from "./report.js";
import { couplingBlocks, growthBlocks, indexBlocks, studyBlocks } from "./sections.js";

/** The whole report, in order: study, indices, coupling (with scale legends), growth, run report. */
export function reportDocument(result: Result, plan: Plan): Document {
  return [
    ...studyBlocks(result, plan),
    ...indexBlocks(result),
    ...couplingBlocks(result, plan),
    ...growthBlocks(result),
    ...runReportBlocks(result, plan),
  ];
}
