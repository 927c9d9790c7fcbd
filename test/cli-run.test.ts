/**
 * `ccdc run`, in-process (main() with captured stdout/stderr): every format, the exit codes,
 * errors in the spec and in the data, colour. These tests import the built packages (run
 * `pnpm build` first; the root `pnpm test` does).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { main, memoryIO, runMain } from "@ccdc/cli";
import { checkResult, type Result } from "@ccdc/engine";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const ESC = String.fromCharCode(27);
const run = (args: string[], env: Record<string, string> = {}, tty = false) =>
  runMain(args, { cwd: ROOT, env, tty });

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "ccdc-run-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("ccdc run specs/northern.ccd", () => {
  test("table (the default): the indices, the coupling, the legend, growth, the run report", async () => {
    const r = await run(["run", "specs/northern.ccd"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    for (const heading of [
      "Development indices",
      "Digital infrastructure (infrastructure; system, flat)",
      "Digital economy comprehensive development (digital_economy; root, staged)",
      "Internal coupling coordination (internal), form product_over_mean",
      "Spatial coupling coordination between clusters (spatial), form standard",
      "Scale ccd10: Coupling coordination degree, ten levels",
      "Average annual growth",
      "Run report",
      "Weights",
      "Filled cells",
      "Warnings",
    ]) {
      expect(r.stdout).toContain(`\n${heading}\n`);
    }
    // The systems come before the root, as in the paper's Table 3.
    expect(r.stdout.indexOf("(infrastructure; system")).toBeLessThan(
      r.stdout.indexOf("(digital_economy; root"),
    );
    // D with its grade level, e.g. "0.369 (4)"; 0.3 ≤ D < 0.4 is level 4 of ccd10. D is graded
    // unrounded, so a printed D on a boundary (0.200) may be just below it (0.19996, level 2).
    const cells = [...r.stdout.matchAll(/(\d\.\d{3}) \((\d+)\)/g)];
    expect(cells.length).toBeGreaterThan(100);
    for (const [, d, level] of cells) {
      const tenths = Number(d) * 10;
      const upper = Math.min(10, Math.floor(tenths + 1e-9) + 1);
      const onBoundary = Math.abs(tenths - Math.round(tenths)) < 1e-9;
      expect(onBoundary ? [upper - 1, upper] : [upper], d).toContain(Number(level));
    }
    // Defaults are marked; the spec wrote the shift and the scope.
    expect(r.stdout).toContain("normalization       minmax, shift 0.0001, scope pooled\n");
    expect(r.stdout).toContain("constant indicator  zero (default)");
    expect(r.stdout).toMatch(
      /exchange_capacity\s+all 5 regions\s+2013-2015\s+splice\(mobile_penetration\)\s+15/,
    );
    expect(r.stdout).not.toContain(ESC);
  });

  test("--format json prints the results JSON and nothing else; it validates against the result schema", async () => {
    const r = await run(["run", "specs/northern.ccd", "--format", "json"]);
    expect(r.code).toBe(0);
    // The only diagnostics: Central Plains starts three indices at the shift (W0502). The
    // panel's rows for provinces the study does not declare are no warning (W0103 lists them
    // only when the study misses values).
    expect(r.stderr.match(/^\w+\[\w+\]/gm)).toEqual([
      "warning[W0502]",
      "warning[W0502]",
      "warning[W0502]",
    ]);
    const result = JSON.parse(r.stdout) as Result;
    expect(checkResult(result)).toEqual({ ok: true, errors: [] });
    expect(result.study.id).toBe("northern");
    // stableStringify: sorted keys, 2-space indent, one trailing newline.
    expect(r.stdout.startsWith('{\n  "coupling": [')).toBe(true);
    expect(r.stdout.endsWith("}\n")).toBe(true);
  });

  test("--format csv prints one tidy table with the documented columns", async () => {
    const json = JSON.parse(
      (await run(["run", "specs/northern.ccd", "--format", "json"])).stdout,
    ) as Result;
    const r = await run(["run", "specs/northern.ccd", "--format", "csv"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("table,node_or_analysis,form,unit_or_combination,year,value,level");
    // Counted from the JSON: nodes × units × years indices, a D per coupling row and year, a
    // growth rate per node and unit.
    const expected =
      json.nodes.length * json.units.length * json.years.length +
      json.coupling.reduce((n, row) => n + row.years.length, 0) +
      json.nodes.length * json.units.length;
    expect(lines.length - 1).toBe(expected);
    const d = json.coupling.find(
      (c) => c.analysis === "spatial" && c.form === "product_over_mean",
    )!;
    expect(lines).toContain(
      `coupling,spatial:${d.systems[0]},product_over_mean,${d.units.join("+")},2013,${d.D[0]},${d.level[0]}`,
    );
  });

  test("--format md prints Markdown with the same sections", async () => {
    const r = await run(["run", "specs/northern.ccd", "--format", "md"]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("# Coupling coordination of the digital economy")).toBe(true);
    expect(r.stdout).toContain("## Development indices\n");
    expect(r.stdout).toContain("### Digital infrastructure (infrastructure; system, flat)\n");
    expect(r.stdout).toMatch(/\n\| unit +\| +2013 \|/);
    expect(r.stdout).toContain("## Run report\n");
  });
});

describe("exit codes", () => {
  test("an unknown format is a usage error: exit 2, nothing on stdout", async () => {
    const r = await run(["run", "specs/northern.ccd", "--format", "xml"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Allowed choices are table, json, csv, md");
  });

  test("an unknown flag, a missing argument, an unknown command: exit 2", async () => {
    for (const args of [
      ["run", "specs/northern.ccd", "--frobnicate"],
      ["run"],
      ["frobnicate"],
      [],
    ]) {
      const r = await run(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout, args.join(" ")).toBe("");
    }
  });

  test("a broken spec: exit 1, the rendered diagnostics on stderr, nothing on stdout", async () => {
    const spec = join(tmp, "broken.ccd");
    writeFileSync(
      spec,
      'study broken {\n  title "Broken"\n  period 2013 to 2014\n}\nunits regionz\n',
    );
    for (const command of ["run", "check"]) {
      const r = await run([command, spec, "--format", "json"].slice(0, command === "run" ? 4 : 2));
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^error\[E\d{4}\]: /m);
      expect(r.stderr).toMatch(/^ --> .*broken\.ccd:5:7$/m);
      expect(r.stderr).toMatch(/^> 5 \| units regionz$/m);
      expect(r.stderr).toMatch(/broken\.ccd: \d+ errors?\n$/);
    }
  });

  test("a missing data file: exit 1, the engine's error mapped to the source in the spec", async () => {
    const dir = mkdtempSync(join(tmp, "nodata-"));
    await main(["init", dir], memoryIO({ cwd: ROOT }));
    rmSync(join(dir, "data.csv"));
    const r = await run(["run", join(dir, "study.ccd"), "--format", "json"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^error\[D0101\]: cannot read data\.csv/m);
    // The source declaration: `source data "data.csv" {` is line 13 of the starter spec.
    expect(r.stderr).toMatch(/^ --> .*study\.ccd:13:1$/m);
    expect(r.stderr).toMatch(/^note: in the data: .*data\.csv$/m);
    expect(r.stderr).toMatch(/^help: /m);
  });

  test("missing cells without a rule: exit 1, every cell listed", async () => {
    const dir = mkdtempSync(join(tmp, "gap-"));
    await main(["init", dir], memoryIO({ cwd: ROOT }));
    const data = join(dir, "data.csv");
    const { readFileSync } = await import("node:fs");
    const rows = readFileSync(data, "utf8").split("\n");
    writeFileSync(
      data,
      rows
        .filter((l) => !l.startsWith("Hills,2020,gdp,") && !l.startsWith("North,2019,gdp,"))
        .join("\n"),
    );
    const r = await run(["run", join(dir, "study.ccd")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^error\[D0201\]: missing data: 2 cells/m);
    expect(r.stderr).toMatch(/gdp: .*2019 for north/);
    expect(r.stderr).toMatch(/gdp: .*2020 for hills/);
  });

  test("a spec that does not exist: exit 1 with one line", async () => {
    const r = await run(["run", "specs/nope.ccd"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `error: cannot read specs/nope.ccd: no such file (looked for ${join(ROOT, "specs", "nope.ccd")})\n`,
    );
  });

  test("an internal failure: exit 3, one line, a stack only with CCDC_DEBUG=1", async () => {
    // A bug stands in as a stdout that throws.
    const broken = (env: Record<string, string>) => {
      const io = memoryIO({ cwd: ROOT, env });
      return {
        io: {
          ...io,
          stdout: () => {
            throw new Error("boom");
          },
        },
        err: io.err,
      };
    };
    const quiet = broken({});
    expect(await main(["run", "specs/northern.ccd"], quiet.io)).toBe(3);
    expect(quiet.err()).toBe("ccdc: internal error: boom (please report)\n");
    const debug = broken({ CCDC_DEBUG: "1" });
    expect(await main(["run", "specs/northern.ccd"], debug.io)).toBe(3);
    expect(debug.err()).toMatch(
      /^ccdc: internal error: boom \(please report\)\nError: boom\n\s+at /,
    );
  });
});

describe("colour", () => {
  test("only on a terminal, and never with NO_COLOR", async () => {
    const onTty = await run(["run", "specs/northern.ccd"], {}, true);
    expect(onTty.stdout).toContain(`${ESC}[1m`);
    const noColor = await run(["run", "specs/northern.ccd"], { NO_COLOR: "1" }, true);
    expect(noColor.stdout).not.toContain(ESC);
    const piped = await run(["run", "specs/northern.ccd"], {}, false);
    expect(piped.stdout).not.toContain(ESC);
    // Colour is the only difference.
    expect(onTty.stdout.replace(new RegExp(`${ESC}\\[[\\d;]*m`, "g"), "")).toBe(piped.stdout);
  });

  test("diagnostics on stderr follow the same rule; json is never coloured", async () => {
    const spec = join(tmp, "broken-colour.ccd");
    writeFileSync(spec, "units regionz\n");
    expect((await run(["check", spec], {}, true)).stderr).toContain(ESC);
    expect((await run(["check", spec], { NO_COLOR: "1" }, true)).stderr).not.toContain(ESC);
    expect(
      (await run(["run", "specs/northern.ccd", "--format", "json"], {}, true)).stdout,
    ).not.toContain(ESC);
  });
});
