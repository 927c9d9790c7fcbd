/**
 * `ccdc figures SPEC|PLAN.json [--out DIR] [--variant NAME]`: run the study (or one of its
 * declared variants, as `ccdc run --variant` does) and write only its figures (each as
 * Vega-Lite JSON and SVG, PNG with --png) under DIR/figures/ with a manifest, atomically.
 * DIR defaults to `figures-out` in the current directory. The run's warnings go to stderr.
 */
import { resolve } from "node:path";
import { runPlan } from "@ccdc/engine";
import { type IssueLike, renderIssues } from "../diagnostics.js";
import { reportedFailure } from "../errors.js";
import type { CliIO } from "../io/cli-io.js";
import { writeFiguresDir } from "../io/out-dir.js";
import { OutDirWriter } from "../io/out-dir-writer.js";
import { displayPath } from "../paths.js";
import { colorEnabled, styleFor } from "../style.js";
import { threadsFromEnv } from "../threads.js";
import { loadInput } from "./input.js";
import { checkPaperFlags, type PaperFlags, paperOptions } from "./paper-options.js";
import { noteUntranslated } from "./run.js";

export interface FiguresOptions extends PaperFlags {
  readonly out?: string;
  /** A declared variant to run instead of the base study (as `ccdc run --variant`). */
  readonly variant?: string;
}

export const DEFAULT_FIGURES_DIR = "figures-out";

export async function figuresCommand(
  arg: string,
  options: FiguresOptions,
  io: CliIO,
): Promise<void> {
  const outDir = resolve(io.cwd, options.out ?? DEFAULT_FIGURES_DIR);
  const writer = await OutDirWriter.open(outDir, displayPath(outDir, io.cwd));
  try {
    await runAndWrite(arg, options, io, writer);
  } finally {
    await writer.abort();
  }
}

async function runAndWrite(
  arg: string,
  options: FiguresOptions,
  io: CliIO,
  writer: OutDirWriter,
): Promise<void> {
  const errColor = colorEnabled(io.stderrIsTTY, io.env);
  const input = await loadInput(arg, io);
  const paper = await checkPaperFlags(options, input.plan, (p) => resolve(io.cwd, p));
  const threads = threadsFromEnv(io.env);
  const outcome = await runPlan(input.plan, {
    baseDir: input.bases.sources,
    ...(threads === undefined ? {} : { threads }),
    ...(options.variant === undefined ? {} : { variant: options.variant }),
  });
  if (!outcome.ok) {
    const issues: IssueLike[] = [
      ...outcome.errors,
      ...((outcome.warnings ?? []) as readonly IssueLike[]),
    ];
    io.stderr(renderIssues(issues, input.issueContext(errColor)));
    io.stderr(
      `${styleFor(errColor).red("error")}: ${input.display}: the run failed; nothing was written\n`,
    );
    throw reportedFailure(`${input.display}: the run failed`);
  }
  const { result } = outcome;
  // Under --variant the figures are those of the plan that ran (its forms, scales, figures).
  const ran = outcome.plan ?? input.plan;
  const chosen = paperOptions(paper, result, ran, outcome.maps);
  const files = await writeFiguresDir(writer, input, result, chosen, ran);
  noteUntranslated(chosen.names.lang, chosen.names.untranslated, io);
  // No report is printed, so the run's warnings (e.g. W0802, a figure a variant leaves out)
  // go to stderr.
  if (result.warnings.length > 0) {
    const warnings = result.warnings.map((w): IssueLike => ({ severity: "warning", ...w }));
    io.stderr(renderIssues(warnings, input.issueContext(errColor)));
  }
  io.stderr(`ccdc: wrote ${displayPath(writer.dir, io.cwd)}/ (${files.length + 1} files)\n`);
}
