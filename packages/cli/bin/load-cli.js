// Loads the bundled CLI, dist/ccdc.bundle.cjs (scripts/bundle.mjs), with the V8 code cache the
// build writes beside it (dist/ccdc.bundle.cjs.cache, scripts/code-cache.mjs): with it, V8
// neither parses the 1.9 MB bundle nor compiles the functions a check or a short run calls,
// which was about a fifth of starting ccdc. Node 20 has no compile cache for modules, so the
// bundle is CommonJS run through vm.Script, which takes a cache. A cache from another Node or
// other V8 flags is rejected by V8 and the bundle is compiled from its source, as without one.
// Nothing here writes a file: the cache is made at build time only.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import vm from "node:vm";

/** The bundle's path. */
export const bundlePath = fileURLToPath(new URL("../dist/ccdc.bundle.cjs", import.meta.url));
/** Its V8 code cache's path. */
export const cachePath = `${bundlePath}.cache`;

/**
 * Compiles and runs the bundle's source as a CommonJS module (with `cachedData` when given) and returns
 * the vm.Script, for making a cache, and the module's exports ({ main }). The bundle's dynamic
 * imports (exceljs, vega, docx, …: loaded only when used) resolve from this package.
 */
export function compileCli(source, cachedData) {
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname, __ccdcImport) {${source}\n})`,
    { filename: bundlePath, cachedData },
  );
  const module = { exports: {} };
  const init = script.runInThisContext();
  // The bundle's dynamic imports call this (scripts/bundle.mjs says why).
  const lazyImport = (specifier) => import(specifier);
  init(
    module.exports,
    createRequire(bundlePath),
    module,
    bundlePath,
    dirname(bundlePath),
    lazyImport,
  );
  return { script, cli: module.exports };
}

/**
 * The build id on the bundle's last line (scripts/bundle.mjs: the SHA-256 of the rest). The
 * cache file starts with the id of the bundle it was made from, then a newline: V8 checks
 * only a cache's length of source, so a cache is used only with its own bundle.
 */
export function buildIdOf(source) {
  const at = source.lastIndexOf(BUILD_MARK);
  return at < 0 ? "" : source.slice(at + BUILD_MARK.length).trim();
}

const BUILD_MARK = "\n//# ccdc-build ";

/** The bundle's exports, compiled with the build's code cache when there is one for it. */
export function loadCli() {
  const source = readFileSync(bundlePath, "utf8");
  const id = buildIdOf(source);
  let cachedData;
  try {
    const file = readFileSync(cachePath);
    const header = Buffer.from(`${id}\n`);
    if (id !== "" && file.subarray(0, header.length).equals(header)) {
      cachedData = file.subarray(header.length);
    }
  } catch {
    // No cache (a build without one): the bundle is compiled from its source.
  }
  const { cli } = compileCli(source, cachedData);
  laterTierUp();
  return cli;
}

/**
 * V8's interrupt budget, the bytecode a function runs between two looks at whether to optimise
 * it: four times V8's default (67,584). A command is one short run, and V8's optimising compiler
 * (TurboFan, on background threads) was compiling about 45 functions of the flagship's run —
 * the coupling kernels its sensitivity runs call a few hundred times, chevrotain's and lodash's
 * helpers — for about 170 M instructions that their optimised code never paid back (counted
 * by valgrind's callgrind, 2 December 2026: the run 1.55 G instructions, 1.41 G with the budget
 * four times the default; 1.44 G at twice, no better at eight or sixteen times). Work that
 * stays hot (a large study's loops) is still optimised, a few milliseconds later: the 2.4 M-row
 * CSV bench takes the same time. Set after the bundle is compiled with its cache (V8 rejects a
 * cache made under other flags); a flag changes which compiler runs the code, never what it
 * computes. Left as given when the user chose V8's tiering flags (node flags or NODE_OPTIONS).
 */
function laterTierUp() {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)];
  const tiering =
    /^--(no-)?(opt|turbofan|jitless|max-opt|maglev|sparkplug|interrupt-budget|ticks-before-optimization)\b/;
  if (given.some((flag) => tiering.test(flag))) return;
  setFlagsFromString(`--interrupt-budget=${4 * 67584}`);
}
