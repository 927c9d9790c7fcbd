/**
 * The streamed outputs (`--format json`, `--format csv`, and the files of `--out`) are written
 * in chunks; their bytes must be those of the whole-string renderers: stableStringify for the
 * JSON, at any chunk size, for every spec's result (the CSV tables are checked against their
 * expected text in packages/cli/src/render/csv.test.ts; here, that chunking does not change
 * them).
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { couplingCsvChunks, indicesCsvChunks, tidyCsvChunks } from "@ccdc/cli";
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
