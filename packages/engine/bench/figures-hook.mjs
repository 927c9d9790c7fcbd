// Module hook for no-figures.mjs: in the baseline run, packages/cli/dist/figures/
// paper-figures.js resolves to a module whose paperFigures returns no figures (so neither
// vega nor vega-lite is loaded, and report.html has no figure to embed).
let none = false;

export function initialize(data) {
  none = data?.none === true;
}

const NO_FIGURES = `data:text/javascript,${encodeURIComponent(
  "export async function paperFigures() { return []; }",
)}`;

export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (none && resolved.url.endsWith("/dist/figures/paper-figures.js")) {
    return { url: NO_FIGURES, shortCircuit: true };
  }
  return resolved;
}
