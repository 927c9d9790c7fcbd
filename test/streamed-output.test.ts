/**
 * The streamed outputs (`--format json`, `--format csv`, and the files of `--out`) are written
 * in chunks; their bytes must be those of the whole-string renderers: stableStringify for the
 * JSON, at any chunk size, for every spec's result (the CSV tables are checked against their
 * expected text in packages/cli/src/render/csv.test.ts; here, that chunking does not change
 * them).
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  couplingCsvChunks,
  indicesCsvChunks,
  resultStrings,
  runMain,
  tidyCsvChunks,
} from "@ccdc/cli";
import { compileSpec } from "@ccdc/dsl";
import { runPlan } from "@ccdc/engine";
import { stableJsonChunks, stableStringify } from "@ccdc/plan";
import { describe, expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const specs = readdirSync(join(ROOT, "specs"))
  .filter((f) => f.endsWith(".ccd"))
  .sort();

describe.each(specs)("streamed output of specs/%s", (spec) => {
  test("the JSON chunks are stableStringify's bytes, at any chunk size", async () => {
    const path = join(ROOT, "specs", spec);
    const compiled = compileSpec(readFileSync(path, "utf8"), path);
    if (!compiled.plan) throw new Error(`${spec} does not compile`);
    const run = await runPlan(compiled.plan, { baseDir: dirname(path) });
    if (!run.ok) throw new Error(`${spec} does not run`);
    const whole = stableStringify(run.result);
    for (const size of [1, 100, 4096, undefined])
      expect([...stableJsonChunks(run.result, size)].join("")).toBe(whole);
    for (const chunks of [tidyCsvChunks, indicesCsvChunks, couplingCsvChunks])
      expect([...chunks(run.result, 1)].join("")).toBe([...chunks(run.result)].join(""));
  });
});

/**
 * `--out` writes results.json, the reports and every data table through the chunk generators
 * (io/result-files.ts) and hashes them as they stream: each file must hold the string path's
 * bytes (`resultStrings`: stableStringify and the render…Csv functions) and the manifest the
 * sha256 and size of what was written. The flagship (one analysis within clusters, two forms),
 * a study with several between-unit pairs and density curves (regions-nbs4), and one with a
 * spatial weight matrix (provinces).
 */
describe.each(["northern.ccd", "regions-nbs4.ccd", "provinces.ccd"])(
  "--out of specs/%s, streamed",
  (spec) => {
    test("every streamed file is the string path's bytes, and the manifest hashes them", async () => {
      const path = join(ROOT, "specs", spec);
      const compiled = compileSpec(readFileSync(path, "utf8"), path);
      if (!compiled.plan) throw new Error(`${spec} does not compile`);
      const run = await runPlan(compiled.plan, { baseDir: dirname(path) });
      if (!run.ok) throw new Error(`${spec} does not run`);
      const expected = resultStrings(run.result, compiled.plan);
      const tmp = mkdtempSync(join(tmpdir(), "ccdc-streamed-"));
      try {
        const out = join(tmp, "out");
        const r = await runMain(["run", `specs/${spec}`, "--out", out], { cwd: ROOT });
        expect(r.code, r.stderr).toBe(0);
        const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as {
          files: { path: string; bytes: number; sha256: string }[];
        };
        const listed = new Map(manifest.files.map((f) => [f.path, f]));
        expect(expected.size).toBeGreaterThan(6);
        for (const [name, text] of expected) {
          const bytes = readFileSync(join(out, name));
          expect(bytes.toString("utf8"), name).toBe(text);
          expect(listed.get(name), name).toEqual({
            path: name,
            bytes: bytes.byteLength,
            sha256: createHash("sha256").update(bytes).digest("hex"),
          });
        }
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    }, 120_000);
  },
);
