/**
 * `ccdc run … --out DIR`: every format, the plan and a manifest, written atomically and
 * deterministically; a failed run leaves nothing behind and an existing DIR untouched.
 * In-process (main() with captured output); run `pnpm build` first (the root `pnpm test` does).
 */
import { createHash } from "node:crypto";
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
import { checkPlan } from "@ccdc/plan";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const run = (args: string[]) => runMain(args, { cwd: ROOT });
const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");
const FILES = [
  "coupling.csv",
  "descriptive.csv",
  "figures",
  "filled.csv",
  "indices.csv",
  "manifest.json",
  "panel.csv",
  "plan.json",
  "report.docx",
  "report.html",
  "report.md",
  "report.txt",
  "results.csv",
  "results.json",
  "results.xlsx",
  "sensitivity.csv",
  "weights.csv",
];

/** Every file below a directory, by relative path ('/'-separated), sorted. */
const walk = (dir: string, prefix = ""): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
    )
    .sort();

/** Every file below a directory, by relative path, as bytes. */
const snapshot = (dir: string) =>
  Object.fromEntries(walk(dir).map((f) => [f, readFileSync(join(dir, f))]));

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "ccdc-out-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("--out DIR", () => {
  let out: string;
  let stdout: string;
  beforeAll(async () => {
    out = join(tmp, "northern");
    const r = await run(["run", "specs/northern.ccd", "--out", out, "--format", "json"]);
    expect(r.code).toBe(0);
    stdout = r.stdout;
    expect(r.stderr).toMatch(/^ccdc: wrote .*northern\/ \(\d+ files\)\n/);
    // The only diagnostics: Central Plains starts three indices at the shift (W0502). The
    // panel's rows for provinces the study does not declare are no warning (W0103 lists them
    // only when the study misses values).
    expect(r.stderr.match(/^\w+\[\w+\]/gm)).toEqual([
      "warning[W0502]",
      "warning[W0502]",
      "warning[W0502]",
    ]);
  }, 120_000);

  test("writes every format, the plan and the manifest, and nothing else", () => {
    expect(readdirSync(out).sort()).toEqual(FILES);
    // No temporary directory is left beside it.
    expect(readdirSync(tmp)).toEqual(["northern"]);
  });

  test("the files hold what the formats print", async () => {
    expect(readFileSync(join(out, "results.json"), "utf8")).toBe(stdout);
    expect(checkResult(JSON.parse(stdout))).toEqual({ ok: true, errors: [] });
    for (const [format, file] of [
      ["table", "report.txt"],
      ["md", "report.md"],
      ["csv", "results.csv"],
    ]) {
      const r = await run(["run", "specs/northern.ccd", "--format", format!]);
      expect(readFileSync(join(out, file!), "utf8"), file).toBe(r.stdout);
    }
    expect(readFileSync(join(out, "indices.csv"), "utf8").split("\n")[0]).toBe(
      "node,role,unit,year,index",
    );
    expect(readFileSync(join(out, "coupling.csv"), "utf8").split("\n")[0]).toBe(
      "analysis,form,systems,units,year,C,T,D,level,label",
    );
    // The wide panel for regression: clusters are the units here, so `region` is empty.
    const panel = readFileSync(join(out, "panel.csv"), "utf8").split("\n");
    expect(panel[0]).toBe(
      [
        "region,cluster,year,infrastructure,industrialization,digitization,digital_economy",
        ...["product_over_mean", "standard"].flatMap((f) =>
          ["C", "T", "D", "level"].map((s) => `internal_${f}_${s}`),
        ),
      ].join(","),
    );
    expect(panel[1]!.startsWith(",bth,2013,")).toBe(true);
    expect(panel).toHaveLength(3 * 9 + 2); // header, 27 rows, the final empty line
  });

  test("the manifest lists the inputs and every file with its sha256, and no timestamp", () => {
    const text = readFileSync(join(out, "manifest.json"), "utf8");
    const manifest = JSON.parse(text);
    const version = JSON.parse(
      readFileSync(join(ROOT, "packages/cli/package.json"), "utf8"),
    ).version;
    expect(manifest.ccdc).toBe(version);
    expect(manifest.node).toBe(process.version);
    // Paths are relative to the output directory; the hashes are of the files' bytes.
    expect(resolve(out, manifest.input.path)).toBe(join(ROOT, "specs/northern.ccd"));
    expect(manifest.input.sha256).toBe(sha256(readFileSync(join(ROOT, "specs/northern.ccd"))));
    expect(manifest.data).toHaveLength(1);
    const data = resolve(out, manifest.data[0].path);
    expect(data).toBe(resolve(ROOT, "../shared/data/china-provinces-digital-2013-2021.csv"));
    expect(manifest.data[0].sha256).toBe(sha256(readFileSync(data)));
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(
      walk(out).filter((f) => f !== "manifest.json"),
    );
    for (const f of manifest.files) {
      const bytes = readFileSync(join(out, f.path));
      expect(f.sha256, f.path).toBe(sha256(bytes));
      expect(f.bytes, f.path).toBe(bytes.length);
    }
    expect(text).not.toMatch(/"(time|date|created|timestamp)/i);
  });

  test("plan.json runs from the output directory and gives the same results", async () => {
    const plan = JSON.parse(readFileSync(join(out, "plan.json"), "utf8"));
    expect(checkPlan(plan).ok).toBe(true);
    expect(existsSync(resolve(out, plan.sources[0].path))).toBe(true);
    const r = await run(["run", join(out, "plan.json"), "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(stdout);
  });

  test("is deterministic: two runs give byte-identical directories", async () => {
    const again = join(tmp, "northern-again");
    expect((await run(["run", "specs/northern.ccd", "--out", again])).code).toBe(0);
    expect(snapshot(again)).toEqual(snapshot(out));
    rmSync(again, { recursive: true });
  });

  test("replaces a previous output directory", async () => {
    const dir = join(tmp, "replace");
    expect((await run(["run", "specs/northern.ccd", "--out", dir])).code).toBe(0);
    expect((await run(["run", "specs/northern.ccd", "--out", dir])).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(FILES);
    expect(readdirSync(tmp).filter((f) => f.includes("replace"))).toEqual(["replace"]);
    rmSync(dir, { recursive: true });
  });
});

describe("a failed run", () => {
  /** A copy of the starter study whose data file is missing. */
  async function studyWithoutData(): Promise<string> {
    const dir = mkdtempSync(join(tmp, "study-"));
    expect((await run(["init", join(dir, "s")])).code).toBe(0);
    rmSync(join(dir, "s", "data.csv"));
    return join(dir, "s", "study.ccd");
  }

  test("leaves no directory behind", async () => {
    const spec = await studyWithoutData();
    const parent = mkdtempSync(join(tmp, "parent-"));
    const r = await run(["run", spec, "--out", join(parent, "out")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(readdirSync(parent)).toEqual([]);
  });

  test("keeps an existing directory untouched", async () => {
    const spec = await studyWithoutData();
    const out = join(tmp, "existing");
    expect((await run(["run", "specs/northern.ccd", "--out", out])).code).toBe(0);
    const before = snapshot(out);
    const r = await run(["run", spec, "--out", out]);
    expect(r.code).toBe(1);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(dirname(out)).filter((f) => f.includes("existing"))).toEqual(["existing"]);
  });

  test("refuses to replace a directory that is not a ccdc output", async () => {
    const dir = join(tmp, "precious");
    mkdirSync(dir);
    writeFileSync(join(dir, "notes.txt"), "keep me");
    const r = await run(["run", "specs/northern.ccd", "--out", dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/not a ccdc output \(no manifest\.json\); refusing to replace it/);
    expect(readdirSync(dir)).toEqual(["notes.txt"]);
  });
});

describe("--out DIR of a region-level study with dynamics", () => {
  test("panel.csv names each province's cluster; density.csv holds every curve", async () => {
    const out = join(tmp, "nbs4");
    const r = await run(["run", "specs/regions-nbs4.ccd", "--out", out, "--format", "json"]);
    expect(r.code).toBe(0);
    const panel = readFileSync(join(out, "panel.csv"), "utf8").split("\n");
    expect(panel[0]!.startsWith("region,cluster,year,")).toBe(true);
    expect(panel[1]!.startsWith("beijing,east,2013,")).toBe(true);
    expect(panel.filter((l) => l.startsWith("heilongjiang,northeast,"))).toHaveLength(9);
    expect(panel).toHaveLength(30 * 9 + 2);
    const density = readFileSync(join(out, "density.csv"), "utf8").split("\n");
    expect(density[0]).toBe("dynamics,year,x,density");
    // 9 years × the default grid of 101 points.
    expect(density).toHaveLength(9 * 101 + 2);
  });
});
