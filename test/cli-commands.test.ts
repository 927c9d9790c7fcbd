/**
 * `ccdc check`, `ccdc compile`, `ccdc init` and the help texts, in-process (main() with
 * captured output); run `pnpm build` first (the root `pnpm test` does).
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runMain } from "@ccdc/cli";
import { checkResult } from "@ccdc/engine";
import { checkPlan, type Plan } from "@ccdc/plan";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const run = (args: string[], cwd = ROOT) => runMain(args, { cwd });

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "ccdc-commands-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("ccdc check", () => {
  test("a good spec: exit 0, a one-line verdict on stderr, nothing on stdout", async () => {
    const r = await run(["check", "specs/northern.ccd"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("specs/northern.ccd: ok (no errors)\n");
  });

  test("a spec with errors: exit 1", async () => {
    const spec = join(tmp, "bad.ccd");
    writeFileSync(spec, "units nowhere\n");
    const r = await run(["check", spec]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^error\[E\d{4}\]/m);
  });
});

describe("a spec that is not text", () => {
  test.each([
    [
      "binary",
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x1b, 0x5b, 0x32, 0x4a]),
    ],
    ["not UTF-8", Buffer.from('study s { title "Pr\xe9sentation" }\n', "latin1")],
  ])("%s: exit 1, one line, no control characters echoed", async (name, bytes) => {
    const spec = join(tmp, `${name.replace(/\W/g, "-")}.ccd`);
    writeFileSync(spec, bytes);
    for (const command of ["check", "run", "compile"]) {
      const r = await run([command, spec]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^error: cannot read .*: it is not UTF-8 text .*\n$/);
      expect(r.stderr.split("\n")).toHaveLength(2);
    }
  });
});

describe("ccdc compile", () => {
  test("prints the plan; its paths are relative to the spec's folder", async () => {
    const r = await run(["compile", "specs/northern.ccd"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const plan = JSON.parse(r.stdout) as Plan;
    expect(checkPlan(plan).ok).toBe(true);
    expect(plan.sources[0]?.path).toBe("../../shared/data/china-provinces-digital-2013-2021.csv");
    expect(new Set(Object.values(plan.sourceMap).map((s) => s.file))).toEqual(
      new Set(["northern.ccd"]),
    );
    // The same bytes whatever the working directory.
    const elsewhere = await run(["compile", join(ROOT, "specs/northern.ccd")], tmp);
    expect(elsewhere.stdout).toBe(r.stdout);
  });

  test("-o writes the plan atomically, its paths rewritten to stay valid from its folder", async () => {
    const out = join(tmp, "build", "deep", "northern.plan.json");
    const r = await run(["compile", "specs/northern.ccd", "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(readdirSync(dirname(out))).toEqual(["northern.plan.json"]);
    const plan = JSON.parse(readFileSync(out, "utf8")) as Plan;
    expect(checkPlan(plan).ok).toBe(true);
    const data = resolve(dirname(out), plan.sources[0]!.path);
    expect(data).toBe(resolve(ROOT, "../shared/data/china-provinces-digital-2013-2021.csv"));
    for (const range of Object.values(plan.sourceMap)) {
      expect(resolve(dirname(out), range.file)).toBe(join(ROOT, "specs/northern.ccd"));
    }
    // And it runs, from any working directory, to the same results as the spec.
    const fromPlan = await run(["run", out, "--format", "json"], tmp);
    const fromSpec = await run(["run", "specs/northern.ccd", "--format", "json"]);
    expect(fromPlan.code).toBe(0);
    expect(checkResult(JSON.parse(fromPlan.stdout)).ok).toBe(true);
    expect(fromPlan.stdout).toBe(fromSpec.stdout);
  });

  test("-o onto a directory: exit 1, one line naming it, nothing left behind", async () => {
    const dir = join(tmp, "plans-dir");
    mkdirSync(dir);
    const r = await run(["compile", join(ROOT, "specs/northern.ccd"), "-o", dir], tmp);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      "error: -o plans-dir: it is a directory; name the plan file, e.g. plans-dir/plan.json\n",
    );
    expect(readdirSync(dir)).toEqual([]);
    expect(readdirSync(tmp).filter((f) => f.startsWith(".plans-dir"))).toEqual([]);
  });

  test("an engine error in a plan points back into the spec the plan came from", async () => {
    const dir = join(tmp, "planerr");
    expect((await run(["init", join(dir, "s")])).code).toBe(0);
    const planFile = join(dir, "plans", "s.plan.json");
    expect((await run(["compile", join(dir, "s", "study.ccd"), "-o", planFile])).code).toBe(0);
    rmSync(join(dir, "s", "data.csv"));
    const r = await run(["run", planFile], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error\[D0101\]/m);
    expect(r.stderr).toMatch(/^ --> s\/study\.ccd:13:1$/m);
    expect(r.stderr).toMatch(/^> 13 \| source data "data\.csv" \{$/m);
  });

  test("a spec edited since the plan was compiled: the location, but no excerpt", async () => {
    const dir = join(tmp, "edited");
    expect((await run(["init", join(dir, "s")])).code).toBe(0);
    const planFile = join(dir, "plans", "s.plan.json");
    expect((await run(["compile", join(dir, "s", "study.ccd"), "-o", planFile])).code).toBe(0);
    const plan = JSON.parse(readFileSync(planFile, "utf8")) as Plan;
    expect(Object.keys(plan.specFiles ?? {})).toEqual(["../s/study.ccd"]);
    rmSync(join(dir, "s", "data.csv"));
    // A line added at the top: line 13 is no longer the source declaration.
    const spec = join(dir, "s", "study.ccd");
    writeFileSync(spec, `// edited\n${readFileSync(spec, "utf8")}`);
    const r = await run(["run", planFile], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error\[D0101\]/m);
    expect(r.stderr).toMatch(/^ --> s\/study\.ccd:13:1$/m);
    expect(r.stderr).not.toMatch(/^> /m);
  });

  test("an invalid plan: exit 1 with the schema errors", async () => {
    const file = join(tmp, "invalid.plan.json");
    writeFileSync(file, JSON.stringify({ planVersion: 1, study: {} }));
    const r = await run(["run", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^error\[P0002\]: plan /m);
    writeFileSync(file, "{ not json");
    const bad = await run(["run", file]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^error: .*invalid\.plan\.json is not valid JSON/);
  });

  test("compiling a plan is a usage error", async () => {
    const r = await run(["compile", "plan.json"]);
    expect(r.code).toBe(2);
  });
});

describe("ccdc init", () => {
  test("writes a starter spec and data that run as is", async () => {
    const dir = join(tmp, "my-study");
    const r = await run(["init", dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(readdirSync(dir).sort()).toEqual(["data.csv", "study.ccd"]);
    // 3 regions × 4 years × 5 variables in long layout, plus the header.
    const rows = readFileSync(join(dir, "data.csv"), "utf8").trim().split("\n");
    expect(rows[0]).toBe("region,year,variable,value");
    expect(rows).toHaveLength(1 + 3 * 4 * 5);
    expect(readFileSync(join(dir, "study.ccd"), "utf8")).toMatch(/^\/\/ /);
    const check = await run(["check", join(dir, "study.ccd")]);
    expect(check.stderr).toMatch(/ok \(no errors\)/);
    const table = await run(["run", join(dir, "study.ccd")]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain(
      "Coupling of the two systems within each region (internal), form standard",
    );
    const json = await run(["run", join(dir, "study.ccd"), "--format", "json"]);
    expect(checkResult(JSON.parse(json.stdout)).ok).toBe(true);
  });

  test("the starter study's first run has no warnings", async () => {
    // A new user's first run should be clean: no region is the lowest on every indicator of a
    // node in the first year (that would start its growth at the shift, W0502), no constant
    // indicator, no D above the scale.
    const dir = join(tmp, "clean-study");
    expect((await run(["init", dir])).code).toBe(0);
    const json = await run(["run", join(dir, "study.ccd"), "--format", "json"]);
    expect(json.code).toBe(0);
    expect(json.stderr).toBe("");
    expect(JSON.parse(json.stdout).warnings).toEqual([]);
    const table = await run(["run", join(dir, "study.ccd")]);
    expect(table.stderr).toBe("");
    expect(table.stdout).toMatch(/\nWarnings\nNone\.\n?$/);
  });

  test("an empty directory is fine; a non-empty one is refused and left alone", async () => {
    const empty = join(tmp, "empty");
    mkdirSync(empty);
    expect((await run(["init", empty])).code).toBe(0);
    const full = join(tmp, "full");
    mkdirSync(full);
    writeFileSync(join(full, "mine.txt"), "x");
    const r = await run(["init", full]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: .*full is not empty/);
    expect(readdirSync(full)).toEqual(["mine.txt"]);
    expect(existsSync(join(full, "study.ccd"))).toBe(false);
  });
});

describe("--help", () => {
  test.each(["run", "check", "compile", "init", "figures"])(
    "ccdc %s --help: usage and an example, exit 0",
    async (command) => {
      const r = await run([command, "--help"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: ccdc ${command}`);
      expect(r.stdout).toMatch(/Examples:\n {2}\$ ccdc /);
    },
  );

  test("ccdc --help lists the commands; --version prints the version", async () => {
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    for (const c of ["run", "check", "compile", "init"])
      expect(help.stdout).toMatch(new RegExp(`\\n {2}${c} `));
    const version = await run(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(
      JSON.parse(readFileSync(join(ROOT, "packages/cli/package.json"), "utf8")).version,
    );
  });
});
