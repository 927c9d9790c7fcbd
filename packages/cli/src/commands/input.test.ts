/** Reading the spec files a plan's source map names: bounded, regular files only. */
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { MAX_INPUT_BYTES, readSpecFile } from "./input.js";

const dir = mkdtempSync(join(tmpdir(), "ccdc-input-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("a regular spec file is read", async () => {
  writeFileSync(join(dir, "s.ccd"), "study s {}\n");
  expect((await readSpecFile(join(dir, "s.ccd")))?.toString()).toBe("study s {}\n");
});

test("a device, a folder, a missing file or one past the limit is not read", async () => {
  expect(await readSpecFile("/dev/zero")).toBeUndefined();
  mkdirSync(join(dir, "folder"));
  expect(await readSpecFile(join(dir, "folder"))).toBeUndefined();
  expect(await readSpecFile(join(dir, "missing.ccd"))).toBeUndefined();
  // A sparse file one byte past the limit: refused by its size, before any byte is read.
  writeFileSync(join(dir, "huge.ccd"), "");
  truncateSync(join(dir, "huge.ccd"), MAX_INPUT_BYTES + 1);
  expect(await readSpecFile(join(dir, "huge.ccd"))).toBeUndefined();
});
