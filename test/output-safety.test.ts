/**
 * ccdc never deletes or overwrites what it did not write: `--out` replaces only a ccdc output
 * whose manifest lists exactly its files; `compile -o` refuses the spec, a data file, a FIFO or
 * device, a directory and any file that is not a plan; Ctrl-C or SIGTERM during `--out` leaves
 * no temporary folder (exit 130 / 143); a full or closed stdout ends with one line, no stack.
 * The signal and stdout cases spawn the built binary (run `pnpm build` first; `pnpm test` does).
 */
import { spawn, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { runMain } from "@ccdc/cli";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { builtCli } from "./built-cli.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = builtCli();

let tmp: string;
let study: string;
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "ccdc-safety-"));
  study = join(tmp, "study");
  expect((await runMain(["init", study], { cwd: tmp })).code).toBe(0);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const run = (args: string[], cwd = study) => runMain(args, { cwd });
/** Every file under `dir`, relative path → content. */
const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const p = join(e.parentPath, e.name);
        return [p.slice(dir.length + 1), readFileSync(p, "utf8")];
      }),
  );

describe("--out replaces only a ccdc output", () => {
  test("a web folder with its own manifest.json is refused, untouched", async () => {
    const web = join(tmp, "web");
    mkdirSync(web);
    writeFileSync(join(web, "manifest.json"), '{"name":"my app","icons":[]}');
    writeFileSync(join(web, "index.html"), "<h1>mine</h1>");
    const before = snapshot(web);
    const r = await run(["run", "study.ccd", "--out", web]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      /^error: --out .*web: it is not a ccdc output \(its manifest\.json was not written by ccdc\); refusing to replace it\n$/,
    );
    expect(snapshot(web)).toEqual(before);
    expect(readdirSync(tmp).filter((f) => f.startsWith(".web"))).toEqual([]);
  });

  test("--out . (the spec's own folder) is refused", async () => {
    const before = snapshot(study);
    const r = await run(["run", "study.ccd", "--out", "."]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/refusing to replace it/);
    expect(snapshot(study)).toEqual(before);
  });

  test("a ccdc output a user added a file to is refused; as written, it is replaced", async () => {
    const out = join(tmp, "out");
    expect((await run(["run", "study.ccd", "--out", out])).code).toBe(0);
    writeFileSync(join(out, "my-notes.txt"), "keep");
    const r = await run(["run", "study.ccd", "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /my-notes\.txt is not listed in its manifest\.json \(a file ccdc did not write\); refusing/,
    );
    expect(readFileSync(join(out, "my-notes.txt"), "utf8")).toBe("keep");
    rmSync(join(out, "my-notes.txt"));
    expect((await run(["run", "study.ccd", "--out", out])).code).toBe(0);
    const m = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    // Every file below it (figures/ included), '/'-separated.
    const onDisk = (readdirSync(out, { recursive: true }) as string[])
      .filter((f) => statSync(join(out, f)).isFile())
      .map((f) => f.split(sep).join("/"));
    expect([...m.files.map((f: { path: string }) => f.path), "manifest.json"].sort()).toEqual(
      onDisk.sort(),
    );
  });
});

describe("--out owns a file by its hash", () => {
  test("a file the user edited is named and nothing is replaced; a removed one is no obstacle", async () => {
    const out = join(tmp, "owned");
    expect((await run(["run", "study.ccd", "--out", out])).code).toBe(0);
    writeFileSync(join(out, "coupling.csv"), "my edited table\n");
    const before = snapshot(out);
    const r = await run(["run", "study.ccd", "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^error: --out .*owned: coupling\.csv was changed since ccdc wrote it \(its sha256 is not the one in manifest\.json\); refusing to replace it\n$/,
    );
    expect(snapshot(out)).toEqual(before);
    // Removed instead of edited: every file left is ccdc's, unchanged, so it is replaced.
    rmSync(join(out, "coupling.csv"));
    expect((await run(["run", "study.ccd", "--out", out])).code).toBe(0);
    expect(statSync(join(out, "coupling.csv")).isFile()).toBe(true);
  });
});

describe("compile -o refuses what it did not write", () => {
  test.each([
    ["the spec itself", "study.ccd", /it is the spec being compiled/],
    ["the study's data file", "data.csv", /it is the data file of source "data"/],
    ["a file that is not a plan", "notes.txt", /it exists and is not a ccdc plan/],
    ["a device", "/dev/null", /not a regular file/],
    ["a directory", ".", /it is a directory/],
  ])("%s", async (_name, target, message) => {
    writeFileSync(join(study, "notes.txt"), "mine");
    const before = snapshot(study);
    const r = await run(["compile", "study.ccd", "-o", target]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(snapshot(study)).toEqual(before);
  });

  test("a FIFO stays a FIFO", async () => {
    const fifo = join(tmp, "fifo");
    if (spawnSync("mkfifo", [fifo]).status !== 0) return; // no mkfifo: nothing to test
    const r = await run(["compile", "study.ccd", "-o", fifo]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not a regular file \(a FIFO, device or socket\)/);
    expect(spawnSync("test", ["-p", fifo]).status).toBe(0);
  });

  test("a plan ccdc wrote is replaced", async () => {
    expect((await run(["compile", "study.ccd", "-o", "plan.json"])).code).toBe(0);
    expect((await run(["compile", "study.ccd", "-o", "plan.json"])).code).toBe(0);
    rmSync(join(study, "plan.json"));
  });
});

describe("the real process", () => {
  /**
   * Runs the study with its data file replaced by a FIFO no one writes to, so the run waits
   * with its temporary output folder in place; sends `signal` once the folder exists.
   */
  async function interrupted(signal: "SIGINT" | "SIGTERM") {
    const dir = mkdtempSync(join(tmp, "sig-"));
    writeFileSync(join(dir, "study.ccd"), readFileSync(join(study, "study.ccd")));
    if (spawnSync("mkfifo", [join(dir, "data.csv")]).status !== 0) return undefined;
    const child = spawn(process.execPath, [BIN, "run", "study.ccd", "--out", "out"], { cwd: dir });
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += String(d);
    });
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      child.on("exit", (code, sig) => resolve({ code, signal: sig })),
    );
    const deadline = Date.now() + 20_000;
    while (!readdirSync(dir).some((f) => f.startsWith(".out.tmp-")) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    child.kill(signal);
    const how = await exited;
    return { how, stderr, left: readdirSync(dir).sort() };
  }

  test.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)(
    "%s during --out removes the temporary folder (exit %i)",
    async (signal, status) => {
      const r = await interrupted(signal);
      if (!r) return;
      // Ended by the signal itself: a shell reports 128 + its number.
      expect(r.how.signal ?? r.how.code).toBe(r.how.signal ? signal : status);
      expect(r.left).toEqual(["data.csv", "study.ccd"]);
      expect(r.stderr).toBe(`ccdc: interrupted (${signal}); removed the partial output\n`);
    },
    30_000,
  );

  test("a full stdout: one line, exit 1, no stack trace", () => {
    if (!existsSync("/dev/full")) return;
    const r = spawnSync(
      "sh",
      ["-c", `"${process.execPath}" "${BIN}" run study.ccd --format json > /dev/full`],
      { cwd: study, encoding: "utf8" },
    );
    expect(r.status).toBe(1);
    // The starter study runs without warnings: one line, saying why the output stopped.
    expect(r.stderr).toBe(
      "ccdc: cannot write to standard output: no space left on the device (ENOSPC); the output is incomplete\n",
    );
  });

  test("a closed stdout: one line, exit 1, no stack trace", async () => {
    const child = spawn(process.execPath, [BIN, "run", "specs/northern.ccd", "--format", "json"], {
      cwd: ROOT,
    });
    // The reader goes away at once (like `| head -0`); the report is bigger than a pipe buffer.
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += String(d);
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(1);
    // After the run's warnings (W0502: Central Plains starts three indices at the shift), one
    // line says why the output stopped.
    expect(stderr.match(/^\w+\[\w+\]/gm)).toEqual([
      "warning[W0502]",
      "warning[W0502]",
      "warning[W0502]",
    ]);
    expect(stderr).toMatch(
      /(?:^|\n)ccdc: cannot write to standard output: the reading end was closed \(EPIPE\); the output is incomplete\n$/,
    );
  }, 30_000);
});
