/** @ccdc/engine: runs a validated plan on data and produces results. */

export { checkResult, type ResultCheck } from "./check-result.js";
export type {
  ColumnarIndicator,
  ColumnarNode,
  ColumnarResult,
  CouplingBlock,
  NodeWeights,
} from "./columnar.js";
export * from "./dynamics-schema.js";
export { csvReader } from "./io/csv-reader.js";
export {
  type LonLat,
  type Polygon,
  type ReadMapOutcome,
  type RegionMap,
  type RegionShape,
  type Ring,
  readMap,
  readMaps,
  regionMapFromJson,
} from "./io/geo-reader.js";
export type { Cell, Readers, ReadOutcome, Table, TableReader, TableRequest } from "./io/reader.js";
export { xlsxReader } from "./io/xlsx-reader.js";
export { type EngineIssue, ISSUE_CODES, type IssueCell, type IssueCode } from "./issues.js";
export { type LoadPlanOutcome, loadPlan } from "./load-plan.js";
export { emptyPanel, type PanelData } from "./panel.js";
export { checkPlanSemantics, MAX_ANALYSIS_ROWS } from "./plan-checks/index.js";
export * from "./result-schema.js";
export {
  CONVENTIONS,
  type ConventionKey,
  conventionKeys,
  conventions,
  methodReport,
  toResult,
} from "./results.js";
export {
  type ColumnarRunOutcome,
  PARALLEL_MIN_VALUES,
  type RunOptions,
  type RunOutcome,
  runPlan,
  runPlanOnPanel,
  runPlanOnPanelColumnar,
  runPlanOnPanelParallel,
  runThreads,
} from "./run.js";
export { gridCells, type SquareCell, squaresGeoJson } from "./testing/squares.js";
export { type ApplyOutcome, applyOverrides, applyVariant } from "./variants/apply.js";
export { MAX_SENSITIVITY_RUNS } from "./variants/combinations.js";
export {
  runSensitivity,
  type SensitivityOutcome,
  type SensitivityResult,
} from "./variants/sensitivity.js";
