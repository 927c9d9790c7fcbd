/**
 * `ccdc compile SPEC [-o plan.json]`: the plan as deterministic JSON. Every path in it is made
 * relative to the folder of the plan file (the spec's folder when printed to stdout), so
 * `ccdc run plan.json` finds the data wherever the plan was written.
 */
import { existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { stableStringify } from "@ccdc/plan";
import { EXIT_USAGE, UserError } from "../errors.js";
import { writeFileAtomic } from "../io/atomic.js";
import type { CliIO } from "../io/cli-io.js";
import { displayPath, rebasePlan } from "../paths.js";
import { isPlanPath, loadInput } from "./input.js";

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
  if (existsSync(target) && statSync(target).isDirectory()) {
    const shown = displayPath(target, io.cwd);
    throw new UserError(
      `-o ${shown}: it is a directory; name the plan file, e.g. ${shown}/plan.json`,
    );
  }
  await writeFileAtomic(
    target,
    stableStringify(rebasePlan(input.plan, input.bases, dirname(target))),
  );
  io.stderr(`ccdc: wrote ${displayPath(target, io.cwd)}\n`);
}
