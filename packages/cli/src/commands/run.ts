/**
 * `ccdc run SPEC|PLAN.json`: compile (or load), run the engine, print one format to stdout and,
 * with --out, write every format to a directory atomically. Diagnostics and progress go to
 * stderr only, so `--format json` prints the results JSON and nothing else.
 */
import { resolve } from "node:path";
import { runPlan } from "@ccdc/engine";
import { type IssueLike, renderIssues } from "../diagnostics.js";
import { reportedFailure } from "../errors.js";
import type { CliIO } from "../io/cli-io.js";
import { writeOutputDir } from "../io/out-dir.js";
import { OutDirWriter } from "../io/out-dir-writer.js";
import { paperLeftOutNote } from "../io/paper-limit.js";
import { displayPath } from "../paths.js";
import { type Format, formatChunks } from "../render/formats.js";
import { colorEnabled, styleFor } from "../style.js";
import { threadsFromEnv } from "../threads.js";
import { loadInput } from "./input.js";
import { checkPaperFlags, type PaperFlags, paperOptions } from "./paper-options.js";

export interface RunOptions extends PaperFlags {
  readonly format: Format;
  readonly out?: string;
  /** A declared variant to run instead of the base study. */
  readonly variant?: string;
}

export async function runCommand(arg: string, options: RunOptions, io: CliIO): Promise<void> {
  const outDir = options.out === undefined ? undefined : resolve(io.cwd, options.out);
  // Refuse an unsafe --out before doing any work; the temporary folder exists from here on
  // and is removed on any failure or interruption.
  const writer = outDir ? await OutDirWriter.open(outDir, displayPath(outDir, io.cwd)) : undefined;
  try {
    await runAndWrite(arg, options, io, writer);
  } finally {
    await writer?.abort();
  }
}

async function runAndWrite(
  arg: string,
  options: RunOptions,
  io: CliIO,
  writer: OutDirWriter | undefined,
): Promise<void> {
  const errColor = colorEnabled(io.stderrIsTTY, io.env);
  const input = await loadInput(arg, io);
  const paper = await checkPaperFlags(options, input.plan, (p) => resolve(io.cwd, p));
  const threads = threadsFromEnv(io.env);
  const outcome = await runPlan(input.plan, {
    baseDir: input.bases.sources,
    ...(threads === undefined ? {} : { threads }),
    ...(options.variant === undefined ? {} : { variant: options.variant }),
    ...(io.stderrIsTTY ? { progress: progressLine(io) } : {}),
  });
  if (!outcome.ok) {
    const issues: IssueLike[] = [
      ...outcome.errors,
      ...((outcome.warnings ?? []) as readonly IssueLike[]),
    ];
    io.stderr(renderIssues(issues, input.issueContext(errColor)));
    const n = outcome.errors.length;
    io.stderr(
      `${styleFor(errColor).red("error")}: ${input.display}: ${n} ${n === 1 ? "error" : "errors"} in the data or plan; nothing was written\n`,
    );
    throw reportedFailure(`${input.display}: the run failed`);
  }
  const { result } = outcome;
  // Under --variant the reports and figures describe the plan that ran (its coupling forms,
  // weights, scales), not the base study; plan.json stays the study as compiled.
  const ran = outcome.plan ?? input.plan;
  const chosen = paperOptions(paper, result, ran, outcome.maps);
  if (writer) {
    const { files, notes } = await writeOutputDir(writer, input, result, chosen, ran);
    noteUntranslated(chosen.names.lang, chosen.names.untranslated, io);
    for (const note of notes) io.stderr(note);
    const leftOut = paperLeftOutNote(result);
    if (leftOut) io.stderr(leftOut);
    io.stderr(`ccdc: wrote ${displayPath(writer.dir, io.cwd)}/ (${files.length + 1} files)\n`);
  }
  const style = styleFor(options.format === "table" && colorEnabled(io.stdoutIsTTY, io.env));
  // Chunk by chunk (process.stdout writes to a file, or on Linux to a pipe, synchronously).
  const names = chosen.names;
  for (const chunk of formatChunks(options.format, result, ran, style, names)) {
    io.stdout(chunk);
  }
  // The reports name units, nodes and analyses in --lang: say which had no label in it.
  if (!writer && (options.format === "table" || options.format === "md"))
    noteUntranslated(names.lang, names.untranslated, io);
  // The table and Markdown reports list the warnings; for json and csv, show them on stderr.
  if ((options.format === "json" || options.format === "csv") && result.warnings.length > 0) {
    const warnings = result.warnings.map((w): IssueLike => ({ severity: "warning", ...w }));
    io.stderr(renderIssues(warnings, input.issueContext(errColor)));
  }
}

/**
 * A progress line for sensitivity runs on a terminal's stderr, redrawn at most every 100 ms
 * and cleared when a sensitivity analysis finishes.
 */
function progressLine(io: CliIO): (id: string, done: number, total: number) => void {
  let last = 0;
  return (id, done, total) => {
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    io.stderr(
      done < total ? `\rsensitivity ${id}: ${done}/${total} runs` : `\r${" ".repeat(60)}\r`,
    );
  };
}

/** Says which names had no label in the chosen language (they are shown in English). */
export function noteUntranslated(lang: string, names: readonly string[], io: CliIO): void {
  if (lang === "en" || names.length === 0) return;
  const shown = names.slice(0, 8).join(", ");
  const more = names.length > 8 ? `, and ${names.length - 8} more` : "";
  io.stderr(
    `ccdc: note: --lang ${lang}: ${names.length} names have no ${lang} label and are shown in English: ${shown}${more}\n`,
  );
}
