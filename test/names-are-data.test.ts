/**
 * Names are data, not object keys: a study whose regions, clusters, variables, nodes,
 * indicators, scale, analyses or label languages are called `__proto__`, `constructor`,
 * `toString`, `valueOf` or `hasOwnProperty` (all legal names) gives exactly the outputs of the
 * same study with those names replaced by ordinary ones — the plan, and every format of the run.
 *
 * Property: for a random assignment of the hostile names to some of the study's names, render
 * the study twice, once with the hostile names and once with each replaced by a "safe twin" of
 * the same length that differs only in its last character (so widths and sort orders agree);
 * then the hostile outputs, with each hostile name textually replaced by its twin, equal the
 * safe outputs byte for byte.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runMain } from "@ccdc/cli";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

/** Hostile name → its safe twin (same length, same sort position among the study's names). */
const TWINS: Readonly<Record<string, string>> = Object.assign(Object.create(null), {
  // A computed key: the literal `__proto__: …` would set the prototype instead.
  ["__proto__"]: "__protoX_",
  constructor: "constructoR",
  toString: "toStrinG",
  valueOf: "valueOF",
  hasOwnProperty: "hasOwnPropertY",
});
const HOSTILE = Object.keys(TWINS);

/** The placeholders of the template, each with its ordinary name. */
const SLOTS = {
  STUDY: "mini",
  R1: "ra",
  R2: "rb",
  R3: "rc",
  CL1: "north",
  CL2: "south",
  V1: "gdp",
  V2: "pop",
  V3: "area",
  ROOT: "total",
  SYS1: "econ",
  SYS2: "land",
  IND1: "gdp_pc",
  IND2: "density",
  IND3: "gdp_area",
  SCALE: "s4",
  AN1: "inner",
  AN2: "across",
  LANG: "zh",
} as const;
type Slot = keyof typeof SLOTS;

// Regions have no label, so their data key is their name; variables' keys are their names.
const TEMPLATE = `study STUDY {
  title "Names"
  period 2020 to 2023
}

source data "data.csv" {
  layout long { region "region" year "year" variable "variable" value "value" }
  variable V1 unit "yuan" aggregate sum missing interpolate
  variable V2 unit "people" aggregate sum
  variable V3 unit "km2" aggregate mean weighted by V2
}

region R1
region R2
region R3
cluster CL1 "North" LANG "北" { R1, R2 }
cluster CL2 "South" LANG "南" { R3 }
units clusters

index ROOT "Total" LANG "总" {
  compose staged
  weights fixed { SYS1 0.625, SYS2 0.375 }
  system SYS1 "Economy" {
    weights fixed { IND1 0.75, IND3 0.25 }
    indicator IND1 "GDP per capita" { direction benefit value V1 / V2 }
    indicator IND3 "GDP per area" { direction benefit value V1 / V3 }
  }
  system SYS2 "Land" {
    indicator IND2 "Density" { direction cost value V2 / V3 }
  }
}

scale SCALE "Four levels" LANG "四级" {
  level 1 [0.0, 0.25) "low" LANG "低"
  level 2 [0.25, 0.5) "fair" LANG "中"
  level 3 [0.5, 0.75) "good" LANG "良"
  level 4 [0.75, 1.0] "high" LANG "高"
}

analysis AN1 "Inner" {
  within each unit
  systems SYS1, SYS2
  scale SCALE
}

analysis AN2 "Across" {
  between pairs
  on ROOT, SYS1
  scale SCALE
}
`;

/** The spec and its data with each slot named as `names` says. */
function study(names: Readonly<Record<Slot, string>>): { spec: string; csv: string } {
  const spec = TEMPLATE.replace(
    /\b(STUDY|R[123]|CL[12]|V[123]|ROOT|SYS[12]|IND[123]|SCALE|AN[12]|LANG)\b/g,
    (s) => names[s as Slot],
  );
  const rows = ["region,year,variable,value"];
  let v = 7;
  for (const r of [names.R1, names.R2, names.R3])
    for (const y of [2020, 2021, 2022, 2023])
      for (const k of [names.V1, names.V2, names.V3]) {
        v = (v * 31 + 17) % 997;
        // One gap, filled by interpolation (so the filled-cells table has a row).
        if (!(r === names.R2 && y === 2021 && k === names.V1)) rows.push(`${r},${y},${k},${v + 1}`);
      }
  return { spec, csv: `${rows.join("\n")}\n` };
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "ccdc-names-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let counter = 0;
/** stdout of compile and of run in every format, for one naming of the study. */
async function outputs(names: Readonly<Record<Slot, string>>): Promise<string[]> {
  const dir = join(tmp, String(counter++));
  const { spec, csv } = study(names);
  mkdirSync(dir);
  writeFileSync(join(dir, "study.ccd"), spec);
  writeFileSync(join(dir, "data.csv"), csv);
  const out: string[] = [];
  const compiled = await runMain(["compile", "study.ccd"], { cwd: dir });
  expect(compiled.stderr).toBe("");
  expect(compiled.code).toBe(0);
  // The plan records the hash of the spec's text, which differs with the names.
  out.push(compiled.stdout.replace(/"sha256": "[0-9a-f]{64}"/g, '"sha256": "…"'));
  for (const format of ["table", "json", "csv", "md"]) {
    const r = await runMain(["run", "study.ccd", "--format", format], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    out.push(r.stdout, r.stderr);
  }
  return out;
}

const slots = Object.keys(SLOTS) as Slot[];

/** A random partial assignment of distinct hostile names to slots. */
const assignmentArb = fc
  .shuffledSubarray(slots, { minLength: 1, maxLength: HOSTILE.length })
  .chain((chosen) =>
    fc
      .shuffledSubarray(HOSTILE, { minLength: chosen.length, maxLength: chosen.length })
      .map((names) => chosen.map((slot, i) => [slot, names[i]!] as const)),
  );

describe("names are data", () => {
  test("a study with hostile names renders exactly as the same study renamed", async () => {
    await fc.assert(
      fc.asyncProperty(assignmentArb, async (assignment) => {
        const hostile: Record<Slot, string> = { ...SLOTS };
        const safe: Record<Slot, string> = { ...SLOTS };
        for (const [slot, name] of assignment) {
          hostile[slot] = name;
          safe[slot] = TWINS[name]!;
        }
        const [h, s] = [await outputs(hostile), await outputs(safe)];
        const renamed = h.map((text) =>
          text.replace(/__proto__|constructor|toString|valueOf|hasOwnProperty/g, (m) => TWINS[m]!),
        );
        expect(renamed).toEqual(s);
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  test("every hostile name at once, in the slots a plain object breaks most easily", async () => {
    const hostile: Record<Slot, string> = {
      ...SLOTS,
      CL1: "__proto__",
      SYS1: "constructor",
      IND1: "toString",
      V1: "valueOf",
      R3: "hasOwnProperty",
    };
    const safe: Record<Slot, string> = { ...hostile };
    for (const slot of slots) if (hostile[slot] in TWINS) safe[slot] = TWINS[hostile[slot]]!;
    const h = await outputs(hostile);
    const s = await outputs(safe);
    expect(h[3]).toContain('"__proto__"');
    expect(h.join("")).not.toContain("[object Object]");
    expect(
      h.map((t) =>
        t.replace(/__proto__|constructor|toString|valueOf|hasOwnProperty/g, (m) => TWINS[m]!),
      ),
    ).toEqual(s);
  }, 60_000);
});
