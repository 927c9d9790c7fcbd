export type * from "./ast.js";
export { KINDS_FOR as FIGURE_KINDS_BY_MEASURE } from "./check/figures.js";
export { type CheckResult, checkSpec, PASSES } from "./check/index.js";
export { type CompileResult, compileSpec } from "./compile.js";
export * from "./diagnostic.js";
export { type FormatResult, formatSpec } from "./format.js";
export { exprText, lowerSpec } from "./lower/index.js";
export type * from "./model/model.js";
export { type ParseResult, parseSpec } from "./parse.js";
export {
  type Renderable,
  type RenderOptions,
  renderDiagnostic,
  renderDiagnostics,
  summarize,
} from "./render.js";
export { didYouMean, suggest } from "./suggest.js";
export { STOP_CODES } from "./syntax-messages.js";
