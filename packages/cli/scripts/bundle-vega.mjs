// Bundles vega and vega-lite into dist/vega.bundle.cjs, one CommonJS file that
// src/figures/vega-libs.ts runs through vm.Script, and writes V8's code cache of it beside it
// (dist/vega.bundle.cjs.cache), made after drawing the default figures of the test fixture in
// English and Chinese, so that it holds the functions drawing calls, compiled. Loading the two
// libraries as ES modules (about 300 files) took about 0.25 s CPU; the bundle with its cache
// about 0.04 s, and drawing the flagship's figures is faster by about as much again.
// The cache is made in a child Node with no flags and no NODE_OPTIONS: V8 rejects a cache made
// under other flags (vega-libs.ts then compiles the bundle from its source, as without one).
// It starts with the bundle's build id, so a cache is used only with its own bundle.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dist = (name) => fileURLToPath(new URL(`../dist/${name}`, import.meta.url));
const bundle = dist("vega.bundle.cjs");
const cache = `${bundle}.cache`;

if (process.argv[2] !== "--warm-up") {
  const { build } = await import("esbuild");
  rmSync(cache, { force: true });
  await build({
    entryPoints: [fileURLToPath(new URL("vega-entry.mjs", import.meta.url))],
    outfile: bundle,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    // No canvas (no-canvas.mjs says why).
    alias: { "vega-canvas": fileURLToPath(new URL("no-canvas.mjs", import.meta.url)) },
    logLevel: "warning",
  });
  const id = createHash("sha256").update(readFileSync(bundle)).digest("hex");
  appendFileSync(bundle, `\n//# ccdc-build ${id}\n`);
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--warm-up"], {
    env,
    stdio: "inherit",
  });
  process.exit(r.status ?? 1);
}

// The warm-up: draw the fixture's default figures with the bundle, then write its cache.
const lib = (path) => import(new URL(`../dist/${path}`, import.meta.url).href);
const { buildIdOf, compileVegaBundle } = await lib("figures/vega-libs.js");
const { svgRenderer } = await lib("figures/render.js");
const { defaultFigures } = await lib("figures/default-set.js");
const { fixturePlan, fixtureResult } = await lib("testing/fixture.js");
const { namesFor } = await lib("render/names.js");
const { wordsFor } = await lib("render/words.js");
const source = readFileSync(bundle, "utf8");
const { script, libs } = compileVegaBundle(source, undefined);
for (const lang of ["en", "zh"]) {
  const result = fixtureResult();
  const plan = fixturePlan();
  const ctx = { result, plan, names: namesFor(result, plan, lang), words: wordsFor(lang) };
  const render = await svgRenderer(libs);
  for (const figure of defaultFigures(ctx)) await render(figure.spec);
}
const tmp = `${cache}.${process.pid}.tmp`;
writeFileSync(
  tmp,
  Buffer.concat([Buffer.from(`${buildIdOf(source)}\n`), script.createCachedData()]),
);
renameSync(tmp, cache);
