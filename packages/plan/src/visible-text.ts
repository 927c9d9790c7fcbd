/**
 * Text from a study — its data (headers, keys, cells), its spec (titles, labels, notes) or a
 * hand-edited plan — is shown with its control characters made visible before it reaches a
 * terminal or a report: an escape sequence in a CSV header (`ESC[2J` clears the screen,
 * `ESC]8;;…` forges a link) must print as text, not act. C0 controls other than tab and line
 * feed, DEL, C1 controls (U+0080–U+009F) and the bidirectional overrides that can reorder a
 * line (U+202A–U+202E, U+2066–U+2069: "Trojan Source") become `\xNN` / `\u{NNNN}`.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are what is escaped
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with control characters shown as escapes (idempotent: the escapes are plain text). */
export function visibleText(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
  });
}
