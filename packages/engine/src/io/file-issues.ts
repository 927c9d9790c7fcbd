/** Issues shared by the file readers. */
import { type EngineIssue, error } from "../issues.js";
import type { TableRequest } from "./reader.js";

/** D0101: the file cannot be read (absent, a directory, no permission, not a valid workbook). */
export function unreadable(request: TableRequest, e: unknown): EngineIssue {
  const code = (e as { code?: string }).code;
  const reason =
    code === "ENOENT"
      ? "no such file"
      : code === "EISDIR"
        ? "it is a directory"
        : code === "EACCES"
          ? "permission denied"
          : ((e as Error).message ?? String(e));
  return error("D0101", `cannot read ${request.file}: ${reason} (looked at ${request.path})`, {
    file: request.file,
    ...(request.pointer !== undefined ? { pointer: `${request.pointer}/path` } : {}),
    hint: "a source path is relative to the folder of the spec (or of the plan file, for `ccdc run plan.json`)",
  });
}
