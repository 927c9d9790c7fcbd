/**
 * Whether `--out DIR` may replace an existing DIR: only a directory ccdc wrote and nobody has
 * changed since. Its manifest.json carries ccdc's marker and lists each file with its size and
 * sha256; DIR is replaceable when every file in it is listed there with that size and hash
 * (and every folder holds some listed file). A file the user added or edited is named in a
 * one-line refusal and nothing is deleted. A listed file the user removed is no obstacle:
 * replacing the directory then deletes only files ccdc wrote, unchanged.
 */

import { createHash } from "node:crypto";
import {
  closeSync,
  existsSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
} from "node:fs";
import { join } from "node:path";
import { UserError } from "../errors.js";
import { listedFiles, MANIFEST_NAME } from "./manifest.js";

/** At most this many entries are examined in a directory before it is refused as not ours. */
const MAX_CHECKED_ENTRIES = 10_000;
/** A manifest larger than this is not one ccdc wrote. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

/**
 * Why `dir` may not be replaced, or undefined if it may: it is absent, an empty directory, or
 * a ccdc output each of whose regular files its manifest.json lists with the same size and
 * sha256 (every folder in it holding some listed file).
 */
export function whyNotReplaceable(dir: string): string | undefined {
  let st: ReturnType<typeof lstatSync>;
  try {
    st = lstatSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    return `cannot inspect it (${(err as NodeJS.ErrnoException).code ?? String(err)})`;
  }
  if (st.isSymbolicLink()) return "it is a symbolic link";
  if (!st.isDirectory()) return "it exists and is not a directory";
  const top = readdirSync(dir);
  if (top.length === 0) return undefined;
  const manifestPath = join(dir, MANIFEST_NAME);
  const mst = existsSync(manifestPath) ? lstatSync(manifestPath) : undefined;
  if (!mst?.isFile()) return `it is not empty and is not a ccdc output (no ${MANIFEST_NAME})`;
  if (mst.size > MAX_MANIFEST_BYTES) return `its ${MANIFEST_NAME} was not written by ccdc`;
  const listed = listedFiles(readFileSync(manifestPath, "utf8"));
  if (!listed.ok) return `it is not a ccdc output (${listed.why})`;
  const folders = new Set<string>();
  for (const f of listed.files.keys()) {
    for (let i = f.indexOf("/"); i >= 0; i = f.indexOf("/", i + 1)) folders.add(f.slice(0, i));
  }
  let examined = 0;
  const walk = (rel: string): string | undefined => {
    for (const name of readdirSync(rel === "" ? dir : join(dir, rel))) {
      if (++examined > MAX_CHECKED_ENTRIES)
        return `it holds more than ${MAX_CHECKED_ENTRIES} entries`;
      const path = rel === "" ? name : `${rel}/${name}`;
      if (path === MANIFEST_NAME) continue;
      const full = join(dir, path);
      const s = lstatSync(full);
      if (s.isDirectory()) {
        if (!folders.has(path)) return `${path}/ is not listed in its ${MANIFEST_NAME}`;
        const inner = walk(path);
        if (inner) return inner;
        continue;
      }
      if (!s.isFile()) return `${path} is not a regular file`;
      const entry = listed.files.get(path);
      if (!entry)
        return `${path} is not listed in its ${MANIFEST_NAME} (a file ccdc did not write)`;
      if (s.size !== entry.bytes || sha256OfFileSync(full) !== entry.sha256)
        return `${path} was changed since ccdc wrote it (its sha256 is not the one in ${MANIFEST_NAME})`;
    }
    return undefined;
  };
  return walk("");
}

/** Throws a one-line UserError if `dir` (as the user wrote it: `shown`) may not be replaced. */
export function assertReplaceable(dir: string, shown = dir): void {
  const why = whyNotReplaceable(dir);
  if (why) throw new UserError(`--out ${shown}: ${why}; refusing to replace it`);
}

/** The sha256 of a file, read in chunks (an output's files may be large). */
function sha256OfFileSync(path: string): string {
  const hash = createHash("sha256");
  const buf = Buffer.allocUnsafe(1024 * 1024);
  const fd = openSync(path, "r");
  try {
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) hash.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest("hex");
}
