/**
 * Golden outputs: what `ccdc run SPEC` prints for every spec in specs/, as table and Markdown,
 * kept under test/golden/ so a change to any number or to the layout shows up as a readable
 * diff in review. Regenerate after a deliberate change with
 * `npx vitest run --project e2e -u cli-golden`, then read the diff.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runMain } from "@ccdc/cli";
import { describe, expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const specs = readdirSync(join(ROOT, "specs"))
  .filter((f) => f.endsWith(".ccd"))
  .sort();

describe.each(specs)("ccdc run specs/%s", (spec) => {
  const name = spec.replace(/\.ccd$/, "");
  test.each(["table", "md"])("--format %s", async (format) => {
    const r = await runMain(["run", `specs/${spec}`, "--format", format], {
      cwd: ROOT,
      env: {},
      tty: false,
    });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot(
      join(ROOT, "test", "golden", `${name}.${format === "md" ? "md" : "txt"}`),
    );
  });
});

// The flagship under --lang zh: every fixed word in Chinese (render/words/zh.ts), names by
// their zh labels; zh-report-words.test.ts checks that no English word leaks into any spec's.
describe("ccdc run specs/northern.ccd --lang zh", () => {
  test.each(["table", "md"])("--format %s", async (format) => {
    const r = await runMain(["run", "specs/northern.ccd", "--lang", "zh", "--format", format], {
      cwd: ROOT,
      env: {},
      tty: false,
    });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot(
      join(ROOT, "test", "golden", `northern.zh.${format === "md" ? "md" : "txt"}`),
    );
  });
});

// The starter study of `ccdc init` (packages/cli/templates/): what a new user sees first. Its
// made-up data are chosen so the first run has no warnings (cli-commands.test.ts checks that).
describe("ccdc init, then ccdc run study.ccd", () => {
  test.each(["table", "md"])("--format %s", async (format) => {
    const dir = mkdtempSync(join(tmpdir(), "ccdc-golden-starter-"));
    try {
      expect((await runMain(["init", dir], { cwd: ROOT, env: {}, tty: false })).code).toBe(0);
      const r = await runMain(["run", "study.ccd", "--format", format], {
        cwd: dir,
        env: {},
        tty: false,
      });
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      await expect(r.stdout).toMatchFileSnapshot(
        join(ROOT, "test", "golden", `starter.${format === "md" ? "md" : "txt"}`),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
