/**
 * Control characters from the data, the spec or a plan never reach the terminal raw: an
 * escape sequence in a CSV header, a region key or the study title is printed as `\x1b…`, in
 * diagnostics and in reports. And at most 50 diagnostics are printed, then "… and N more".
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runMain } from "@ccdc/cli";
import { afterAll, beforeAll, expect, test } from "vitest";

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ccdc-term-"));
  expect((await runMain(["init", "s"], { cwd: dir })).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ESC = "\u001b";
const cwd = () => join(dir, "s");

test("an escape sequence in the study title is shown, not sent (report and diagnostics)", async () => {
  const { readFileSync } = await import("node:fs");
  const spec = readFileSync(join(cwd(), "study.ccd"), "utf8");
  const hostile = spec.replace(
    /title "[^"]*"/,
    `title "A${ESC}[2J${ESC}]8;;http://x${ESC}\\\\B\u202e"`,
  );
  writeFileSync(join(cwd(), "t.ccd"), hostile);
  for (const format of ["table", "md"]) {
    const r = await runMain(["run", "t.ccd", "--format", format], { cwd: cwd() });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).not.toContain("\u202e");
    // (Markdown escapes the backslash itself.)
    expect(r.stdout).toMatch(/A\\+x1b\[2J/);
  }
});

test("an escape sequence in a CSV header and a region key is shown in the diagnostics", async () => {
  const { readFileSync } = await import("node:fs");
  const csv = readFileSync(join(cwd(), "data.csv"), "utf8");
  const lines = csv.split("\n");
  lines[0] = lines[0]!.replace(/^[^,]*/, `reg${ESC}[31mion`);
  writeFileSync(join(cwd(), "data.csv"), lines.join("\n"));
  const r = await runMain(["run", "study.ccd"], { cwd: cwd() });
  expect(r.code).toBe(1);
  expect(r.stderr).not.toContain(ESC);
  expect(r.stderr).toContain("reg\\x1b[31mion");
  writeFileSync(join(cwd(), "data.csv"), csv);
});

test("a spec with thousands of errors prints 50, then how many more", async () => {
  writeFileSync(join(cwd(), "bad.ccd"), "units nowhere\n".repeat(500));
  const r = await runMain(["check", "bad.ccd"], { cwd: cwd() });
  expect(r.code).toBe(1);
  expect((r.stderr.match(/^error\[/gm) ?? []).length).toBe(50);
  expect(r.stderr).toMatch(/… and \d+ more diagnostics, not shown/);
});
