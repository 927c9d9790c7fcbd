/**
 * Everything the CLI touches outside the file system, injected so `main()` runs in-process in
 * tests with captured output, a chosen working directory and a pretend TTY.
 */
import { EXIT_USER } from "../errors.js";
import { installExitCleanup } from "./cleanup.js";

export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
}

/**
 * The real process. Installs the early-exit cleanup (signals: cleanup.ts). Output that cannot be
 * written — stdout closed by the reader (`ccdc run … | head`: EPIPE) or a full disk (ENOSPC,
 * `> /dev/full`) — ends the process with one line on stderr and exit 1, never a stack trace;
 * temporary files are removed on the way out.
 */
export function processIO(): CliIO {
  installExitCleanup();
  let failed = false;
  const onError = (name: "standard output" | "standard error") => (err: NodeJS.ErrnoException) => {
    if (failed) return;
    failed = true;
    if (name === "standard output") {
      try {
        process.stderr.write(
          `ccdc: cannot write to ${name}: ${writeErrorText(err)}; the output is incomplete\n`,
        );
      } catch {
        // stderr is gone too: the exit status still says it.
      }
    }
    process.exit(EXIT_USER);
  };
  process.stdout.on("error", onError("standard output"));
  process.stderr.on("error", onError("standard error"));
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
  };
}

/** A write error in words, with its code. */
export function writeErrorText(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case "EPIPE":
      return "the reading end was closed (EPIPE)";
    case "ENOSPC":
      return "no space left on the device (ENOSPC)";
    case "EDQUOT":
      return "the disk quota is exceeded (EDQUOT)";
    case "EIO":
      return "an input/output error (EIO)";
    default:
      return err.code ? `${err.code}` : String(err.message);
  }
}

/** An in-memory CliIO for tests: read `out()` and `err()` after the call. */
export function memoryIO(options: {
  cwd: string;
  env?: Record<string, string | undefined>;
  tty?: boolean;
}): CliIO & { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    cwd: options.cwd,
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
    stderrIsTTY: options.tty ?? false,
    out: () => out,
    err: () => err,
  };
}
