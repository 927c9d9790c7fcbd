/**
 * How a command ends other than with success. A user error (a bad spec, missing data, a
 * non-empty `init` directory) has been reported already, or carries a one-line message, and
 * exits 1; usage errors exit 2. Anything else thrown is a bug: exit 3 (see main.ts).
 */
export const EXIT_OK = 0;
export const EXIT_USER = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 3;

export class UserError extends Error {
  /** `reported`: the details are on stderr already; print nothing more. */
  constructor(
    message: string,
    readonly exitCode: typeof EXIT_USER | typeof EXIT_USAGE = EXIT_USER,
    readonly reported = false,
  ) {
    super(message);
    this.name = "UserError";
  }
}

/** The diagnostics were rendered to stderr already: just exit 1. */
export function reportedFailure(summary: string): UserError {
  return new UserError(summary, EXIT_USER, true);
}

/** Node's file-system errors that come from the user's input (a wrong path), not from a bug. */
export function isUserFsError(err: unknown): err is NodeJS.ErrnoException {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return (
    typeof code === "string" &&
    [
      "ENOENT",
      "EACCES",
      "EISDIR",
      "ENOTDIR",
      "EEXIST",
      "ENOTEMPTY",
      "EPERM",
      "EROFS",
      "ENOSPC",
    ].includes(code)
  );
}
