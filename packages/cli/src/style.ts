/**
 * Terminal styling: plain ANSI SGR codes, applied only when the caller decided colour is on
 * (the stream is a TTY and NO_COLOR is unset). Renderers take a Style, so they stay pure.
 */
export interface Style {
  readonly bold: (text: string) => string;
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly cyan: (text: string) => string;
  readonly dim: (text: string) => string;
}

const sgr = (open: number, close: number) => (text: string) =>
  text === "" ? text : `\u001b[${open}m${text}\u001b[${close}m`;

export const ansiStyle: Style = {
  bold: sgr(1, 22),
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  cyan: sgr(36, 39),
  dim: sgr(2, 22),
};

const identity = (text: string) => text;
export const plainStyle: Style = {
  bold: identity,
  red: identity,
  yellow: identity,
  cyan: identity,
  dim: identity,
};

export function styleFor(color: boolean): Style {
  return color ? ansiStyle : plainStyle;
}

/** no-color.org: colour is off when NO_COLOR is present and not empty. */
export function colorEnabled(
  isTTY: boolean,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  const noColor = env.NO_COLOR;
  return isTTY && (noColor === undefined || noColor === "");
}

const ANSI_SGR = new RegExp(`${String.fromCharCode(27)}\\[[\\d;]*m`, "g");

/** Removes ANSI SGR codes (ours and the code frame's), e.g. for tests. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI_SGR, "");
}
