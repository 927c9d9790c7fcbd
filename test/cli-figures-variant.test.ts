/**
 * `ccdc figures SPEC --variant NAME` draws the figures of the variant's run, exactly as
 * `ccdc run SPEC --variant NAME --out DIR` writes them under DIR/figures/, with the same
 * errors (P0101 for a variant the spec does not declare, nothing written) and the run's
 * warnings on stderr (W0802 for a declared figure whose form the variant does not compute).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runMain } from "@ccdc/cli";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DATA = join(ROOT, "test", "fixtures", "lisa", "grid-data.csv");

/** Two systems over six regions; the base computes two forms, the variant one. */
const SPEC = `study figures_variant {
  title "Figures of a variant"
  period 2019 to 2021
}

source data ${JSON.stringify(DATA)} {
  format csv
  layout long {
    region "region"
    year "year"
    variable "variable"
    value "value"
  }
  variable x "x" unit "u" aggregate sum
  variable y "y" unit "u" aggregate sum
}

region c00 "C00"
region c01 "C01"
region c02 "C02"
region c10 "C10"
region c11 "C11"
region c12 "C12"

units regions

method {
  normalize minmax shift 0.0001 scope pooled
  weights entropy
  coupling standard, product_over_mean
}

index total "Total" {
  system sx "System X" {
    indicator ix "Indicator X" { direction benefit unit "u" value x }
  }
  system sy "System Y" {
    indicator iy "Indicator Y" { direction benefit unit "u" value y }
  }
}

analysis internal "Internal coupling" {
  within each unit
  systems sx, sy
  scale ccd10
}

figure f_default "D, first form" {
  show d of internal
}

figure f_written "D, standard form" {
  show d of internal standard
}

variant product_only "The product-over-mean form only" {
  coupling product_over_mean
}
`;

let tmp: string;
let spec: string;
const run = (args: string[]) => runMain(args, { cwd: tmp });
const files = (dir: string) => readdirSync(join(dir, "figures")).sort();

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "ccdc-figures-variant-"));
  spec = join(tmp, "study.ccd");
  writeFileSync(spec, SPEC);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("ccdc figures --variant", () => {
  test("draws the variant's figures, byte for byte those of ccdc run --variant --out", async () => {
    const figs = await run(["figures", spec, "--variant", "product_only", "--out", "figs"]);
    expect(figs.code, figs.stderr).toBe(0);
    const out = await run(["run", spec, "--variant", "product_only", "--out", "out"]);
    expect(out.code, out.stderr).toBe(0);
    const names = files(join(tmp, "figs"));
    expect(names).toEqual(files(join(tmp, "out")));
    for (const f of names) {
      expect(readFileSync(join(tmp, "figs", "figures", f), "utf8"), f).toBe(
        readFileSync(join(tmp, "out", "figures", f), "utf8"),
      );
    }
    // The variant computes product_over_mean only: no figure of the standard form, and the
    // declared figure that wrote no form follows the variant's form.
    expect(names.filter((f) => f.includes("standard"))).toEqual([]);
    expect(names).toContain("heatmap-internal-product_over_mean.svg");
    expect(names).toContain("f_default.svg");
    expect(names.some((f) => f.startsWith("f_written"))).toBe(false);
    // The figure the variant leaves out is said on stderr, at its spec line.
    expect(figs.stderr).toMatch(
      /warning\[W0802\]: figure "f_written" shows form standard of analysis "internal", which variant "product_only" does not compute/,
    );
    const line = SPEC.slice(0, SPEC.indexOf("figure f_written")).split("\n").length;
    expect(figs.stderr).toContain(`study.ccd:${line}:1`);
  });

  test("without --variant, the study as written: both forms", async () => {
    const r = await run(["figures", spec, "--out", "base"]);
    expect(r.code, r.stderr).toBe(0);
    const names = files(join(tmp, "base"));
    expect(names).toContain("heatmap-internal-standard.svg");
    expect(names).toContain("f_written.svg");
    expect(r.stderr).not.toMatch(/W0802/);
  });

  test("a variant the spec does not declare: P0101, nothing written", async () => {
    const r = await run(["figures", spec, "--variant", "nope", "--out", "none"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error\[P0101\]: no variant "nope" in this study/);
    expect(r.stderr).toMatch(/help: the study's variants: product_only/);
    expect(r.stderr).toMatch(/nothing was written/);
    expect(existsSync(join(tmp, "none"))).toBe(false);
  });
});
