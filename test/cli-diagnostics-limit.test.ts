/**
 * The CLI prints at most 50 diagnostics and counts the rest, but never counts away the one
 * saying ccdc stopped reading (E0010): it comes last, after the count, so a user sees why the
 * list ends. Golden: test/fixtures/limits/too-many-syntax-errors.expected.txt (regenerate with
 * `npx vitest run --project e2e -u cli-diagnostics-limit`, then read the diff).
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runMain } from "@ccdc/cli";
import { expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SPEC = "test/fixtures/limits/too-many-syntax-errors.ccd";

test("ccdc check past 200 syntax errors: 50 printed, the rest counted, then E0010", async () => {
  const r = await runMain(["check", SPEC], { cwd: ROOT, env: {}, tty: false });
  expect(r.code).toBe(1);
  expect(r.stdout).toBe("");
  expect(r.stderr.match(/^error\[E0001\]/gm)).toHaveLength(50);
  expect(r.stderr).toMatch(/not shown \(fix the first ones and run again\)\n\nerror\[E0010\]/);
  await expect(r.stderr).toMatchFileSnapshot(
    join(ROOT, "test", "fixtures", "limits", "too-many-syntax-errors.expected.txt"),
  );
});
