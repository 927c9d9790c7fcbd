/**
 * Reading every source the run needs into one region panel. Paths are resolved against the
 * caller's `baseDir` (the spec's folder); a source none of whose variables the study reads
 * (directly, as a weight or as a splice proxy) is not opened. Sources are read concurrently;
 * issues come back in plan order.
 */
import { resolve } from "node:path";
import type { EngineIssue } from "../issues.js";
import { pointer } from "../issues.js";
import { emptyPanel, type PanelData } from "../panel.js";
import type { PlanIndex } from "../plan-index.js";
import { csvReader } from "./csv-reader.js";
import { ingestTable } from "./ingest.js";
import type { Readers } from "./reader.js";
import { xlsxReader } from "./xlsx-reader.js";

export const defaultReaders: Readers = { csv: csvReader, xlsx: xlsxReader };

export interface ReadSourcesOutcome {
  panel: PanelData;
  /** Errors and warnings, in plan order of the sources. */
  issues: EngineIssue[];
}

/** Reads the plan's sources into a region panel. */
export async function readSources(
  index: PlanIndex,
  baseDir: string,
  readers: Partial<Readers> = {},
): Promise<ReadSourcesOutcome> {
  const panel = emptyPanel(index.plan);
  const wanted = new Set(index.fillOrder);
  const perSource = await Promise.all(
    index.plan.sources.map(async (source, si): Promise<EngineIssue[]> => {
      if (!source.variables.some((v) => wanted.has(v.id))) return [];
      const reader = readers[source.format] ?? defaultReaders[source.format];
      const at = pointer("sources", si);
      const outcome = await reader.read({
        path: resolve(baseDir, source.path),
        file: source.path,
        ...(source.sheet !== undefined ? { sheet: source.sheet } : {}),
        pointer: at,
      });
      if (!outcome.ok) return outcome.errors;
      const issues: EngineIssue[] = [];
      ingestTable(index, si, outcome.table, panel, issues);
      return issues;
    }),
  );
  return { panel, issues: perSource.flat() };
}
