/**
 * `ccdc compile SPEC [-o plan.json]`: the plan as deterministic JSON. Every path in it is made
 * relative to the folder of the plan file (the spec's folder when printed to stdout), so
 * `ccdc run plan.json` finds the data wherever the plan was written.
 */
import { existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { stableStringify } from "@ccdc/plan";
import { EXIT_USAGE, UserError } from "../errors.js";
import { assertOverwritable, writeFileAtomic } from "../io/atomic.js";
import type { CliIO } from "../io/cli-io.js";
import { displayPath, rebasePlan } from "../paths.js";
import { isPlanPath, loadInput } from "./input.js";

/** True if `text` is a JSON object with a `planVersion`: a plan, which ccdc may replace. */
function isPlanText(text: string): boolean {
  try {
    const json = JSON.parse(text) as unknown;
    return typeof json === "object" && json !== null && Object.hasOwn(json, "planVersion");
  } catch {
    return false;
  }
}

export async function compileCommand(
  arg: string,
  options: { output?: string },
  io: CliIO,
): Promise<void> {
  if (isPlanPath(arg))
    throw new UserError(`compile takes a .ccd spec, not a plan: ${arg}`, EXIT_USAGE);
  const input = await loadInput(arg, io);
  if (options.output === undefined) {
    io.stdout(stableStringify(rebasePlan(input.plan, input.bases, dirname(input.path))));
    return;
  }
  const target = resolve(io.cwd, options.output);
  const shown = displayPath(target, io.cwd);
  if (existsSync(target) && statSync(target).isDirectory()) {
    throw new UserError(
      `-o ${shown}: it is a directory; name the plan file, e.g. ${shown}/plan.json`,
    );
  }
  // Never the spec or a data file of the study, a FIFO or device, or a file ccdc did not write.
  assertOverwritable(target, {
    option: "-o",
    shown,
    inputs: [
      { path: input.path, what: "the spec being compiled" },
      ...input.plan.sources.map((s) => ({
        path: resolve(input.bases.sources, s.path),
        what: `the data file of source "${s.id}"`,
      })),
    ],
    isOurs: isPlanText,
    ours: "a ccdc plan (a JSON object with planVersion)",
  });
  await writeFileAtomic(
    target,
    stableStringify(rebasePlan(input.plan, input.bases, dirname(target))),
  );
  io.stderr(`ccdc: wrote ${displayPath(target, io.cwd)}\n`);
}
