import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { UserError } from "../errors.js";
import { writeDirAtomic, writeFileAtomic } from "./atomic.js";

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "ccdc-atomic-"));
});
afterEach(() => {
  // leave nothing behind
});

const files = (m: Record<string, string>) => new Map(Object.entries(m));

describe("writeDirAtomic", () => {
  test("creates the directory with every file and leaves no temporary", async () => {
    await writeDirAtomic(
      join(root, "out"),
      files({ "a.txt": "A", "b.json": "{}\n", "manifest.json": "{}" }),
    );
    expect(readdirSync(join(root, "out")).sort()).toEqual(["a.txt", "b.json", "manifest.json"]);
    expect(readdirSync(root)).toEqual(["out"]);
  });

  test("replaces a previous output directory", async () => {
    await writeDirAtomic(join(root, "out"), files({ "old.txt": "x", "manifest.json": "{}" }));
    await writeDirAtomic(join(root, "out"), files({ "new.txt": "y", "manifest.json": "{}" }));
    expect(readdirSync(join(root, "out")).sort()).toEqual(["manifest.json", "new.txt"]);
    expect(readdirSync(root)).toEqual(["out"]);
  });

  test("a failed write leaves no partial directory and keeps the old one", async () => {
    await writeDirAtomic(join(root, "out"), files({ "keep.txt": "k", "manifest.json": "{}" }));
    // Two entries with the same file path: the second write (flag wx) fails mid-way.
    const bad = new Map<string, string>([
      ["x.txt", "1"],
      ["sub/../x.txt", "2"],
    ]);
    await expect(writeDirAtomic(join(root, "out"), bad)).rejects.toThrow();
    expect(readdirSync(root)).toEqual(["out"]);
    expect(readFileSync(join(root, "out", "keep.txt"), "utf8")).toBe("k");
  });

  test("refuses to replace a directory that is not a ccdc output", async () => {
    mkdirSync(join(root, "src"));
    writeFileSync(join(root, "src", "main.ts"), "precious");
    await expect(writeDirAtomic(join(root, "src"), files({ "a.txt": "A" }))).rejects.toBeInstanceOf(
      UserError,
    );
    expect(readFileSync(join(root, "src", "main.ts"), "utf8")).toBe("precious");
    writeFileSync(join(root, "file"), "f");
    await expect(
      writeDirAtomic(join(root, "file"), files({ "a.txt": "A" })),
    ).rejects.toBeInstanceOf(UserError);
  });

  test("an empty existing directory is replaced", async () => {
    mkdirSync(join(root, "empty"));
    await writeDirAtomic(join(root, "empty"), files({ "a.txt": "A" }));
    expect(readdirSync(join(root, "empty"))).toEqual(["a.txt"]);
  });
});

describe("writeFileAtomic", () => {
  test("writes through a temporary and replaces an existing file", async () => {
    const path = join(root, "deep", "plan.json");
    await writeFileAtomic(path, "one");
    await writeFileAtomic(path, "two");
    expect(readFileSync(path, "utf8")).toBe("two");
    expect(readdirSync(join(root, "deep"))).toEqual(["plan.json"]);
    expect(existsSync(join(root, "plan.json"))).toBe(false);
  });
});
