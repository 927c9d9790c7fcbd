/**
 * The typed result object: what the engine computes, columnar, before it is shaped into the
 * JSON `Result` (result-schema.ts) by `toResult`. Every series is one `Float64Array`,
 * unit-major (`i = u * years.length + y`, units in `unitIds` order, years in `years` order),
 * so a 30,000-unit panel needs a few dozen arrays rather than millions of small ones.
 *
 * Every number is finite except `growth`, where NaN stands for an undefined rate (`null` in
 * the JSON result, with a warning). The arrays are read-only: an indicator that is a bare
 * variable may share its `values` with the unit column, which for a region-level study is the
 * caller's own panel column.
 */
import type { CouplingBlock } from "./analyses.js";
import type { DynamicsResult } from "./dynamics-schema.js";
import type { NodeWeights } from "./hierarchy.js";
import type { EngineIssue } from "./issues.js";
import type { FilledCell, ResultObstacle, ResultRelative } from "./result-schema.js";
import type { AutocorrelationOutcome } from "./spatial/autocorrelation.js";
import type { BuiltWeights } from "./spatial/build.js";
import type { SensitivityResult } from "./variants/sensitivity.js";

export type { CouplingBlock } from "./analyses.js";
export type { NodeWeights } from "./hierarchy.js";

export interface ColumnarIndicator {
  id: string;
  /** Inputs to normalisation: after aggregation, derivation and filling. */
  values: Float64Array;
  /** After min-max and the shift (eq. 1-2). */
  normalized: Float64Array;
}

export interface ColumnarNode {
  id: string;
  /** The node's index. */
  index: Float64Array;
  /** The ids weighted and their weights (empty for a given node). */
  weights: NodeWeights;
  /** Per unit: the average annual growth of the index, NaN where it is undefined. */
  growth: Float64Array;
}

/** The typed result object (see the module comment). */
export interface ColumnarResult {
  years: readonly number[];
  unitIds: readonly string[];
  /** In plan order. */
  indicators: ColumnarIndicator[];
  /** In plan order. */
  nodes: ColumnarNode[];
  /** One block per (analysis, form), in plan order. */
  coupling: CouplingBlock[];
  /** One result per dynamics declaration, in plan order (small: JSON-ready already). */
  dynamics: DynamicsResult[];
  filled: FilledCell[];
  warnings: EngineIssue[];
  /** One result per relative declaration (JSON-ready; absent when the plan has none). */
  relative?: ResultRelative[];
  /** One result per obstacle declaration (JSON-ready; absent when the plan has none). */
  obstacles?: ResultObstacle[];
  /** The variant applied to the plan, if any. */
  variant?: { id: string; label: string };
  /** The plan's sensitivity analyses, when the run made them. */
  sensitivity?: SensitivityResult[];
  /** The spatial weight matrices and autocorrelation analyses (absent when none is declared). */
  spatial?: {
    weights: BuiltWeights[];
    autocorrelations: AutocorrelationOutcome[];
  };
}
