import { describe, expect, test } from "vitest";
import type { Diagnostic, Range } from "./diagnostic.js";
import { parseSpec } from "./parse.js";
import { renderDiagnostic, renderDiagnostics, summarize } from "./render.js";

const SOURCE = 'source panel "x.csv"\n  format csv\n}\n';

const at = (file: string, line: number, column: number, endColumn: number, offset = 0): Range => ({
  file,
  start: { line, column, offset },
  end: { line, column: endColumn, offset: offset + endColumn - column },
});

const missingBrace: Diagnostic = {
  severity: "error",
  code: "E0003",
  message: "expected `{` after the source path, found `format`",
  range: at("s.ccd", 2, 3, 9, 23),
  hint: 'write `source NAME "path" { … }`',
};

describe("renderDiagnostic", () => {
  test("header, location, code frame with the span underlined, help", () => {
    expect(renderDiagnostic(missingBrace, SOURCE)).toBe(
      [
        "error[E0003]: expected `{` after the source path, found `format`",
        " --> s.ccd:2:3",
        '  1 | source panel "x.csv"',
        "> 2 |   format csv",
        "    |   ^^^^^^",
        "  3 | }",
        'help: write `source NAME "path" { … }`',
      ].join("\n"),
    );
  });

  test("the underline allows for double-width (CJK) characters before and inside the span", () => {
    // `cluster c "京津冀" { x }`: 京津冀 is 3 UTF-16 columns but 6 terminal columns, so `x`
    // (column 19) sits at terminal column 22; the label itself (columns 11-15) is 8 wide.
    const src = 'cluster c "京津冀" { x }';
    const frame = (from: number, to: number) =>
      renderDiagnostic({ ...missingBrace, range: at("s.ccd", 1, from, to) }, src).split("\n")[3];
    expect(frame(19, 20)).toBe(`    | ${" ".repeat(21)}^`);
    expect(frame(11, 16)).toBe(`    | ${" ".repeat(10)}${"^".repeat(8)}`);
  });
  test("the same output from parseSpec's own diagnostic", () => {
    const { diagnostics } = parseSpec(SOURCE, "s.ccd");
    expect(diagnostics).toHaveLength(1);
    const text = renderDiagnostic(diagnostics[0]!, SOURCE);
    expect(text.split("\n").slice(0, 6)).toEqual(
      renderDiagnostic(missingBrace, SOURCE).split("\n").slice(0, 6),
    );
  });

  test("warnings, related notes, and no frame without the source", () => {
    const d: Diagnostic = {
      severity: "warning",
      code: "W0101",
      message: "region `x` is never used",
      range: at("a.ccd", 1, 8, 9),
      related: [{ message: "declared again here", range: at("b.ccd", 4, 2, 3) }],
    };
    expect(renderDiagnostic(d, undefined)).toBe(
      [
        "warning[W0101]: region `x` is never used",
        " --> a.ccd:1:8",
        "note: declared again here",
        " --> b.ccd:4:2",
      ].join("\n"),
    );
  });

  test("a zero-width span gets one caret; a multi-line span is underlined to its end", () => {
    const eof: Diagnostic = { ...missingBrace, range: at("s.ccd", 3, 2, 2), hint: undefined };
    expect(renderDiagnostic(eof, SOURCE).split("\n").slice(2)).toEqual([
      "  2 |   format csv",
      "> 3 | }",
      "    |  ^",
      "  4 |",
    ]);
    const multi: Diagnostic = {
      ...missingBrace,
      hint: undefined,
      range: {
        file: "s.ccd",
        start: { line: 1, column: 8, offset: 7 },
        end: { line: 2, column: 9, offset: 29 },
      },
    };
    expect(renderDiagnostic(multi, SOURCE).split("\n").slice(2)).toEqual([
      '> 1 | source panel "x.csv"',
      "    |        ^^^^^^^^^^^^^", // `panel "x.csv"`: columns 8 to 20
      "> 2 |   format csv",
      "    | ^^^^^^^^",
      "  3 | }",
    ]);
  });

  test("colour only when asked", () => {
    expect(renderDiagnostic(missingBrace, SOURCE)).not.toContain("\x1b[");
    const coloured = renderDiagnostic(missingBrace, SOURCE, { color: true });
    expect(coloured).toContain("\x1b[1;31merror[E0003]\x1b[0m");
    const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");
    expect(coloured.replace(ansi, "")).toBe(renderDiagnostic(missingBrace, SOURCE));
  });
});

test("renderDiagnostics sorts by position and separates diagnostics with a blank line", () => {
  const later: Diagnostic = {
    ...missingBrace,
    code: "E0001",
    message: "later",
    range: at("s.ccd", 3, 1, 2, 33),
    hint: undefined,
  };
  const out = renderDiagnostics([later, missingBrace], new Map([["s.ccd", SOURCE]]));
  const blocks = out.split("\n\n");
  expect(blocks).toHaveLength(2);
  expect(blocks[0]).toMatch(/^error\[E0003\]/);
  expect(blocks[1]).toMatch(/^error\[E0001\]: later\n --> s.ccd:3:1\n/);
  expect(out.endsWith("\n")).toBe(true);
  expect(renderDiagnostics([], new Map())).toBe("");
});

test("summarize", () => {
  const warning: Diagnostic = { ...missingBrace, severity: "warning" };
  const note: Diagnostic = { ...missingBrace, severity: "note" };
  expect(summarize([missingBrace, missingBrace, warning])).toBe("2 errors, 1 warning");
  expect(summarize([missingBrace])).toBe("1 error");
  expect(summarize([warning, warning, note])).toBe("2 warnings");
  expect(summarize([])).toBe("no errors or warnings");
});

test("a range over a whole file of 100,000 lines is framed by its first lines", () => {
  const text = "garbage line\n".repeat(100_000);
  const whole: Diagnostic = {
    ...missingBrace,
    range: {
      file: "s.ccd",
      start: { line: 1, column: 1, offset: 0 },
      end: { line: 100_001, column: 1, offset: text.length },
    },
  };
  const frame = renderDiagnostic(whole, text).split("\n");
  const numbered = frame.filter((l) => /^[> ] +\d+ \|/.test(l));
  // Twelve lines of the range, marked, and one line of context after them.
  expect(numbered.filter((l) => l.startsWith(">"))).toHaveLength(12);
  expect(numbered.at(-2)).toBe("> 12 | garbage line");
  expect(numbered.at(-1)).toBe("  13 | garbage line");
  expect(frame.length).toBeLessThan(40);
});

test("a frame deep in a long file shows the lines there, numbered as in the file", () => {
  const text = Array.from({ length: 5000 }, (_, i) => `line ${i + 1}`).join("\n");
  const deep: Diagnostic = { ...missingBrace, range: at("s.ccd", 4000, 6, 10) };
  expect(renderDiagnostic(deep, text).split("\n").slice(2, 6)).toEqual([
    "  3999 | line 3999",
    "> 4000 | line 4000",
    "       |      ^^^^",
    "  4001 | line 4001",
  ]);
});
