import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { UserError } from "../errors.js";
import { runEarlyExitUndos } from "./cleanup.js";
import { type FileEntry, renderManifest } from "./manifest.js";
import { OutDirWriter, whyNotReplaceable } from "./out-dir-writer.js";

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "ccdc-outdir-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const sha = (s: string) => createHash("sha256").update(s).digest("hex");
const manifest = (files: readonly FileEntry[]) =>
  renderManifest({
    ccdcVersion: "0",
    nodeVersion: "v0",
    input: { kind: "spec", path: "s.ccd", sha256: sha("") },
    data: [],
    files,
  });

/** Writes `files` as the output directory `dir` through a writer. */
async function writeDir(dir: string, files: Record<string, string>): Promise<void> {
  const w = await OutDirWriter.open(dir);
  for (const [path, content] of Object.entries(files)) await w.write(path, content);
  await w.commit(manifest);
}

describe("OutDirWriter", () => {
  test("writes every file, subfolders included, and a manifest listing exactly them", async () => {
    const out = join(root, "out");
    const w = await OutDirWriter.open(out);
    await w.write("a.txt", "A");
    await w.write("figures/f.svg", ["<svg", ">", "</svg>"]);
    async function* chunks() {
      yield "x";
      yield Buffer.from("yz");
    }
    await w.write("figures/deep/g.txt", chunks());
    const s = await w.stream("stream.csv");
    s.write("1,2\n");
    s.end("3,4\n");
    const files = await w.commit(manifest);
    expect(files.map((f) => f.path)).toEqual([
      "a.txt",
      "figures/deep/g.txt",
      "figures/f.svg",
      "stream.csv",
    ]);
    const m = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(m.generator).toBe("ccdc output directory");
    // sha256 of each content, computed independently
    expect(m.files).toEqual([
      { path: "a.txt", bytes: 1, sha256: sha("A") },
      { path: "figures/deep/g.txt", bytes: 3, sha256: sha("xyz") },
      { path: "figures/f.svg", bytes: 11, sha256: sha("<svg></svg>") },
      { path: "stream.csv", bytes: 8, sha256: sha("1,2\n3,4\n") },
    ]);
    expect(readFileSync(join(out, "figures/deep/g.txt"), "utf8")).toBe("xyz");
    expect(readdirSync(root)).toEqual(["out"]);
    expect(whyNotReplaceable(out)).toBeUndefined();
  });

  test("refuses paths outside the directory, repeats and the manifest's own name", async () => {
    const w = await OutDirWriter.open(join(root, "out"));
    for (const bad of ["../x", "/abs", "a//b", "./a", "manifest.json", "a\\b", "a\u001bb", ""])
      await expect(w.write(bad, "x"), bad).rejects.toThrow(/bad or repeated/);
    await w.write("a/b.txt", "x");
    await expect(w.write("a/b.txt", "y")).rejects.toThrow(/bad or repeated/);
    await expect(w.write("a", "y")).rejects.toThrow(/bad or repeated/);
    await w.abort();
    expect(readdirSync(root)).toEqual([]);
  });

  test("replaces a previous ccdc output, leaving nothing beside it", async () => {
    const out = join(root, "out");
    await writeDir(out, { "old.txt": "x", "sub/old.txt": "y" });
    await writeDir(out, { "new.txt": "y" });
    expect(readdirSync(out).sort()).toEqual(["manifest.json", "new.txt"]);
    expect(readdirSync(root)).toEqual(["out"]);
  });

  test("an aborted or interrupted write leaves no temporary and the old output as it was", async () => {
    const out = join(root, "out");
    await writeDir(out, { "keep.txt": "k" });
    const w = await OutDirWriter.open(out);
    await w.write("x.txt", "1");
    await w.abort();
    expect(readdirSync(root)).toEqual(["out"]);
    const w2 = await OutDirWriter.open(out);
    await w2.write("x.txt", "1");
    // What a signal handler or process.exit runs.
    runEarlyExitUndos();
    expect(readdirSync(root)).toEqual(["out"]);
    expect(readFileSync(join(out, "keep.txt"), "utf8")).toBe("k");
  });

  test("a file added to the output while it was being rebuilt stops the swap", async () => {
    const out = join(root, "out");
    await writeDir(out, { "keep.txt": "k" });
    const w = await OutDirWriter.open(out);
    await w.write("a.txt", "1");
    writeFileSync(join(out, "mine.txt"), "the user's");
    await expect(w.commit(manifest)).rejects.toBeInstanceOf(UserError);
    expect(readdirSync(out).sort()).toEqual(["keep.txt", "manifest.json", "mine.txt"]);
    expect(readdirSync(root)).toEqual(["out"]);
  });
});

describe("what --out may replace", () => {
  const refused = (dir: string) => whyNotReplaceable(dir);

  test("absent or empty: yes", () => {
    expect(refused(join(root, "none"))).toBeUndefined();
    mkdirSync(join(root, "empty"));
    expect(refused(join(root, "empty"))).toBeUndefined();
  });

  test("a folder ccdc did not write: no, whatever it holds", () => {
    const dir = join(root, "web");
    mkdirSync(dir);
    writeFileSync(join(dir, "index.html"), "<p>");
    expect(refused(dir)).toMatch(/no manifest\.json/);
    // A manifest.json of its own (a web app's) does not make it ours.
    writeFileSync(join(dir, "manifest.json"), '{"name":"app","files":[]}');
    expect(refused(dir)).toMatch(/not written by ccdc/);
    writeFileSync(join(dir, "manifest.json"), "not json");
    expect(refused(dir)).toMatch(/not JSON/);
    expect(readFileSync(join(dir, "index.html"), "utf8")).toBe("<p>");
  });

  test("a ccdc output with a file added, a folder added, or a link: no", async () => {
    const out = join(root, "out");
    await writeDir(out, { "a.txt": "A", "f/b.txt": "B" });
    writeFileSync(join(out, "notes.txt"), "mine");
    expect(refused(out)).toBe(
      "notes.txt is not listed in its manifest.json (a file ccdc did not write)",
    );
    rmSync(join(out, "notes.txt"));
    mkdirSync(join(out, "f", "extra"));
    expect(refused(out)).toMatch(/f\/extra\/ is not listed/);
    rmSync(join(out, "f", "extra"), { recursive: true });
    rmSync(join(out, "a.txt"));
    symlinkSync("/etc/passwd", join(out, "a.txt"));
    expect(refused(out)).toMatch(/a\.txt is not a regular file/);
  });

  test("a file edited since ccdc wrote it: no, even at the same size", async () => {
    const out = join(root, "out");
    await writeDir(out, { "a.txt": "A", "f/b.txt": "B" });
    writeFileSync(join(out, "f", "b.txt"), "C");
    expect(refused(out)).toBe(
      "f/b.txt was changed since ccdc wrote it (its sha256 is not the one in manifest.json)",
    );
    writeFileSync(join(out, "f", "b.txt"), "B, and more");
    expect(refused(out)).toMatch(/^f\/b\.txt was changed/);
    writeFileSync(join(out, "f", "b.txt"), "B");
    expect(refused(out)).toBeUndefined();
  });

  test("a listed file the user removed: yes (every file left is ccdc's, unchanged)", async () => {
    const out = join(root, "out");
    await writeDir(out, { "a.txt": "A", "f/b.txt": "B" });
    rmSync(join(out, "f"), { recursive: true });
    expect(refused(out)).toBeUndefined();
    const w = await OutDirWriter.open(out);
    await w.write("c.txt", "C");
    await w.commit(manifest);
    expect(readdirSync(out).sort()).toEqual(["c.txt", "manifest.json"]);
  });

  test("a file, a symbolic link to a folder: no", () => {
    writeFileSync(join(root, "file"), "f");
    expect(refused(join(root, "file"))).toMatch(/not a directory/);
    mkdirSync(join(root, "real"));
    symlinkSync(join(root, "real"), join(root, "link"));
    expect(refused(join(root, "link"))).toMatch(/symbolic link/);
  });

  test("the refusal is a one-line UserError, and nothing is created", async () => {
    mkdirSync(join(root, "src"));
    writeFileSync(join(root, "src", "main.ts"), "precious");
    await expect(OutDirWriter.open(join(root, "src"))).rejects.toBeInstanceOf(UserError);
    expect(readdirSync(root)).toEqual(["src"]);
    expect(existsSync(join(root, "src", "main.ts"))).toBe(true);
  });
});
