/**
 * The hostile-input corpus (test/hostile/cases.ts): every case built in a temporary folder and
 * run in-process. For each: the expected exit code and diagnostic codes; never exit 3, never a
 * stack trace; no file that was there before is deleted or changed, and only the files the
 * case expects are created (nothing left behind: no `.tmp-*` or `.old-*`).
 */
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { runMain } from "@ccdc/cli";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CASES, type Files } from "./hostile/cases.js";

let root: string;
let starter: { spec: string; csv: string };
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "ccdc-hostile-"));
  expect((await runMain(["init", "starter"], { cwd: root })).code).toBe(0);
  starter = {
    spec: readFileSync(join(root, "starter", "study.ccd"), "utf8"),
    csv: readFileSync(join(root, "starter", "data.csv"), "utf8"),
  };
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every file under `dir` (relative path → bytes as hex-free string), folders followed. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const p = join(e.parentPath, e.name);
    const rel = p.slice(dir.length + 1);
    out.set(rel, statSync(p).isDirectory() ? "<dir>" : readFileSync(p).toString("base64"));
  }
  return out;
}

/** A plan of the case's spec, compiled, with a hostile edit. */
async function hostilePlan(dir: string, what: string): Promise<string> {
  const r = await runMain(["compile", "study.ccd"], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  if (what === "shift") return r.stdout.replace(/"shift": [^,\n]+/, '"shift": 1e400');
  if (what === "period") return r.stdout.replace(/"from": 2019/, '"from": 2017');
  if (what === "srcmap") {
    const plan = JSON.parse(r.stdout);
    for (const entry of Object.values(plan.sourceMap))
      (entry as { file: string }).file = "/dev/zero";
    plan.specFiles = { "/dev/zero": { sha256: "0".repeat(64) } };
    return JSON.stringify(plan);
  }
  if (what === "deep") {
    // The first indicator's expression inside 100,000 negations, written as text (a tree that
    // deep cannot be stringified by recursion).
    const plan = JSON.parse(r.stdout);
    const expr = JSON.stringify(plan.indicators[0].expr);
    plan.indicators[0].expr = "__DEEP__";
    const deep = `${'{"kind":"neg","operand":'.repeat(100_000)}${expr}${"}".repeat(100_000)}`;
    return JSON.stringify(plan).replace('"__DEEP__"', deep);
  }
  throw new Error(`unknown plan edit ${what}`);
}

async function materialise(dir: string, files: Files): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    if (typeof content === "string" && content.startsWith("__PLAN__:")) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  for (const [name, content] of Object.entries(files))
    if (typeof content === "string" && content.startsWith("__PLAN__:"))
      writeFileSync(join(dir, name), await hostilePlan(dir, content.slice(9)));
}

describe("hostile inputs", () => {
  test.each(CASES.map((c, i) => [i + 1, c.name, c] as const))(
    "%i. %s",
    async (i, _name, c) => {
      const dir = join(root, `case-${i}`);
      mkdirSync(dir);
      await materialise(dir, await c.build(starter));
      const before = snapshot(dir);
      const r = await runMain(c.args, { cwd: dir });
      const all = r.stdout + r.stderr;
      expect(r.code, r.stderr).toBe(c.expect.exit);
      expect(all).not.toMatch(/internal error/);
      expect(all).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
      expect(r.stderr).not.toContain("\u001b");
      for (const code of c.expect.codes ?? [])
        expect(r.stderr).toMatch(new RegExp(`\\[${code}\\]`));
      if (c.expect.stderr) expect(r.stderr).toMatch(c.expect.stderr);
      // Nothing that was there is deleted or changed; only expected files are created.
      const after = snapshot(dir);
      for (const [path, content] of before) expect(after.get(path), path).toBe(content);
      const created = [...after.keys()].filter((p) => !before.has(p));
      const allowed = c.expect.creates ?? [];
      for (const p of created)
        expect(
          allowed.some(
            (a) => p === a || p === a.replace(/\/$/, "") || (a.endsWith("/") && p.startsWith(a)),
          ),
          `created ${p}`,
        ).toBe(true);
    },
    30_000,
  );
});
