/**
 * Golden run diagnostics: each `test/run-diagnostics/<name>.ccd` compiles but meets a problem
 * in its data; `ccdc run` must exit 1 and print exactly `<name>.expected.txt` on stderr (the
 * engine's issues rendered like the compiler's, pointing at the spec's line). A
 * `<name>.args` file holds more arguments for `ccdc run` (e.g. `--variant NAME`). Update with
 * `pnpm test:update` and read the diff.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runMain } from "@ccdc/cli";
import { describe, expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIR = join(ROOT, "test", "run-diagnostics");
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith(".ccd"))
  .map((f) => f.slice(0, -4));

describe("golden run diagnostics", () => {
  for (const name of cases) {
    test(name, async () => {
      const argsFile = join(DIR, `${name}.args`);
      const args = existsSync(argsFile) ? readFileSync(argsFile, "utf8").trim().split(/\s+/) : [];
      const r = await runMain(["run", `test/run-diagnostics/${name}.ccd`, ...args], { cwd: ROOT });
      expect(r.stdout).toBe("");
      expect(r.code).toBe(1);
      await expect(r.stderr).toMatchFileSnapshot(join(DIR, `${name}.expected.txt`));
    });
  }
});
