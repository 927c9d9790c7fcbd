/**
 * Turns the command-line argument into a plan: a `.json` file is read as a plan (loadPlan;
 * its paths are relative to its folder), anything else is compiled as a spec (compileSpec;
 * paths relative to the spec's folder). Problems are rendered to stderr and end the command
 * with exit 1; nothing is written to stdout.
 */

import { createHash } from "node:crypto";
import { closeSync, constants, createReadStream, fstatSync, openSync, readSync } from "node:fs";
import { stat } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { compileSpec, hasErrors, summarize } from "@ccdc/dsl";
import { loadPlan } from "@ccdc/engine";
import type { Plan } from "@ccdc/plan";
import { type IssueContext, renderIssues, renderSpecDiagnostics } from "../diagnostics.js";
import { reportedFailure, UserError } from "../errors.js";
import type { CliIO } from "../io/cli-io.js";
import { displayPath, type PlanBases, toPosix } from "../paths.js";
import { colorEnabled, styleFor } from "../style.js";

export interface LoadedInput {
  readonly kind: "spec" | "plan";
  /** Absolute path of the spec or plan file. */
  readonly path: string;
  /** The path as shown in messages. */
  readonly display: string;
  readonly content: string;
  /** The plan as the engine runs it: source paths relative to `bases.sources`. */
  readonly plan: Plan;
  readonly bases: PlanBases;
  /** Renders engine issues for this input, mapping pointers to spec locations. */
  readonly issueContext: (color: boolean) => IssueContext;
  /** Spec diagnostics that were warnings (already rendered to stderr). */
  readonly warningCount: number;
}

export const isPlanPath = (path: string): boolean => path.toLowerCase().endsWith(".json");

export async function loadInput(arg: string, io: CliIO): Promise<LoadedInput> {
  const { path, display, content } = await readTextInput(arg, io);
  return isPlanPath(path)
    ? loadPlanFile(path, display, content, io)
    : compileSpecFile(path, display, content, io);
}

/** The most bytes read from a spec or plan file (an endless device stops here). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

class TooLarge extends Error {}

/**
 * The file's bytes, or TooLarge past `max` (never reads a device or FIFO forever): a regular
 * file at once (`readRegularFile`), anything else streamed.
 */
async function readBounded(path: string, max: number): Promise<Buffer> {
  const whole = readRegularFile(path, max);
  if (whole !== undefined) return whole;
  const chunks: Buffer[] = [];
  let total = 0;
  const stream = createReadStream(path, { highWaterMark: 1024 * 1024 });
  try {
    for await (const chunk of stream) {
      total += (chunk as Buffer).length;
      if (total > max) throw new TooLarge();
      chunks.push(chunk as Buffer);
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks);
}

/**
 * A regular file's bytes, read synchronously until its end (TooLarge past `max`, should it
 * grow meanwhile); undefined if `path` is not a regular file or cannot be opened, for
 * `readBounded`'s stream to read or report. A start of ccdc reads one small spec: a read
 * stream's machinery (streams, an async iterator, the event loop) cost about 20 M
 * instructions of it, ten times what the read itself costs. Opened non-blocking, so that a
 * FIFO does not hold the process here.
 */
function readRegularFile(path: string, max: number): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return undefined;
    const chunks: Buffer[] = [];
    let total = 0;
    // The file's size and one byte more, so that its end is usually seen in the first read.
    let size = st.size + 1;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(size, max + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > max) throw new TooLarge();
      chunks.push(chunk.subarray(0, n));
      size = 1024 * 1024;
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads the file named on the command line (relative to the working directory) as UTF-8 text;
 * a missing, unreadable or binary file is a one-line UserError that says where it looked.
 */
export async function readTextInput(
  arg: string,
  io: CliIO,
): Promise<{ path: string; display: string; content: string }> {
  const path = resolve(io.cwd, arg);
  const display = displayPath(path, io.cwd);
  let bytes: Buffer;
  try {
    bytes = await readBounded(path, MAX_INPUT_BYTES);
  } catch (err) {
    if (err instanceof TooLarge)
      throw new UserError(
        `cannot read ${display}: it is larger than ${MAX_INPUT_BYTES / 1024 ** 2} MiB, the most ccdc reads for a spec or plan`,
      );
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a directory"
          : String(code ?? err);
    // Say where it looked: under `pnpm ccdc` the directory is the one the command was typed in.
    throw new UserError(`cannot read ${display}: ${why} (looked for ${path})`);
  }
  const content = decodeText(bytes);
  if (content === undefined) {
    throw new UserError(
      `cannot read ${display}: it is not UTF-8 text (a spec or plan is a text file; save it as UTF-8)`,
    );
  }
  return { path, display, content };
}

/**
 * The bytes of a spec file a plan's source map names, for excerpts; undefined unless it is a
 * regular file within MAX_INPUT_BYTES (checked before reading, and again as it streams): a
 * plan can name any path, and a device or FIFO must not be read forever.
 */
export async function readSpecFile(path: string): Promise<Buffer | undefined> {
  try {
    const st = await stat(path);
    if (!st.isFile() || st.size > MAX_INPUT_BYTES) return undefined;
    return await readBounded(path, MAX_INPUT_BYTES);
  } catch {
    return undefined;
  }
}

const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/**
 * The file's text, or undefined for a binary file (a NUL byte) or one not in UTF-8: compiling
 * those would print pages of control characters into the terminal, or exhaust memory.
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function compileSpecFile(path: string, display: string, content: string, io: CliIO): LoadedInput {
  const color = colorEnabled(io.stderrIsTTY, io.env);
  const { plan, diagnostics } = compileSpec(content, display);
  if (diagnostics.length > 0) {
    io.stderr(renderSpecDiagnostics(diagnostics, new Map([[display, content]]), color));
    io.stderr(`${display}: ${summarize(diagnostics)}\n`);
  }
  if (hasErrors(diagnostics)) throw reportedFailure(`${display}: the spec has errors`);
  // compileSpec validated the plan against the schema (an invalid one is an error above).
  if (!plan) throw new Error(`compileSpec returned no plan and no error for ${display}`);
  // Every path in the plan is made relative to the spec's folder: the sources are already,
  // and the source map and spec files, which name the spec as `display`, are rewritten to match.
  const specDir = dirname(path);
  const ownName = toPosix(relative(specDir, path));
  const sourceMap = Object.fromEntries(
    Object.entries(plan.sourceMap).map(([ptr, r]) => [
      ptr,
      r.file === display ? { ...r, file: ownName } : r,
    ]),
  );
  const specFiles =
    plan.specFiles &&
    Object.fromEntries(
      Object.entries(plan.specFiles).map(([f, h]) => [f === display ? ownName : f, h]),
    );
  // The text just compiled: its hash is the one the plan records.
  const texts = new Map([[path, content]]);
  return {
    kind: "spec",
    path,
    display,
    content,
    plan: { ...plan, sourceMap, ...(specFiles ? { specFiles } : {}) },
    bases: { sources: specDir, sourceMap: specDir },
    warningCount: diagnostics.filter((d) => d.severity === "warning").length,
    issueContext: (c) => issueContext(sourceMap, specDir, texts, io, c),
  };
}

/** Issue rendering for a plan whose paths are all relative to `dir`. */
function issueContext(
  sourceMap: Plan["sourceMap"],
  dir: string,
  texts: ReadonlyMap<string, string | undefined>,
  io: CliIO,
  color: boolean,
): IssueContext {
  return {
    sourceMap,
    specText: (file) => texts.get(resolve(dir, file)),
    specPath: (file) => displayPath(resolve(dir, file), io.cwd),
    dataPath: (file) => displayPath(resolve(dir, file), io.cwd),
    style: styleFor(color),
  };
}

async function loadPlanFile(
  path: string,
  display: string,
  content: string,
  io: CliIO,
): Promise<LoadedInput> {
  const color = colorEnabled(io.stderrIsTTY, io.env);
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (err) {
    throw new UserError(`${display} is not valid JSON: ${(err as Error).message}`);
  }
  const planDir = dirname(path);
  const loaded = loadPlan(json);
  if (!loaded.ok) {
    const style = styleFor(color);
    // An invalid plan's source map cannot be trusted: the issues are shown without locations.
    io.stderr(
      renderIssues(loaded.errors, {
        sourceMap: {},
        specText: () => undefined,
        specPath: (f) => f,
        dataPath: (f) => f,
        style,
      }),
    );
    io.stderr(`${style.red("error")}: ${display} is not a valid ccdc plan\n`);
    throw reportedFailure(`${display}: invalid plan`);
  }
  const plan = loaded.plan;
  // The plan's paths are relative to its folder; read the spec files it names, for code frames,
  // keeping only those whose hash is the one the plan records (an edited, moved or unrecorded
  // spec gets no excerpt: its lines may no longer be the ones the source map points at).
  const names = [...new Set(Object.values(plan.sourceMap).map((r) => r.file))];
  const texts = new Map(
    await Promise.all(
      names.map(async (name) => {
        const file = resolve(planDir, name);
        const recorded =
          plan.specFiles && Object.hasOwn(plan.specFiles, name)
            ? plan.specFiles[name]?.sha256
            : undefined;
        // Nothing is read for a file the plan records no hash of.
        const bytes = recorded === undefined ? undefined : await readSpecFile(file);
        const same = bytes !== undefined && sha256(bytes) === recorded;
        return [file, same ? decodeText(bytes) : undefined] as const;
      }),
    ),
  );
  return {
    kind: "plan",
    path,
    display,
    content,
    plan,
    bases: { sources: planDir, sourceMap: planDir },
    warningCount: 0,
    issueContext: (c) => issueContext(plan.sourceMap, planDir, texts, io, c),
  };
}
