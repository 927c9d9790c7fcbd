export { rangeForPointer, renderIssue, renderIssues } from "./diagnostics.js";
export { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, EXIT_USER } from "./errors.js";
export { type CliIO, memoryIO, processIO } from "./io/cli-io.js";
export { main } from "./main.js";
export { renderCouplingCsv, renderIndicesCsv, renderTidyCsv, TIDY_COLUMNS } from "./render/csv.js";
export { FORMATS, type Format, renderFormat } from "./render/formats.js";
export { renderMarkdown } from "./render/markdown.js";
export { renderTable } from "./render/table.js";
export { type MainRun, runMain } from "./testing/run-main.js";
