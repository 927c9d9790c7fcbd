/**
 * The font for PNG text. SVG names a generic family and needs no font file; a PNG needs the
 * glyphs. The font is `--font FILE`, else the first documented system font that exists: for
 * --lang en DejaVu Sans, then Noto Sans CJK (resvg draws with the small DejaVu file many times
 * faster); for --lang zh Noto Sans CJK (fonts-noto-cjk). For `--lang zh` the
 * font must draw Chinese: a font without CJK glyphs is refused rather than writing PNGs of
 * empty boxes.
 */
import { existsSync } from "node:fs";
import { UserError } from "../errors.js";
import type { Lang } from "../render/names.js";
import type { PngFont } from "./render.js";

/** Debian's fonts-noto-cjk: draws Chinese and Latin. */
export const NOTO_CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
/** Debian's fonts-dejavu-core: Latin only. */
export const DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

const SYSTEM_FONTS: readonly PngFont[] = [
  { file: NOTO_CJK, family: "Noto Sans CJK SC" },
  { file: DEJAVU, family: "DejaVu Sans" },
];

/** Picks the PNG font for `lang`, or stops with a message saying what to install or pass. */
export async function pngFont(lang: Lang, fontFile: string | undefined): Promise<PngFont> {
  if (fontFile !== undefined) {
    if (!existsSync(fontFile)) throw new UserError(`--font ${fontFile}: no such file`);
    const font = { file: fontFile, family: "ccdc-font", fromFlag: true };
    if (lang === "zh" && !(await drawsChinese(font))) {
      throw new UserError(
        `--font ${fontFile}: the font has no Chinese glyphs; --lang zh needs a CJK font for PNG text (e.g. ${NOTO_CJK} from Debian's fonts-noto-cjk)`,
      );
    }
    return font;
  }
  const order = lang === "zh" ? SYSTEM_FONTS : [...SYSTEM_FONTS].reverse();
  const candidates = order.filter((f) => existsSync(f.file));
  let font: PngFont | undefined;
  for (const f of candidates) {
    // The documented CJK font is trusted to draw Chinese; DejaVu is known not to.
    if (lang !== "zh" || f.file === NOTO_CJK) {
      font = f;
      break;
    }
  }
  if (font) return font;
  throw new UserError(
    lang === "zh"
      ? `--png --lang zh: no font that draws Chinese was found; pass --font FILE (a .ttf/.otf/.ttc with CJK glyphs) or install fonts-noto-cjk (${NOTO_CJK})`
      : `--png: no font for PNG text was found; pass --font FILE or install fonts-noto-cjk (${NOTO_CJK}) or fonts-dejavu-core (${DEJAVU})`,
  );
}

/**
 * Whether `font` has glyphs for Chinese: "中文" drawn with it must differ from two unassigned
 * code points (U+0378, U+0379), which every font draws as its missing-glyph box or nothing.
 */
export async function drawsChinese(font: PngFont): Promise<boolean> {
  const { Resvg } = await import("@resvg/resvg-js");
  const draw = (text: string) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="32"><text x="2" y="26" font-size="24" font-family="${font.family}">${text}</text></svg>`;
    return new Resvg(svg, {
      font: { loadSystemFonts: false, fontFiles: [font.file], defaultFontFamily: font.family },
    })
      .render()
      .asPng();
  };
  return !Buffer.from(draw("中文")).equals(Buffer.from(draw("\u0378\u0379")));
}

/** Han characters and CJK punctuation, which a Latin font draws as empty boxes. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/**
 * The font to draw `svgs` with: `font`, unless some text is Chinese (a Chinese label, or an
 * approval number "GS(2019)1822号" in an English study) and `font` cannot draw it; then Noto
 * Sans CJK when `font` was not chosen with --font and it is installed, else an error.
 */
export async function fontForText(font: PngFont, svgs: readonly string[]): Promise<PngFont> {
  if (font.file === NOTO_CJK || !svgs.some((s) => CJK.test(s))) return font;
  if (await drawsChinese(font)) return font;
  if (!font.fromFlag && existsSync(NOTO_CJK)) return { file: NOTO_CJK, family: "Noto Sans CJK SC" };
  throw new UserError(
    `--png: the figures have Chinese text and the font ${font.file} has no Chinese glyphs; pass --font with a CJK font or install fonts-noto-cjk (${NOTO_CJK})`,
  );
}
