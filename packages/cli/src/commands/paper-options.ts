/**
 * `--lang`, `--png` and `--font`: checked before any work, so a bad choice stops the command
 * with nothing written.
 */
import type { RegionMap, Result } from "@ccdc/engine";
import type { Plan } from "@ccdc/plan";
import { UserError } from "../errors.js";
import { pngFont } from "../figures/fonts.js";
import type { PngFont } from "../figures/render.js";
import type { PaperOptions } from "../io/out-dir.js";
import { hasLabelsIn, type Lang, namesFor } from "../render/names.js";

export interface PaperFlags {
  readonly lang?: Lang;
  readonly png?: boolean;
  readonly font?: string;
}

/** Stops when `--lang` cannot be honoured by the study, or PNGs have no usable font. */
export async function checkPaperFlags(
  flags: PaperFlags,
  plan: Plan,
  cwdResolve: (p: string) => string,
) {
  const lang = flags.lang ?? "en";
  if (!hasLabelsIn(plan, lang)) {
    throw new UserError(
      `--lang ${lang}: the study declares no ${lang} labels; give its units, nodes, analyses and scale levels labels such as \`region beijing "Beijing" ${lang} "北京"\`, or use --lang en`,
    );
  }
  if (flags.font !== undefined && !flags.png) {
    throw new UserError("--font is for PNG text: add --png, or leave out --font");
  }
  const png: PngFont | undefined = flags.png
    ? await pngFont(lang, flags.font === undefined ? undefined : cwdResolve(flags.font))
    : undefined;
  // report.docx's pictures are PNGs even without --png: drawn with the system font, if any.
  const docxFont = png ?? (await systemFont(lang));
  return { lang, png, docxFont };
}

/** The documented system font for `lang`, or undefined when none is installed. */
async function systemFont(lang: Lang): Promise<PngFont | undefined> {
  try {
    return await pngFont(lang, undefined);
  } catch (e) {
    if (e instanceof UserError) return undefined;
    throw e;
  }
}

/** The paper options for a finished run. */
export function paperOptions(
  checked: { lang: Lang; png: PngFont | undefined; docxFont?: PngFont | undefined },
  result: Result,
  plan: Plan,
  maps: readonly RegionMap[] = [],
): PaperOptions {
  const names = namesFor(result, plan, checked.lang);
  return {
    names,
    maps,
    ...(checked.png && { png: checked.png }),
    ...(checked.docxFont && { docxFont: checked.docxFont }),
  };
}
