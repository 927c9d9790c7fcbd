/**
 * `ccdc fmt SPEC… [--check]`: rewrites each spec in its canonical layout (formatSpec in the dsl
 * package: whitespace only, every comment kept), atomically and keeping the file's permissions;
 * a file already in that layout is not touched. With --check nothing is written: the files that
 * would change are listed on stdout and the command exits 1 if there are any (for CI). A spec
 * with syntax errors is reported and left as it is (exit 1); the other files are still done.
 */
import { stat } from "node:fs/promises";
import { formatSpec, summarize } from "@ccdc/dsl";
import { renderSpecDiagnostics } from "../diagnostics.js";
import { reportedFailure } from "../errors.js";
import { writeFileAtomic } from "../io/atomic.js";
import type { CliIO } from "../io/cli-io.js";
import { colorEnabled } from "../style.js";
import { readTextInput } from "./input.js";

export async function fmtCommand(
  specs: readonly string[],
  opts: { check?: boolean },
  io: CliIO,
): Promise<void> {
  const color = colorEnabled(io.stderrIsTTY, io.env);
  const changed: string[] = [];
  let broken = 0;
  for (const arg of specs) {
    const { path, display, content } = await readTextInput(arg, io);
    const r = formatSpec(content, display);
    if (r.text === undefined) {
      io.stderr(renderSpecDiagnostics(r.diagnostics, new Map([[display, content]]), color));
      io.stderr(`${display}: ${summarize([...r.diagnostics])}; not formatted\n`);
      broken++;
      continue;
    }
    if (r.text === content) continue;
    changed.push(display);
    if (opts.check) io.stdout(`${display}\n`);
    else {
      await writeFileAtomic(path, r.text, (await stat(path)).mode & 0o7777);
      io.stderr(`${display}: formatted\n`);
    }
  }
  if (opts.check && changed.length > 0) {
    const n = changed.length;
    io.stderr(
      `${n} ${n === 1 ? "file is" : "files are"} not in the canonical layout; run \`ccdc fmt\` on ${n === 1 ? "it" : "them"}\n`,
    );
  }
  if (broken > 0) throw reportedFailure(`${broken} spec(s) with syntax errors not formatted`);
  if (opts.check && changed.length > 0) throw reportedFailure("files would be reformatted");
}
