/**
 * vega and vega-lite, loaded for drawing figures. A build bundles them into one CommonJS file,
 * dist/vega.bundle.cjs (scripts/bundle-vega.mjs), with a V8 code cache beside it made after
 * drawing a set of test figures: importing the two libraries as about 300 ES modules took
 * about 0.25 s CPU, the bundle with its cache about 0.04 s, and the cache also holds the
 * compiled code of the functions that drawing calls. When the package is not built (tests run
 * from source), the libraries themselves are imported.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import type { View as VegaView, parse as vegaParse } from "vega";
import type { compile as vegaLiteCompile } from "vega-lite";
import { cliPackageUrl } from "../package-dir.js";
import type { ExpressionCodegen } from "./expression-cache.js";

/** What figures need of vega and vega-lite. */
export interface VegaLibs {
  readonly View: typeof VegaView;
  readonly parse: typeof vegaParse;
  readonly compile: typeof vegaLiteCompile;
  /**
   * vega's runtime context (vega-runtime's `context`, exported by vega as `runtimeContext`
   * but not in its types): figures read vega's expression code generator from it
   * (expression-cache.ts).
   */
  readonly runtimeContext: RuntimeContext;
}

/** vega-runtime's `context(dataflow, transforms, functions, expr)`, as far as figures use it. */
export type RuntimeContext = (
  dataflow: { events: () => unknown },
  transforms: object,
) => { readonly expr: ExpressionCodegen };

/** vega's runtimeContext, which vega exports without a type. */
export const runtimeContextOf = (vega: object): RuntimeContext =>
  (vega as { runtimeContext: RuntimeContext }).runtimeContext;

/** The bundle's path and its code cache's. */
export const vegaBundlePath = fileURLToPath(new URL("dist/vega.bundle.cjs", cliPackageUrl));
export const vegaCachePath = `${vegaBundlePath}.cache`;

/** The build id the bundle ends with (bundle-vega.mjs: the SHA-256 of the rest). */
const BUILD_MARK = "\n//# ccdc-build ";
export const buildIdOf = (source: string): string => {
  const at = source.lastIndexOf(BUILD_MARK);
  return at < 0 ? "" : source.slice(at + BUILD_MARK.length).trim();
};

/**
 * Compiles and runs the bundle's source as a CommonJS module, with `cachedData` when given, and
 * returns the script (to make a cache from) and the libraries.
 */
export function compileVegaBundle(
  source: string,
  cachedData?: Buffer,
): { script: vm.Script; libs: VegaLibs } {
  const script = new vm.Script(`(function (exports, require, module) {${source}\n})`, {
    filename: vegaBundlePath,
    ...(cachedData && { cachedData }),
  });
  const module = { exports: {} as VegaLibs };
  script.runInThisContext()(module.exports, createRequire(vegaBundlePath), module);
  return { script, libs: module.exports };
}

/** The cache for `source` when there is one made from it (its file starts with the build id). */
function cacheFor(source: string): Buffer | undefined {
  const id = buildIdOf(source);
  if (id === "") return undefined;
  try {
    const file = readFileSync(vegaCachePath);
    const header = Buffer.from(`${id}\n`);
    return file.subarray(0, header.length).equals(header)
      ? file.subarray(header.length)
      : undefined;
  } catch {
    return undefined; // No cache: V8 compiles the bundle from its source.
  }
}

let loaded: Promise<VegaLibs> | undefined;

/** vega and vega-lite: the built bundle, or the libraries themselves when it is not built. */
export function loadVega(): Promise<VegaLibs> {
  loaded ??= (async () => {
    let source: string;
    try {
      source = readFileSync(vegaBundlePath, "utf8");
    } catch {
      const [vega, vegaLite] = await Promise.all([import("vega"), import("vega-lite")]);
      return {
        View: vega.View,
        parse: vega.parse,
        compile: vegaLite.compile,
        runtimeContext: runtimeContextOf(vega),
      };
    }
    return compileVegaBundle(source, cacheFor(source)).libs;
  })();
  return loaded;
}
