// Writes dist/ccdc.bundle.cjs.cache, V8's code cache of the bundle, which bin/load-cli.js hands
// to vm.Script. It is made after a warm-up that checks and runs the repository's specs, so it
// holds the functions those call, compiled, not only the bundle's top level. The warm-up runs
// in a child Node with no flags and no NODE_OPTIONS: V8 rejects a cache made under other flags.
// Only the cache file is written (atomically); the warm-up prints nothing and writes nothing.
import { spawnSync } from "node:child_process";
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const loader = new URL("../bin/load-cli.js", import.meta.url).href;

if (process.argv[2] !== "--child") {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--child"], {
    env,
    stdio: "inherit",
  });
  process.exit(r.status ?? 1);
}

const { bundlePath, buildIdOf, cachePath, compileCli } = await import(loader);
rmSync(cachePath, { force: true });
const source = readFileSync(bundlePath, "utf8");
const { script, cli } = compileCli(source, undefined);
const quiet = {
  stdout() {},
  stderr() {},
  cwd: root,
  env: {},
  stdoutIsTTY: false,
  stderrIsTTY: false,
};
// The flagship needs the shared data folder; without it, its run stops at the source and the
// warm-up covers less (the cache is still valid).
for (const spec of ["specs/northern-paper.ccd", "specs/northern.ccd"]) {
  for (const command of ["check", "run"]) await cli.main([command, spec], quiet);
}
const tmp = `${cachePath}.${process.pid}.tmp`;
// The bundle's build id first (load-cli.js uses the cache only with the bundle it was made from).
writeFileSync(
  tmp,
  Buffer.concat([Buffer.from(`${buildIdOf(source)}\n`), script.createCachedData()]),
);
renameSync(tmp, cachePath);
