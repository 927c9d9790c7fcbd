/**
 * The checker: a list of small passes, one concern each (peggy style), run in order over the
 * AST, each filling the side tables of a shared context (CEL style). The passes' order matters
 * only where a later pass reads a table an earlier one fills (symbols first; method before
 * compose-weights; units and hierarchy before expressions and analyses; unused last).
 */
import type { SpecFile } from "../ast.js";
import { type Diagnostic, hasErrors, sortDiagnostics } from "../diagnostic.js";
import { buildModel } from "../model/build.js";
import type { CheckedSpec } from "../model/model.js";
import { checkBetween } from "./analysis-between.js";
import { checkAnalysisSettings } from "./analysis-settings.js";
import { checkAnalysisShape } from "./analysis-shape.js";
import { checkWithin } from "./analysis-within.js";
import { checkClauses } from "./clauses.js";
import { checkClusters } from "./clusters.js";
import { checkComposeWeights } from "./compose-weights.js";
import { CheckContext } from "./context.js";
import { checkDynamics } from "./dynamics.js";
import { checkExpressions } from "./expressions.js";
import { checkFigures } from "./figures.js";
import { checkHierarchy } from "./hierarchy.js";
import { checkIndicators } from "./indicators.js";
import { checkLabels } from "./labels.js";
import { checkMaps } from "./maps.js";
import { checkMethod } from "./method.js";
import { checkMissingRules } from "./missing-rules.js";
import { checkPerYear } from "./per-year.js";
import { checkRelativeObstacle } from "./relative-obstacle.js";
import { checkScales } from "./scales.js";
import { checkSources } from "./sources.js";
import { checkSpatialAnalysis } from "./spatial-analysis.js";
import { checkStudy } from "./study.js";
import { checkSymbols } from "./symbols.js";
import { checkUnits } from "./units.js";
import { checkUnused } from "./unused.js";
import { checkVariables } from "./variables.js";
import { checkVariants } from "./variants.js";

export type Pass = (ctx: CheckContext) => void;

/** Every pass, in the order they run. */
export const PASSES: readonly (readonly [string, Pass])[] = [
  ["symbols", checkSymbols],
  ["labels", checkLabels],
  ["clauses", checkClauses],
  ["study", checkStudy],
  ["sources", checkSources],
  ["variables", checkVariables],
  ["missing-rules", checkMissingRules],
  ["clusters", checkClusters],
  ["units", checkUnits],
  ["method", checkMethod],
  ["hierarchy", checkHierarchy],
  ["indicators", checkIndicators],
  ["compose-weights", checkComposeWeights],
  ["expressions", checkExpressions],
  ["scales", checkScales],
  ["analysis-shape", checkAnalysisShape],
  ["analysis-within", checkWithin],
  ["analysis-between", checkBetween],
  ["analysis-settings", checkAnalysisSettings],
  ["maps", checkMaps],
  ["spatial-analysis", checkSpatialAnalysis],
  ["per-year", checkPerYear],
  ["dynamics", checkDynamics],
  ["relative-obstacle", checkRelativeObstacle],
  ["variants", checkVariants],
  ["figures", checkFigures],
  ["unused", checkUnused],
];

export interface CheckResult {
  readonly context: CheckContext;
  /** Sorted by position. */
  readonly diagnostics: readonly Diagnostic[];
  /** The checked model: present only when every pass ran and none reported an error. */
  readonly model?: CheckedSpec;
}

/**
 * Runs the passes named in `only` (default: all) over `ast`; with every pass, no error and
 * `withModel` (false after a syntax error), builds the checked model (a broken invariant there throws: see model/need.ts).
 */
export function checkSpec(ast: SpecFile, only?: readonly string[], withModel = true): CheckResult {
  const ctx = new CheckContext(ast);
  for (const [name, pass] of PASSES) if (!only || only.includes(name)) pass(ctx);
  const diagnostics = sortDiagnostics(ctx.diagnostics);
  if (only || !withModel || hasErrors(diagnostics)) return { context: ctx, diagnostics };
  return { context: ctx, diagnostics, model: buildModel(ctx) };
}

export { CheckContext } from "./context.js";
