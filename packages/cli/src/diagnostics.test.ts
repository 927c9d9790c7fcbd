import type { Diagnostic } from "@ccdc/dsl";
import type { SpecRange } from "@ccdc/plan";
import { describe, expect, test } from "vitest";
import {
  MAX_PRINTED,
  notShown,
  rangeForPointer,
  renderIssue,
  renderIssues,
  renderSpecDiagnostics,
} from "./diagnostics.js";
import { ansiStyle, stripAnsi } from "./style.js";

const spec = 'study toy {}\nsource d "d.csv" {\n  variable a\n  variable gdp "gdp"\n}\n';
/** The offset of a 1-based line and column of `spec` (as the compiler records it). */
const at = (line: number, column: number): number =>
  spec
    .split("\n")
    .slice(0, line - 1)
    .join("\n").length +
  (line > 1 ? 1 : 0) +
  column -
  1;
const r = (line: number, column: number, endLine: number, endColumn: number): SpecRange => ({
  file: "specs/toy.ccd",
  line,
  column,
  endLine,
  endColumn,
  offset: at(line, column),
  endOffset: at(endLine, endColumn),
});
const map = {
  "/sources/0": r(2, 1, 5, 2),
  "/sources/0/variables/1": r(4, 3, 4, 18),
  "": r(1, 1, 1, 6),
};

describe("pointer → spec range", () => {
  test("exact key", () => {
    expect(rangeForPointer("/sources/0/variables/1", map)).toEqual(map["/sources/0/variables/1"]);
  });
  test("walks up to the nearest mapped ancestor", () => {
    expect(rangeForPointer("/sources/0/variables/0/key", map)).toEqual(map["/sources/0"]);
    expect(rangeForPointer("/nodes/3", map)).toEqual(map[""]);
    expect(rangeForPointer("/nodes/3", {})).toBeUndefined();
  });
});

describe("rendering an engine issue", () => {
  const ctx = {
    sourceMap: map,
    specText: (f: string) => (f === "specs/toy.ccd" ? spec : undefined),
    specPath: (f: string) => f,
    dataPath: (f: string) => `data/${f}`,
  };
  const issue = {
    severity: "error",
    code: "D0101",
    message: "missing value for gdp (Hebei, 2015)",
    pointer: "/sources/0/variables/1/key",
    file: "d.csv",
    row: 17,
    column: "value",
    hint: "declare a missing rule",
  };

  test("like the compiler's diagnostics: header, location, code frame, data note, help", () => {
    const lines = renderIssue(issue, ctx).split("\n");
    expect(lines[0]).toBe("error[D0101]: missing value for gdp (Hebei, 2015)");
    // the pointer has no entry of its own: its parent /sources/0/variables/1 is line 4, column 3
    expect(lines[1]).toBe(" --> specs/toy.ccd:4:3");
    const marked = lines.findIndex((l) => l.startsWith(">"));
    expect(lines[marked]).toMatch(/^> 4 \|\s+variable gdp "gdp"$/);
    // columns 3..17 underlined: 15 carets under `variable gdp "g`…
    expect(lines[marked + 1]).toMatch(/^\s+\|\s+\^{15}$/);
    expect(lines).toContain('note: in the data: data/d.csv, row 17, column "value"');
    expect(lines).toContain("help: declare a missing rule");
  });

  test("a range over several lines is underlined on its first line only", () => {
    const lines = renderIssue(
      { severity: "error", code: "D0101", message: "cannot read d.csv", pointer: "/sources/0" },
      ctx,
    ).split("\n");
    expect(lines[1]).toBe(" --> specs/toy.ccd:2:1");
    expect(lines.filter((l) => l.startsWith(">"))).toEqual(['> 2 | source d "d.csv" {']);
    expect(lines.filter((l) => l.includes("^"))).toHaveLength(1);
  });

  test("without a mapped pointer: the message and the data location only", () => {
    expect(
      renderIssue(
        { severity: "error", code: "D0200", message: "cannot read d.csv", file: "d.csv" },
        { ...ctx, sourceMap: {} },
      ),
    ).toBe("error[D0200]: cannot read d.csv\nnote: in the data: data/d.csv\n");
  });

  test("without the spec's text: the location but no code frame", () => {
    const text = renderIssue(
      { severity: "warning", code: "W1", message: "m", pointer: "/sources/0" },
      {
        ...ctx,
        specText: () => undefined,
      },
    );
    expect(text).toBe("warning[W1]: m\n --> specs/toy.ccd:2:1\n");
  });

  test("a multi-line message keeps its continuation lines under the header", () => {
    const text = renderIssue(
      { severity: "error", code: "D0201", message: "missing data:\n  gdp: 2013 for hebei" },
      ctx,
    );
    expect(text).toBe("error[D0201]: missing data:\n  gdp: 2013 for hebei\n");
  });

  test("several issues are separated by a blank line", () => {
    const one = { severity: "error", code: "D1", message: "a" };
    expect(renderIssues([one, one], ctx)).toBe("error[D1]: a\n\nerror[D1]: a\n");
  });

  test("colour only through the style", () => {
    const plain = renderIssue(issue, ctx);
    const colored = renderIssue(issue, { ...ctx, style: ansiStyle });
    expect(plain).not.toContain("\u001b[");
    expect(colored).toContain("\u001b[");
    expect(stripAnsi(colored)).toBe(plain);
  });
});

describe("one list format for the compiler's diagnostics and the engine's issues", () => {
  const ctx = {
    sourceMap: {},
    specText: (f: string) => (f === "specs/toy.ccd" ? spec : undefined),
    specPath: (f: string) => f,
    dataPath: (f: string) => f,
  };
  const spot = (line: number, column: number) => ({ line, column, offset: at(line, column) });
  const compiled = (line: number): Diagnostic => ({
    severity: "error",
    code: "E0001",
    message: "a",
    range: { file: "specs/toy.ccd", start: spot(line, 1), end: spot(line, 2) },
  });
  const issue = (line: number) => ({
    severity: "error",
    code: "E0001",
    message: "a",
    pointer: `/p/${line}`,
  });
  const ctxOf = (lines: number[]) => ({
    ...ctx,
    sourceMap: Object.fromEntries(lines.map((l) => [`/p/${l}`, r(l, 1, l, 2)])),
  });

  test("the same diagnostic prints the same from either side", () => {
    const sources = new Map([["specs/toy.ccd", spec]]);
    expect(renderSpecDiagnostics([compiled(4), compiled(2)], sources, false)).toBe(
      renderIssues([issue(2), issue(4)], ctxOf([2, 4])),
    );
  });

  test(`at most ${MAX_PRINTED} are printed, then how many more there are`, () => {
    const many = Array.from({ length: MAX_PRINTED + 2 }, () => compiled(1));
    const text = renderSpecDiagnostics(many, new Map(), false);
    expect(text.match(/^error\[E0001\]/gm)).toHaveLength(MAX_PRINTED);
    expect(text.endsWith(`\n\n${notShown(2)}\n`)).toBe(true);
    const issues = Array.from({ length: MAX_PRINTED + 2 }, () => issue(1));
    expect(renderIssues(issues, { ...ctx, sourceMap: {} }).endsWith(`\n\n${notShown(2)}\n`)).toBe(
      true,
    );
  });

  test("a diagnostic saying ccdc stopped reading (E0010) is printed after the count, never counted", () => {
    const stop: Diagnostic = { ...compiled(5), code: "E0010", message: "stopped" };
    // Sorted by position the stop comes last, past the limit: it is printed all the same.
    const many = [...Array.from({ length: MAX_PRINTED + 3 }, () => compiled(1)), stop];
    const text = renderSpecDiagnostics(many, new Map(), false);
    expect(text.match(/^error\[E0001\]/gm)).toHaveLength(MAX_PRINTED);
    expect(text).toContain(`\n\n${notShown(3)}\n\nerror[E0010]: stopped\n`);
    // Fewer than the limit: in order, nothing counted.
    const few = renderSpecDiagnostics([compiled(1), stop], new Map(), false);
    expect(few.match(/^error\[E00(01|10)\]/gm)).toEqual(["error[E0001]", "error[E0010]"]);
    expect(few).not.toContain("not shown");
    const issues = [
      ...Array.from({ length: MAX_PRINTED + 1 }, () => issue(1)),
      { ...issue(1), code: "E0010" },
    ];
    expect(
      renderIssues(issues, { ...ctx, sourceMap: {} }).endsWith(
        `\n\n${notShown(1)}\n\nerror[E0010]: a\n`,
      ),
    ).toBe(true);
  });
});
