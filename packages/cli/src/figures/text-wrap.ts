/**
 * Text broken into lines for a figure (Vega draws an array of strings as lines): a radar's
 * axis labels, a caption under a title. Vega measures text by estimate, so the width is
 * counted in columns, a Han character or full-width sign as two (it is about twice as wide as
 * a Latin letter). Lines break at spaces; text without spaces (Chinese) breaks anywhere.
 */

/** Unicode's East Asian Wide ranges, roughly: Hangul, CJK (U+2E80–U+A4CF), full-width forms. */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** The columns `text` takes: two for each wide character, one for any other. */
export function columns(text: string): number {
  let n = 0;
  for (const c of text) n += WIDE.test(c) ? 2 : 1;
  return n;
}

/**
 * `text` in lines of at most `width` columns: words joined by spaces while they fit; a word
 * longer than a line (or a run of Chinese) is cut where the line is full.
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  const push = () => {
    if (line !== "") lines.push(line);
    line = "";
  };
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const joined = line === "" ? word : `${line} ${word}`;
    if (columns(joined) <= width) {
      line = joined;
      continue;
    }
    push();
    for (const c of word) {
      if (columns(line + c) > width) push();
      line += c;
    }
  }
  push();
  return lines;
}
