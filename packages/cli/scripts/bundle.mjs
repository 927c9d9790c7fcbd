// Bundles the built CLI (dist/main.js and everything it imports, third-party modules included)
// into dist/ccdc.bundle.cjs, which bin/load-cli.js loads: one file instead of about a thousand
// modules (chevrotain's lodash-es alone is 640), which was most of `ccdc check`'s start. It is
// CommonJS so that it can be run through vm.Script with a V8 code cache (scripts/code-cache.mjs,
// next in the build); the plan validator (@ccdc/plan's standalone code) is bundled too, so that
// it is in the cache. exceljs and ajv stay outside: they are loaded only when an Excel source is
// read or a validator has to be compiled (running from source). So do the paper libraries
// (vega, vega-lite, resvg with its native binary, docx): loaded only by --out.
import { createHash } from "node:crypto";
import { appendFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { build } from "esbuild";
import { digestPath, sourceDigest } from "./source-digest.mjs";

const dist = (name) => new URL(`../dist/${name}`, import.meta.url).pathname;

// The ES-module bundle of earlier builds, no longer loaded by anything.
rmSync(dist("ccdc.bundle.js"), { force: true });
rmSync(dist("ccdc.bundle.js.map"), { force: true });

// Loaded only when used, by a dynamic import; never bundled.
const lazy = ["exceljs", "vega", "vega-lite", "@resvg/resvg-js", "docx"];

// V8 drops what a dynamic `import()` needs to find its loader from functions restored from a
// code cache ("A dynamic import callback was not specified"), so in the bundle each
// `import("exceljs")` (and the others in `lazy`) calls `__ccdcImport`, which bin/load-cli.js
// passes in: a plain `import()` in an ES module of this package, resolved from here.
const lazyImports = {
  name: "lazy-imports",
  setup(b) {
    b.onLoad({ filter: /\/packages\/[a-z]+\/dist\/.*\.js$/ }, async (args) => {
      let contents = readFileSync(args.path, "utf8");
      for (const name of lazy)
        contents = contents.replaceAll(`import("${name}")`, `__ccdcImport("${name}")`);
      return { contents, loader: "js" };
    });
  },
};

await build({
  entryPoints: [dist("main.js")],
  outfile: dist("ccdc.bundle.cjs"),
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  external: [...lazy, "ajv"],
  plugins: [lazyImports],
  // The sources are ES modules: `import.meta.url` (package-dir.ts, createRequire calls) becomes
  // the bundle's own file URL, which is what it was in the ES-module bundle in the same folder.
  define: { "import.meta.url": "__ccdcBundleUrl" },
  banner: { js: 'var __ccdcBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  sourcemap: true,
  // No comments nor indentation: a third less to read at every start (the source map keeps
  // the sources' lines for a stack trace).
  minifyWhitespace: true,
  logLevel: "warning",
});

// Any dynamic import left in the bundle would fail once its code comes from the cache: a new
// one belongs in `lazy` (or is bundled).
const left = readFileSync(dist("ccdc.bundle.cjs"), "utf8").match(/\bimport\(["'`][^)]*\)/g);
if (left)
  throw new Error(`bundle: dynamic imports left (add them to \`lazy\`): ${left.join(", ")}`);

// The build id on the last line: the SHA-256 of the bundle above it, which the code cache's
// file repeats (bin/load-cli.js uses a cache only with the bundle it was made from).
const id = createHash("sha256")
  .update(readFileSync(dist("ccdc.bundle.cjs")))
  .digest("hex");
appendFileSync(dist("ccdc.bundle.cjs"), `//# ccdc-build ${id}\n`);

// What the bundle was built from, for the tests that run it (scripts/source-digest.mjs).
writeFileSync(digestPath, `${sourceDigest()}\n`);

// The engine's worker thread (large studies split their column work over threads): the engine
// starts it from "./engine-worker.js" beside the module that starts it, which in the bundle is
// this folder.
await build({
  entryPoints: [new URL("../../engine/dist/parallel/engine-worker.js", import.meta.url).pathname],
  outfile: dist("engine-worker.js"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
});
