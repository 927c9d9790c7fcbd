// Bundles the built CLI (dist/main.js and everything it imports, third-party modules included)
// into dist/ccdc.bundle.js, which bin/ccdc.js loads: one file instead of about a thousand
// modules (chevrotain's lodash-es alone is 640), which was most of `ccdc check`'s start.
// exceljs and ajv stay outside: they are loaded only when an Excel source is read or a
// validator has to be compiled (running from source). So do the paper libraries (vega,
// vega-lite, resvg with its native binary, docx): loaded only by --out.
import { build } from "esbuild";

await build({
  entryPoints: [new URL("../dist/main.js", import.meta.url).pathname],
  outfile: new URL("../dist/ccdc.bundle.js", import.meta.url).pathname,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: [
    "exceljs",
    "ajv",
    "@ccdc/plan/plan-validator.cjs",
    "vega",
    "vega-lite",
    "@resvg/resvg-js",
    "subset-font",
    "docx",
  ],
  // CommonJS dependencies (commander) call require() for Node's built-in modules.
  banner: {
    js: 'import { createRequire as __ccdcCreateRequire } from "node:module"; const require = __ccdcCreateRequire(import.meta.url);',
  },
  sourcemap: true,
  logLevel: "warning",
});
