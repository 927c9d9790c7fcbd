/**
 * Undo on the way out. While ccdc builds an output, the temporary files and folders it made (and
 * an old output it moved aside) are registered here with a synchronous undo; a normal ending
 * unregisters them. If the process ends early — Ctrl-C (SIGINT), SIGTERM, a write error on
 * stdout, `process.exit` anywhere — every registered undo runs, so no `.NAME.tmp-*` or
 * `.NAME.old-*` is left behind and an output moved aside is put back.
 *
 * The handlers are installed once, by the real process (`installExitCleanup`, from
 * `processIO`); in-process tests register undos too, but nothing ends their process.
 */

const pending = new Set<() => void>();

/**
 * Registers `undo` (synchronous, must not throw) to run if the process ends before the
 * returned function is called to unregister it.
 */
export function onEarlyExit(undo: () => void): () => void {
  const entry = () => {
    try {
      undo();
    } catch {
      // Best effort: the process is ending; a failed undo must not hide the others.
    }
  };
  pending.add(entry);
  return () => {
    pending.delete(entry);
  };
}

/** Runs every registered undo, newest first, once. */
export function runEarlyExitUndos(): void {
  const all = [...pending].reverse();
  pending.clear();
  for (const undo of all) undo();
}

/** The exit status of a process ended by a signal, by the shell's convention 128 + number. */
export const SIGNAL_EXIT: Readonly<Record<"SIGINT" | "SIGTERM" | "SIGHUP", number>> = {
  SIGINT: 130,
  SIGTERM: 143,
  SIGHUP: 129,
};

let installed = false;

/**
 * Installs the handlers: on SIGINT, SIGTERM or SIGHUP, undo, say so in one line on stderr and
 * end by the same signal (exit status 128 + its number in a shell: 130, 143, 129); on any
 * exit, undo what is still registered.
 */
export function installExitCleanup(): void {
  if (installed) return;
  installed = true;
  process.on("exit", runEarlyExitUndos);
  for (const signal of Object.keys(SIGNAL_EXIT) as (keyof typeof SIGNAL_EXIT)[]) {
    process.on(signal, () => {
      const hadWork = pending.size > 0;
      runEarlyExitUndos();
      try {
        process.stderr.write(
          `ccdc: interrupted (${signal})${hadWork ? "; removed the partial output" : ""}\n`,
        );
      } catch {
        // stderr may be closed too.
      }
      // End the way the signal would have ended us, so a shell sees 128 + its number (130,
      // 143) and a script's loop stops too. Not process.exit: it waits for libuv's worker
      // threads, and one may be blocked for good (opening a FIFO no one writes to).
      process.exitCode = SIGNAL_EXIT[signal];
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    });
  }
}
