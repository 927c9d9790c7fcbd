/**
 * The real command: `node packages/cli/bin/ccdc.js …` in a child process, as a user runs it.
 * It runs the built CLI (packages/cli/dist): run `pnpm build` first (the root `pnpm test` does;
 * built-cli.ts stops the file when the bundle is older than the sources).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkResult } from "@ccdc/engine";
import { describe, expect, test } from "vitest";
import { builtCli } from "./built-cli.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = builtCli();

function ccdc(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("bin/ccdc.js", () => {
  test("run --format json: exit 0, stdout is the results JSON only", () => {
    const r = ccdc(["run", "specs/northern.ccd", "--format", "json"]);
    expect(r.code).toBe(0);
    // The only diagnostics: Central Plains starts three indices at the shift (W0502). The
    // panel's rows for provinces the study does not declare are no warning (W0103 lists them
    // only when the study misses values).
    expect(r.stderr.match(/^\w+\[\w+\]/gm)).toEqual([
      "warning[W0502]",
      "warning[W0502]",
      "warning[W0502]",
    ]);
    expect(checkResult(JSON.parse(r.stdout)).ok).toBe(true);
  });

  test("a spec error: exit 1, diagnostics on stderr, nothing on stdout, no stack trace", () => {
    const r = ccdc(["check", "packages/cli/templates/data.csv"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^error\[E\d{4}\]/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test("a usage error: exit 2", () => {
    const r = ccdc(["run", "specs/northern.ccd", "--format", "yaml"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
  });

  test("piped output is never coloured, NO_COLOR or not", () => {
    for (const env of [{}, { NO_COLOR: "1" }] as Record<string, string>[]) {
      const r = ccdc(["run", "specs/northern.ccd"], env);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toContain(String.fromCharCode(27));
    }
  });

  test("`pnpm ccdc` (scripts/ccdc.mjs) resolves paths from the directory pnpm was run in", () => {
    const viaPnpm = (initCwd: string) =>
      spawnSync(process.execPath, ["scripts/ccdc.mjs", "check", "northern.ccd"], {
        cwd: ROOT,
        encoding: "utf8",
        env: { PATH: process.env.PATH ?? "", INIT_CWD: initCwd },
      });
    const fromSpecs = viaPnpm(join(ROOT, "specs"));
    expect(fromSpecs.status).toBe(0);
    expect(fromSpecs.stderr).toBe("northern.ccd: ok (no errors)\n");
    const fromRoot = viaPnpm(ROOT);
    expect(fromRoot.status).toBe(1);
    expect(fromRoot.stderr).toBe(
      `error: cannot read northern.ccd: no such file (looked for ${join(ROOT, "northern.ccd")})\n`,
    );
  });

  test("the bundle's V8 code cache is made for this bundle, and V8 accepts it", () => {
    // What bin/load-cli.js does, with the cache's verdict printed.
    const probe = `
      import { readFileSync } from "node:fs";
      import { buildIdOf, bundlePath, cachePath, compileCli } from "./packages/cli/bin/load-cli.js";
      const source = readFileSync(bundlePath, "utf8");
      const file = readFileSync(cachePath);
      const header = Buffer.from(buildIdOf(source) + "\\n");
      const ours = header.length > 1 && file.subarray(0, header.length).equals(header);
      const { script } = compileCli(source, file.subarray(header.length));
      console.log(JSON.stringify({ ours, rejected: script.cachedDataRejected }));`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", probe], {
      cwd: ROOT,
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "" },
    });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ ours: true, rejected: false });
  });

  test("--version", () => {
    const r = ccdc(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
