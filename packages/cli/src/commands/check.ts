/** `ccdc check SPEC`: compile and print diagnostics only (stderr); exit 1 if there are errors. */
import type { CliIO } from "../io/cli-io.js";
import { loadInput } from "./input.js";

export async function checkCommand(arg: string, io: CliIO): Promise<void> {
  // loadInput renders every diagnostic and throws (exit 1) on errors.
  const input = await loadInput(arg, io);
  const w = input.warningCount;
  const note = w === 0 ? "no errors" : `no errors, ${w} ${w === 1 ? "warning" : "warnings"}`;
  io.stderr(`${input.display}: ok (${note})\n`);
}
