/**
 * Runs `ccdc` in-process with captured output, for tests: `main(args)` with a memory CliIO.
 * `tty` pretends both streams are terminals (to test colour); `env` replaces the environment.
 */
import { memoryIO } from "../io/cli-io.js";
import { main } from "../main.js";

export interface MainRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runMain(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string | undefined>; tty?: boolean },
): Promise<MainRun> {
  const io = memoryIO(options);
  const code = await main(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}
