import type { Result } from "@ccdc/engine";
import type { Plan } from "@ccdc/plan";
import type { Document } from "./document.js";
import { dynamicsBlocks } from "./dynamics.js";
import { runReportBlocks } from "./report.js";
import { couplingBlocks, growthBlocks, indexBlocks, studyBlocks } from "./sections.js";

/**
 * The whole report, in order: study, indices, coupling (with scale legends), growth,
 * differences and dynamics, run report.
 */
export function reportDocument(result: Result, plan: Plan): Document {
  return [
    ...studyBlocks(result, plan),
    ...indexBlocks(result),
    ...couplingBlocks(result, plan),
    ...growthBlocks(result),
    ...dynamicsBlocks(result),
    ...runReportBlocks(result, plan),
  ];
}
