/**
 * Atomic output. A file is written to a temporary name beside it and renamed into place; a
 * directory is built as a temporary sibling (same file system, so rename is atomic) and then
 * swapped in: an existing directory is renamed aside, the new one renamed in, the old one
 * removed. If anything fails, the temporary is removed and an existing target is left as it was.
 */
import { randomBytes } from "node:crypto";
import { existsSync, lstatSync, readdirSync } from "node:fs";
import { chmod, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { UserError } from "../errors.js";

const tempName = (target: string, tag: string) =>
  join(
    dirname(target),
    `.${basename(target)}.${tag}-${process.pid}-${randomBytes(4).toString("hex")}`,
  );

/** Writes `path` atomically; `mode` keeps a replaced file's permissions (`ccdc fmt`). */
export async function writeFileAtomic(
  path: string,
  content: string | Uint8Array,
  mode?: number,
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = tempName(path, "tmp");
  try {
    await writeFile(tmp, content, { flag: "wx", ...(mode === undefined ? {} : { mode }) });
    if (mode !== undefined) await chmod(tmp, mode);
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** The marker that makes an existing directory safe to replace: a ccdc output directory. */
export const OUTPUT_MARKER = "manifest.json";

/**
 * Refuses to replace something that is not a previous ccdc output: a file, or a non-empty
 * directory without a manifest.json (so `--out .` or `--out src` can never wipe a directory).
 */
export function assertReplaceable(dir: string): void {
  if (!existsSync(dir)) return;
  if (!lstatSync(dir).isDirectory())
    throw new UserError(`--out ${dir}: exists and is not a directory`);
  const entries = readdirSync(dir);
  if (entries.length > 0 && !entries.includes(OUTPUT_MARKER)) {
    throw new UserError(
      `--out ${dir}: the directory is not empty and is not a ccdc output (no ${OUTPUT_MARKER}); refusing to replace it`,
    );
  }
}

/**
 * Writes `files` (relative name → content) as the directory `dir`, atomically. `build` may add
 * more files once the first are written (e.g. a manifest of them); it runs before the swap.
 */
export async function writeDirAtomic(
  dir: string,
  files: ReadonlyMap<string, string | Uint8Array>,
): Promise<void> {
  assertReplaceable(dir);
  await mkdir(dirname(dir), { recursive: true });
  const tmp = tempName(dir, "tmp");
  const cleanup = () => rm(tmp, { recursive: true, force: true });
  try {
    await mkdir(tmp);
    for (const [name, content] of files) {
      const path = join(tmp, name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content, { flag: "wx" });
    }
  } catch (err) {
    await cleanup();
    throw err;
  }
  await swapIn(tmp, dir, cleanup);
}

async function swapIn(tmp: string, dir: string, cleanup: () => Promise<void>): Promise<void> {
  if (!existsSync(dir)) {
    try {
      await rename(tmp, dir);
    } catch (err) {
      await cleanup();
      throw err;
    }
    return;
  }
  const old = tempName(dir, "old");
  try {
    await rename(dir, old);
  } catch (err) {
    await cleanup();
    throw err;
  }
  try {
    await rename(tmp, dir);
  } catch (err) {
    await rename(old, dir).catch(() => undefined);
    await cleanup();
    throw err;
  }
  await rm(old, { recursive: true, force: true });
}
