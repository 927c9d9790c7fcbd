/**
 * `ccdc init DIR`: a commented starter spec (study.ccd) and a small long-layout data file
 * (data.csv: 3 regions × 4 years × 4 variables, made-up numbers) that `ccdc run DIR/study.ccd`
 * runs as is. Refuses a DIR that exists and is not empty.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { UserError } from "../errors.js";
import type { CliIO } from "../io/cli-io.js";
import { cliPackageUrl } from "../package-dir.js";
import { displayPath } from "../paths.js";

export const TEMPLATE_FILES = ["study.ccd", "data.csv"] as const;

export async function initCommand(dir: string, io: CliIO): Promise<void> {
  const target = resolve(io.cwd, dir);
  const shown = displayPath(target, io.cwd);
  if (existsSync(target)) {
    if (!statSync(target).isDirectory())
      throw new UserError(`${shown} exists and is not a directory`);
    if (readdirSync(target).length > 0) {
      throw new UserError(
        `${shown} is not empty: ccdc init writes only into a new or empty directory`,
      );
    }
  }
  const contents = await Promise.all(
    TEMPLATE_FILES.map((name) => readFile(new URL(`templates/${name}`, cliPackageUrl), "utf8")),
  );
  await mkdir(target, { recursive: true });
  for (const [i, name] of TEMPLATE_FILES.entries()) {
    await writeFile(join(target, name), contents[i] ?? "", { flag: "wx" });
  }
  io.stderr(
    `created ${TEMPLATE_FILES.map((f) => `${shown}/${f}`).join(" and ")}\n` +
      `next: ccdc run ${shown}/study.ccd\n`,
  );
}
