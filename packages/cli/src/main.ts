/**
 * The `ccdc` command line: commander parses, the commands in commands/ do the work. Exit codes:
 * 0 success; 1 errors in the spec, the plan or the data (already rendered on stderr); 2 usage
 * errors (unknown command or flag, missing argument, unknown format); 3 an internal error —
 * a bug — reported in one line (CCDC_DEBUG=1 adds the stack).
 */
import { Command, CommanderError, Option } from "commander";
import { checkCommand } from "./commands/check.js";
import { compileCommand } from "./commands/compile.js";
import { DEFAULT_FIGURES_DIR, type FiguresOptions, figuresCommand } from "./commands/figures.js";
import { fmtCommand } from "./commands/fmt.js";
import { initCommand } from "./commands/init.js";
import { type RunOptions, runCommand } from "./commands/run.js";
import {
  EXIT_INTERNAL,
  EXIT_OK,
  EXIT_USAGE,
  EXIT_USER,
  isUserFsError,
  UserError,
} from "./errors.js";
import { type CliIO, processIO } from "./io/cli-io.js";
import { FORMATS } from "./render/formats.js";
import { LANGS } from "./render/names.js";
import { colorEnabled, styleFor } from "./style.js";
import { ccdcVersion } from "./version.js";

const examples = (...lines: string[]) =>
  `\nExamples:\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`;

function buildProgram(io: CliIO): Command {
  const errStyle = styleFor(colorEnabled(io.stderrIsTTY, io.env));
  const program = new Command("ccdc")
    .description(
      "Coupling coordination degree studies: compile a .ccd spec, check its data, run it, report.",
    )
    .version(ccdcVersion(), "-V, --version")
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(errStyle.red(text)),
    })
    .showHelpAfterError("(add --help for usage)")
    .allowExcessArguments(false);

  program
    .command("run")
    .description(
      "compile a spec (or load a plan), check the data, run the study and print the results",
    )
    .argument("<spec>", "a .ccd spec, or a plan .json written by `ccdc compile`")
    .addOption(
      new Option("-f, --format <format>", "what to print on stdout")
        .choices(FORMATS)
        .default("table"),
    )
    .option(
      "-o, --out <dir>",
      "also write every format, the figures, the paper tables, the plan and a manifest to this directory (atomically)",
    )
    .addOption(
      new Option("--lang <lang>", "the language of figures and paper tables").choices(LANGS),
    )
    .option("--png", "with --out, also draw each figure as a PNG (needs a font, see --font)")
    .option(
      "--font <file>",
      "the font for PNG text (default: Noto Sans CJK from fonts-noto-cjk, else DejaVu Sans for --lang en)",
    )
    .option(
      "--variant <name>",
      "run one of the spec's declared variants instead of the study as written",
    )
    .addHelpText(
      "after",
      examples(
        "ccdc run specs/northern.ccd",
        "ccdc run specs/northern.ccd --format json > results.json",
        "ccdc run specs/northern.ccd --out out/northern",
        "ccdc compile specs/northern.ccd -o northern.plan.json && ccdc run northern.plan.json --format md",
      ),
    )
    .action((spec: string, opts: RunOptions) => runCommand(spec, opts, io));

  program
    .command("figures")
    .description("run a study and write only its figures (Vega-Lite JSON and SVG; PNG with --png)")
    .argument("<spec>", "a .ccd spec, or a plan .json")
    .option("-o, --out <dir>", "the directory to write (atomically)", DEFAULT_FIGURES_DIR)
    .addOption(new Option("--lang <lang>", "the language of the figures").choices(LANGS))
    .option("--png", "also draw each figure as a PNG (needs a font, see --font)")
    .option("--font <file>", "the font for PNG text (default: Noto Sans CJK, else DejaVu Sans)")
    .option(
      "--variant <name>",
      "draw the figures of one of the spec's declared variants instead of the study as written",
    )
    .addHelpText(
      "after",
      examples(
        "ccdc figures specs/northern.ccd --out out/figures",
        "ccdc figures specs/northern.ccd --lang zh --png --out out/figures-zh",
      ),
    )
    .action((spec: string, opts: FiguresOptions) => figuresCommand(spec, opts, io));

  program
    .command("check")
    .description("compile a spec and print its diagnostics only (exit 1 if there are errors)")
    .argument("<spec>", "a .ccd spec (or a plan .json)")
    .addHelpText("after", examples("ccdc check specs/northern.ccd"))
    .action((spec: string) => checkCommand(spec, io));

  program
    .command("compile")
    .description("compile a spec to its plan JSON (to stdout, or to a file with -o)")
    .argument("<spec>", "a .ccd spec")
    .option(
      "-o, --output <file>",
      "write the plan to this file (atomically); its paths are made relative to the file's folder",
    )
    .addHelpText(
      "after",
      examples(
        "ccdc compile specs/northern.ccd > northern.plan.json",
        "ccdc compile specs/northern.ccd -o build/northern.plan.json",
      ),
    )
    .action((spec: string, opts: { output?: string }) => compileCommand(spec, opts, io));

  program
    .command("fmt")
    .description("rewrite specs in the canonical layout (whitespace only; every comment is kept)")
    .argument("<spec...>", "one or more .ccd specs")
    .option("--check", "write nothing; list the files that would change and exit 1 if any")
    .addHelpText(
      "after",
      examples(
        "ccdc fmt specs/northern.ccd",
        "ccdc fmt --check specs/northern.ccd specs/northern-paper.ccd",
      ),
    )
    .action((specs: string[], opts: { check?: boolean }) => fmtCommand(specs, opts, io));

  program
    .command("init")
    .description("create a starter study (study.ccd and data.csv) in a new or empty directory")
    .argument("<dir>", "the directory to create")
    .addHelpText("after", examples("ccdc init my-study && ccdc run my-study/study.ccd"))
    .action((dir: string) => initCommand(dir, io));

  program.addHelpText(
    "after",
    examples("ccdc run specs/northern.ccd", "ccdc init my-study", "ccdc run --help"),
  );
  return program;
}

/** Runs the command line `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const errStyle = styleFor(colorEnabled(io.stderrIsTTY, io.env));
  try {
    await buildProgram(io).parseAsync([...argv], { from: "user" });
    return EXIT_OK;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end with code 0; every other commander error is a usage error.
      return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (err instanceof UserError) {
      if (!err.reported) io.stderr(`${errStyle.red("error")}: ${err.message}\n`);
      return err.exitCode;
    }
    if (isUserFsError(err)) {
      io.stderr(`${errStyle.red("error")}: ${err.message}\n`);
      return EXIT_USER;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`ccdc: internal error: ${message} (please report)\n`);
    if (io.env.CCDC_DEBUG === "1" && err instanceof Error && err.stack) io.stderr(`${err.stack}\n`);
    return EXIT_INTERNAL;
  }
}
