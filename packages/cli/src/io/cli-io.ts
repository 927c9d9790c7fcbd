/**
 * Everything the CLI touches outside the file system, injected so `main()` runs in-process in
 * tests with captured output, a chosen working directory and a pretend TTY.
 */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
}

/** The real process. Output to a closed pipe (`ccdc run … | head`) is dropped silently. */
export function processIO(): CliIO {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code !== "EPIPE") throw err;
    });
  }
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
  };
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
