/**
 * Turns the command-line argument into a plan: a `.json` file is read as a plan (loadPlan;
 * its paths are relative to its folder), anything else is compiled as a spec (compileSpec;
 * paths relative to the spec's folder). Problems are rendered to stderr and end the command
 * with exit 1; nothing is written to stdout.
 */
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { compileSpec, hasErrors, renderDiagnostics, summarize } from "@ccdc/dsl";
import { loadPlan } from "@ccdc/engine";
import { checkPlan, type Plan } from "@ccdc/plan";
import { type IssueContext, type IssueLike, renderIssues } from "../diagnostics.js";
import { reportedFailure, UserError } from "../errors.js";
import type { CliIO } from "../io/cli-io.js";
import { displayPath, type PlanBases, rebaseSourceMap } from "../paths.js";
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
  const path = resolve(io.cwd, arg);
  const display = displayPath(path, io.cwd);
  let content: string;
  try {
    content = await readFile(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a directory"
          : String(code ?? err);
    throw new UserError(`cannot read ${display}: ${why}`);
  }
  return isPlanPath(path)
    ? loadPlanFile(path, display, content, io)
    : compileSpecFile(path, display, content, io);
}

function compileSpecFile(path: string, display: string, content: string, io: CliIO): LoadedInput {
  const color = colorEnabled(io.stderrIsTTY, io.env);
  const { plan, diagnostics } = compileSpec(content, display);
  if (diagnostics.length > 0) {
    io.stderr(renderDiagnostics(diagnostics, new Map([[display, content]]), { color }));
    io.stderr(`${display}: ${summarize(diagnostics)}\n`);
  }
  if (hasErrors(diagnostics)) throw reportedFailure(`${display}: the spec has errors`);
  if (!plan) throw new Error(`compileSpec returned no plan and no error for ${display}`);
  const checked = checkPlan(plan);
  if (!checked.ok)
    throw new Error(
      `the compiler produced an invalid plan: ${checked.errors.slice(0, 3).join("; ")}`,
    );
  // The source map names the spec as `display`, i.e. relative to the working directory.
  const bases = { sources: dirname(path), sourceMap: io.cwd };
  const specs = new Map([[display, content]]);
  return {
    kind: "spec",
    path,
    display,
    content,
    plan,
    bases,
    warningCount: diagnostics.filter((d) => d.severity === "warning").length,
    issueContext: (color) => ({
      sourceMap: plan.sourceMap,
      specText: (file) => specs.get(file),
      specPath: (file) => file,
      dataPath: (file) => displayPath(resolve(bases.sources, file), io.cwd),
      style: styleFor(color),
    }),
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
    const issues = (loaded.errors as readonly (IssueLike | string)[]).map(
      (e): IssueLike =>
        typeof e === "string" ? { severity: "error", code: "P0001", message: e } : e,
    );
    io.stderr(
      renderIssues(issues, {
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
  const bases = { sources: planDir, sourceMap: planDir };
  // For messages, name spec files relative to the working directory.
  const shown = rebaseSourceMap(plan.sourceMap, planDir, io.cwd);
  const texts = new Map<string, string | undefined>();
  const specText = async (file: string) => {
    if (!texts.has(file))
      texts.set(file, await readFile(resolve(io.cwd, file), "utf8").catch(() => undefined));
  };
  await Promise.all([...new Set(Object.values(shown).map((r) => r.file))].map(specText));
  return {
    kind: "plan",
    path,
    display,
    content,
    plan,
    bases,
    warningCount: 0,
    issueContext: (c) => ({
      sourceMap: shown,
      specText: (file) => texts.get(file),
      specPath: (file) => file,
      dataPath: (file) => displayPath(resolve(planDir, file), io.cwd),
      style: styleFor(c),
    }),
  };
}
