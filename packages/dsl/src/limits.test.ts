/** Declared limits of the compiler, each with its own diagnostic, and no stack overflow. */
import { describe, expect, test } from "vitest";
import { edit, MINI } from "./check/spec-fixture.js";
import { compileSpec } from "./compile.js";
import { MAX_PERIOD_YEARS } from "./messages.js";
import { MAX_EXPRESSION_OPERATORS, MAX_SPEC_CHARS, MAX_SYNTAX_ERRORS, parseSpec } from "./parse.js";

const codes = (text: string) => compileSpec(text, "s.ccd").diagnostics.map((d) => d.code);

describe("limits", () => {
  test("E0009: an expression with thousands of terms is refused, not a crash", () => {
    const terms = Array.from({ length: 20_000 }, () => "gdp").join(" + ");
    expect(codes(edit(MINI, ["value gdp / pop", `value ${terms} / pop`]))).toEqual(["E0009"]);
    const ok = Array.from({ length: MAX_EXPRESSION_OPERATORS }, () => "gdp").join(" + ");
    expect(codes(edit(MINI, ["value gdp / pop", `value (${ok}) / pop`]))).not.toContain("E0009");
  });

  test("E0008: a spec larger than the limit is one diagnostic", () => {
    expect(codes(`${MINI}\n${"# x\n".repeat(MAX_SPEC_CHARS / 4)}`)).toEqual(["E0008"]);
  });

  test("E0208: a period of a billion years is refused before its years are expanded", () => {
    expect(codes(edit(MINI, ["period 2020 to 2022", "period 2019 to 1000000000"]))).toEqual([
      "E0208",
    ]);
    const last = 2020 + MAX_PERIOD_YEARS - 1;
    expect(codes(edit(MINI, ["period 2020 to 2022", `period 2020 to ${last}`]))).not.toContain(
      "E0208",
    );
  });
});

describe("a file of garbage", () => {
  // Each line leaves a `}` too many: one syntax error per line, and recovery resumes at the
  // next line. Before the limit, a few thousand such errors in a row overflowed the stack in
  // chevrotain's recovery, and each error rescanned the rest of the file.
  const lines = (n: number) => 'index x "X" { system a "A" { indicator b "B" { } } } }\n'.repeat(n);

  test("E0010: past MAX_SYNTAX_ERRORS parse errors, reading stops there", () => {
    const ds = parseSpec(lines(5_000), "g.ccd").diagnostics;
    expect(ds.filter((d) => d.code === "E0003")).toHaveLength(MAX_SYNTAX_ERRORS);
    const stop = ds.filter((d) => d.code === "E0010");
    expect(stop).toHaveLength(1);
    expect(stop[0]!.message).toMatch(/^more than 200 syntax errors: ccdc stopped reading/);
    const lastShown = ds.filter((d) => d.code === "E0003").at(-1)!;
    expect(stop[0]!.range.start.offset).toBeGreaterThan(lastShown.range.start.offset);
    expect(ds.map((d) => d.code)).not.toContain("E0099");
  });

  test("E0010: past MAX_SYNTAX_ERRORS lexing errors, the rest is counted, not parsed", () => {
    const ds = parseSpec("@ $ ?\n".repeat(10_000), "g.ccd").diagnostics;
    expect(ds).toHaveLength(MAX_SYNTAX_ERRORS + 1);
    expect(ds.at(-1)!.code).toBe("E0010");
    expect(ds.at(-1)!.message).toContain("(29,800 more unreadable passages after it)");
  });

  test("fewer errors than the limit are all reported, with no E0010", () => {
    const ds = parseSpec(lines(MAX_SYNTAX_ERRORS - 1), "g.ccd").diagnostics;
    expect(ds.filter((d) => d.code === "E0003")).toHaveLength(MAX_SYNTAX_ERRORS - 1);
    expect(ds.map((d) => d.code)).not.toContain("E0010");
  });

  test("the whole compiler gives the same bounded answer (no internal error)", () => {
    const codes = new Set(compileSpec(lines(5_000), "g.ccd").diagnostics.map((d) => d.code));
    expect([...codes].sort()).toEqual(["E0003", "E0010"]);
  });
});
