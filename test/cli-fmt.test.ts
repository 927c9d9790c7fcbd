/**
 * `ccdc fmt`: the repository's specs are in the canonical layout (CI fails otherwise), --check
 * lists what would change and exits 1, a rewrite is in place and keeps the file's mode, and a
 * spec with syntax errors is reported and left alone.
 */
import {
  chmodSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runMain } from "@ccdc/cli";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "ccdc-fmt-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const MESSY = 'region a "A"   zh "甲"\nmethod { weights entropy }\n';
const CANONICAL = 'region a "A" zh "甲"\nmethod {\n  weights entropy\n}\n';

describe("ccdc fmt", () => {
  test("every spec in the repository is in the canonical layout", async () => {
    const specs = [
      ...readdirSync(join(ROOT, "specs"))
        .filter((f) => f.endsWith(".ccd"))
        .map((f) => `specs/${f}`),
      "packages/cli/templates/study.ccd",
    ];
    const r = await runMain(["fmt", "--check", ...specs], { cwd: ROOT });
    expect(r.stdout, "run `pnpm ccdc fmt` on these").toBe("");
    expect(r.code).toBe(0);
  });

  test("--check lists the files that would change, exits 1 and writes nothing", async () => {
    writeFileSync(join(tmp, "messy.ccd"), MESSY);
    writeFileSync(join(tmp, "tidy.ccd"), CANONICAL);
    const r = await runMain(["fmt", "--check", "messy.ccd", "tidy.ccd"], { cwd: tmp });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("messy.ccd\n");
    expect(r.stderr).toBe("1 file is not in the canonical layout; run `ccdc fmt` on it\n");
    expect(readFileSync(join(tmp, "messy.ccd"), "utf8")).toBe(MESSY);
  });

  test("rewrites in place, keeps the file's mode, and a second run changes nothing", async () => {
    const file = join(tmp, "study.ccd");
    writeFileSync(file, MESSY);
    chmodSync(file, 0o640);
    const r = await runMain(["fmt", "study.ccd"], { cwd: tmp });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("study.ccd: formatted\n");
    expect(readFileSync(file, "utf8")).toBe(CANONICAL);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(tmp).filter((f) => f.startsWith("."))).toEqual([]);
    const again = await runMain(["fmt", "--check", "study.ccd"], { cwd: tmp });
    expect(again).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  test("a spec with syntax errors is reported and left as it is; the others are formatted", async () => {
    writeFileSync(join(tmp, "broken.ccd"), "method { weights entropy\n");
    writeFileSync(join(tmp, "other.ccd"), MESSY);
    const r = await runMain(["fmt", "broken.ccd", "other.ccd"], { cwd: tmp });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error\[E\d{4}\]/m);
    expect(r.stderr).toContain("broken.ccd: 1 error; not formatted\n");
    expect(readFileSync(join(tmp, "broken.ccd"), "utf8")).toBe("method { weights entropy\n");
    expect(readFileSync(join(tmp, "other.ccd"), "utf8")).toBe(CANONICAL);
  });

  test("a missing file: exit 1, says where it looked", async () => {
    const r = await runMain(["fmt", "nope.ccd"], { cwd: tmp });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `error: cannot read nope.ccd: no such file (looked for ${join(tmp, "nope.ccd")})\n`,
    );
  });
});
