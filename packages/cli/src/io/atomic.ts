/**
 * Atomic single files (output directories: out-dir-writer.ts). A file is written to a
 * temporary name beside it and renamed into place, so a reader never sees half a file; the
 * temporary is removed on failure and on any early exit (cleanup.ts).
 *
 * And the rule for overwriting: ccdc replaces only what it wrote. `assertOverwritable` refuses
 * a target that is not a regular file (a directory, a FIFO, a device, a symbolic link), that is
 * one of the run's own inputs (the spec, a data file), or that holds something ccdc did not
 * write.
 */
import { lstatSync, readFileSync, realpathSync, rmSync, statSync } from "node:fs";
import { chmod, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { UserError } from "../errors.js";
import { onEarlyExit } from "./cleanup.js";
import { tempName } from "./out-dir-writer.js";

export { assertReplaceable, OutDirWriter, tempName } from "./out-dir-writer.js";

/** Writes `path` atomically; `mode` keeps a replaced file's permissions (`ccdc fmt`). */
export async function writeFileAtomic(
  path: string,
  content: string | Uint8Array,
  mode?: number,
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = tempName(path, "tmp");
  const unregister = onEarlyExit(() => rmSync(tmp, { force: true }));
  try {
    await writeFile(tmp, content, { flag: "wx", ...(mode === undefined ? {} : { mode }) });
    if (mode !== undefined) await chmod(tmp, mode);
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  } finally {
    unregister();
  }
}

/** What may be overwritten, and how to recognise a file ccdc wrote. */
export interface OverwriteRule {
  /** The option as messages name it, e.g. "-o". */
  readonly option: string;
  /** The path as the user wrote it. */
  readonly shown: string;
  /** Files that must never be the target (the run's inputs), absolute. */
  readonly inputs: readonly { readonly path: string; readonly what: string }[];
  /** True if an existing file's text shows that ccdc wrote it. */
  readonly isOurs: (text: string) => boolean;
  /** What a file ccdc wrote there is, for the refusal ("a ccdc plan"). */
  readonly ours: string;
}

/** A larger existing target is not one ccdc wrote (and is not read to find out). */
const MAX_RECOGNISED_BYTES = 256 * 1024 * 1024;

/** Throws a one-line UserError unless `target` is absent or a file ccdc wrote (see above). */
export function assertOverwritable(target: string, rule: OverwriteRule): void {
  const refuse = (why: string) =>
    new UserError(`${rule.option} ${rule.shown}: ${why}; refusing to overwrite it`);
  const same = sameFileAs(target);
  for (const input of rule.inputs) if (same(input.path)) throw refuse(`it is ${input.what}`);
  let st: ReturnType<typeof lstatSync>;
  try {
    st = lstatSync(target);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return;
    throw err;
  }
  if (st.isDirectory()) throw refuse("it is a directory");
  if (st.isSymbolicLink()) throw refuse("it is a symbolic link");
  if (!st.isFile()) throw refuse("it is not a regular file (a FIFO, device or socket)");
  if (st.size > MAX_RECOGNISED_BYTES || !rule.isOurs(readFileSync(target, "utf8")))
    throw refuse(`it exists and is not ${rule.ours}`);
}

/** A predicate: does `other` name the same file as `target` (through links and `..`)? */
function sameFileAs(target: string): (other: string) => boolean {
  const real = (p: string): string => {
    try {
      return realpathSync(p);
    } catch {
      try {
        return join(realpathSync(dirname(p)), basename(p));
      } catch {
        return p;
      }
    }
  };
  const t = real(target);
  let tStat: ReturnType<typeof statSync> | undefined;
  try {
    tStat = statSync(target);
  } catch {
    tStat = undefined;
  }
  return (other) => {
    if (real(other) === t) return true;
    if (!tStat) return false;
    try {
      const o = statSync(other);
      return o.dev === tStat.dev && o.ino === tStat.ino;
    } catch {
      return false;
    }
  };
}
