/**
 * Every example in the help texts (`ccdc --help`, `ccdc COMMAND --help`) runs as written and
 * exits 0. Each help page's examples run in order in a fresh directory that holds a copy of
 * specs/ (the specs read ../../shared/data, so a `shared` link sits beside it). An example is
 * `ccdc ARGS [> FILE]`, possibly several joined by `&&`.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runMain } from "@ccdc/cli";
import { afterAll, describe, expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function workspace(): string {
  const top = mkdtempSync(join(tmpdir(), "ccdc-help-"));
  dirs.push(top);
  symlinkSync(join(ROOT, "..", "shared"), join(top, "shared"));
  const cwd = join(top, "work");
  mkdirSync(cwd);
  cpSync(join(ROOT, "specs"), join(cwd, "specs"), { recursive: true });
  return cwd;
}

async function examplesOf(args: string[]): Promise<string[]> {
  const r = await runMain([...args, "--help"], { cwd: ROOT });
  expect(r.code).toBe(0);
  return r.stdout
    .split("\n")
    .filter((l) => l.startsWith("  $ "))
    .map((l) => l.slice(4));
}

/** Runs one example line; returns a description of the first failing step, or undefined. */
async function runExample(line: string, cwd: string): Promise<string | undefined> {
  for (const step of line.split(" && ")) {
    const [command, redirect] = step.split(" > ").map((s) => s.trim());
    const words = command!.split(/\s+/);
    if (words[0] !== "ccdc") return `${step}: not a ccdc command`;
    const r = await runMain(words.slice(1), { cwd });
    if (r.code !== 0) return `${step}: exit ${r.code}\n${r.stderr}`;
    if (redirect) writeFileSync(join(cwd, redirect), r.stdout);
  }
  return undefined;
}

describe("the help texts' examples work as written", () => {
  for (const page of [[], ["run"], ["check"], ["compile"], ["init"], ["fmt"]]) {
    test(`ccdc ${[...page, "--help"].join(" ")}`, async () => {
      const examples = await examplesOf(page);
      expect(examples.length).toBeGreaterThan(0);
      const cwd = workspace();
      for (const example of examples) expect(await runExample(example, cwd)).toBeUndefined();
    });
  }

  test("the examples' outputs exist", async () => {
    const cwd = workspace();
    for (const example of await examplesOf(["compile"])) await runExample(example, cwd);
    expect(existsSync(join(cwd, "northern.plan.json"))).toBe(true);
    expect(existsSync(join(cwd, "build", "northern.plan.json"))).toBe(true);
  });
});
