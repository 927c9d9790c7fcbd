/**
 * Writing an output directory atomically, file by file. `OutDirWriter.open(dir)` first checks
 * that an existing `dir` may be replaced (`assertReplaceable`: absent, empty, or a ccdc output
 * whose manifest lists exactly its files), then builds the new contents in a temporary sibling
 * (`.NAME.tmp-PID-RANDOM`, same file system). Files are added by relative path, subfolders
 * included, whole or streamed (`write` takes a string, bytes or an iterable / async iterable of
 * chunks; `stream` returns a Writable); each is hashed as it is written, so the manifest needs
 * no second read. `commit(manifest)` writes manifest.json listing every file and swaps the
 * directory in: an existing `dir` is renamed aside (`.NAME.old-…`), checked again (nobody can
 * add to it there), the new one renamed in, the old one removed. `abort()` — or a signal, or
 * any early exit (cleanup.ts) — removes the temporary and puts a moved-aside output back.
 */
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { type FileHandle, mkdir, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { Writable } from "node:stream";
import { UserError } from "../errors.js";
import { onEarlyExit } from "./cleanup.js";
import { type FileEntry, isSafeRelativePath, MANIFEST_NAME } from "./manifest.js";
import { assertReplaceable, whyNotReplaceable } from "./out-dir-ownership.js";

/** Chunks of a file's content. */
export type FileContent =
  | string
  | Uint8Array
  | Iterable<string | Uint8Array>
  | AsyncIterable<string | Uint8Array>;

/** A sibling temporary name: `.NAME.TAG-PID-RANDOM`. */
export const tempName = (target: string, tag: string): string =>
  join(
    dirname(target),
    `.${basename(target)}.${tag}-${process.pid}-${randomBytes(4).toString("hex")}`,
  );

export { assertReplaceable, whyNotReplaceable } from "./out-dir-ownership.js";

type State = "building" | "aside" | "done";

export class OutDirWriter {
  private readonly entries = new Map<string, FileEntry>();
  /** Paths of files and of the folders made for them, to refuse a file/folder clash. */
  private readonly folders = new Set<string>();
  private readonly writing = new Set<Promise<void>>();
  private state: State = "building";
  private old: string | undefined;
  private readonly unregister: () => void;

  private constructor(
    readonly dir: string,
    private readonly tmp: string,
    private readonly shown: string,
  ) {
    this.unregister = onEarlyExit(() => this.undoSync());
  }

  /**
   * Checks that `dir` may be replaced and creates the temporary sibling. `shown` is the path
   * as messages print it.
   */
  static async open(dir: string, shown = dir): Promise<OutDirWriter> {
    assertReplaceable(dir, shown);
    await mkdir(dirname(dir), { recursive: true });
    const tmp = tempName(dir, "tmp");
    // Made synchronously and registered for removal in the same turn: a signal's handler runs
    // between two turns of the event loop, so it never sees the folder made but not registered.
    // (With `await mkdir`, the folder existed before the turn that registered it, and a SIGTERM
    // in between left it behind: output-safety.test.ts, once, under load.)
    mkdirSync(tmp);
    return new OutDirWriter(dir, tmp, shown);
  }

  /** The files added so far, in the order they were added. */
  files(): readonly FileEntry[] {
    return [...this.entries.values()];
  }

  /** Adds the file `path` (relative, "/"-separated) with `content`, whole or in chunks. */
  async write(path: string, content: FileContent): Promise<FileEntry> {
    const fh = await this.create(path);
    const hash = createHash("sha256");
    let bytes = 0;
    const done = (async () => {
      try {
        const chunks =
          typeof content === "string" || content instanceof Uint8Array ? [content] : content;
        for await (const chunk of chunks) {
          const buf = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
          hash.update(buf);
          bytes += buf.byteLength;
          await fh.write(buf);
        }
      } finally {
        await fh.close();
      }
    })();
    await this.track(done);
    const entry = { path, bytes, sha256: hash.digest("hex") };
    this.entries.set(path, entry);
    return entry;
  }

  /**
   * A Writable for the file `path`; the file is listed once the stream finishes (`commit`
   * waits for it). Resolves once the file is created.
   */
  async stream(path: string): Promise<Writable> {
    const fh = await this.create(path);
    const hash = createHash("sha256");
    let bytes = 0;
    let settle: (err?: Error | null) => void = () => undefined;
    const finished = new Promise<void>((resolve, reject) => {
      settle = (err) => (err ? reject(err) : resolve());
    });
    void this.track(finished).catch(() => undefined);
    return new Writable({
      write: (chunk: Buffer, _enc, cb) => {
        hash.update(chunk);
        bytes += chunk.byteLength;
        fh.write(chunk).then(() => cb(), cb);
      },
      final: (cb) => {
        fh.close().then(() => {
          this.entries.set(path, { path, bytes, sha256: hash.digest("hex") });
          settle();
          cb();
        }, cb);
      },
      destroy: (err, cb) => {
        if (err) {
          fh.close().catch(() => undefined);
          settle(err);
        }
        cb(err);
      },
    });
  }

  /**
   * Waits for every file, writes manifest.json (`manifest(files)` renders it from the
   * entries, sorted by path) and swaps the directory in. On failure the temporary is removed
   * and an existing output is left as it was.
   */
  async commit(manifest: (files: readonly FileEntry[]) => string): Promise<readonly FileEntry[]> {
    try {
      await Promise.all(this.writing);
      const files = [...this.entries.values()].sort((a, b) =>
        a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
      );
      const fh = await open(join(this.tmp, MANIFEST_NAME), "wx");
      try {
        await fh.writeFile(manifest(files), "utf8");
      } finally {
        await fh.close();
      }
      await this.swapIn();
      return files;
    } catch (err) {
      await this.abort();
      throw err;
    }
  }

  /** Removes the temporary (and puts a moved-aside output back); safe to call twice. */
  async abort(): Promise<void> {
    if (this.state === "done") return;
    await Promise.allSettled(this.writing);
    this.undoSync();
    this.state = "done";
    this.unregister();
  }

  private async create(path: string): Promise<FileHandle> {
    if (this.state !== "building") throw new Error(`internal: ${path} added after commit`);
    if (!isSafeRelativePath(path) || this.entries.has(path) || this.folders.has(path))
      throw new Error(`internal: bad or repeated output path ${JSON.stringify(path)}`);
    const segments = path.split("/");
    for (let i = 1; i < segments.length; i++) {
      const folder = segments.slice(0, i).join("/");
      if (this.entries.has(folder)) throw new Error(`internal: ${folder} is a file, not a folder`);
      this.folders.add(folder);
    }
    if (segments.length > 1)
      await mkdir(join(this.tmp, ...segments.slice(0, -1)), { recursive: true });
    // Listed now, so a second add of the same path is refused before the first finishes.
    this.entries.set(path, { path, bytes: 0, sha256: "" });
    return open(join(this.tmp, ...segments), "wx");
  }

  private track(p: Promise<void>): Promise<void> {
    this.writing.add(p);
    return p.finally(() => this.writing.delete(p));
  }

  private async swapIn(): Promise<void> {
    if (!existsSync(this.dir)) {
      await rename(this.tmp, this.dir);
      this.finish();
      return;
    }
    const old = tempName(this.dir, "old");
    // Named before the rename, so an interruption while it runs still finds it.
    this.old = old;
    this.state = "aside";
    await rename(this.dir, old);
    // Checked again where no one else can add to it: a file that appeared since `open` is
    // kept, with everything else of the old output.
    const why = whyNotReplaceable(old);
    if (why) throw new UserError(`--out ${this.shown}: ${why}; refusing to replace it`);
    await rename(this.tmp, this.dir);
    await rm(old, { recursive: true, force: true });
    this.finish();
  }

  private finish(): void {
    this.state = "done";
    this.unregister();
  }

  /** Synchronous undo: remove the temporary, put an old output back if it was moved aside. */
  private undoSync(): void {
    if (this.state === "done") return;
    if (existsSync(this.tmp)) {
      // Not swapped in yet: drop the new contents, put the old output back.
      rmSync(this.tmp, { recursive: true, force: true });
      if (this.old && existsSync(this.old) && !existsSync(this.dir)) renameSync(this.old, this.dir);
    } else if (this.old) {
      // Swapped in: the new output is complete; only the old one is left to remove.
      rmSync(this.old, { recursive: true, force: true });
    }
  }
}
