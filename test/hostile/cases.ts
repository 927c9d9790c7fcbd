/**
 * The hostile-input corpus: each case is a small study folder built from the starter study
 * (`ccdc init`) by a committed transformation — a spec, a plan, CSV or XLSX bytes, a folder
 * that is not ours — with the command to run and its expected outcome. Nothing here is a
 * stored binary; `hostile.test.ts` builds every case in a temporary folder, runs it and checks
 * the outcome, that nothing exits 3 or prints a stack trace, and that no file that was there
 * before is deleted or changed.
 *
 * Add a case for every hostile input found: the inputs are generated, so a case is a few lines.
 */

/** A study folder: file name → content (text or bytes). Sub-folders by "/" in the name. */
export type Files = Record<string, string | Uint8Array>;

export interface HostileCase {
  /** What the input is and what it must not do. */
  readonly name: string;
  /** Builds the folder from the starter study's files. */
  readonly build: (starter: { spec: string; csv: string }) => Files | Promise<Files>;
  /** The ccdc arguments, run in the folder. */
  readonly args: readonly string[];
  readonly expect: {
    readonly exit: 0 | 1 | 2;
    /** Codes that must appear on stderr (`error[D0110]`, `warning[W0102]`). */
    readonly codes?: readonly string[];
    /** Text stderr must contain. */
    readonly stderr?: RegExp;
    /** Files the run may create (relative paths or folder prefixes ending in "/"). */
    readonly creates?: readonly string[];
  };
}

const ESC = "\u001b";
const spec = (s: { spec: string }, ...edits: [string | RegExp, string][]) => {
  let out = s.spec;
  for (const [from, to] of edits) {
    const next = out.replace(from, to);
    if (next === out) throw new Error(`hostile case: ${String(from)} not found in the starter`);
    out = next;
  }
  return out;
};
const lines = (csv: string) => csv.trimEnd().split("\n");
/** The starter's long data as a wide table (one column per variable). */
function wide(csv: string, extraColumn?: string): string {
  const rows = lines(csv)
    .slice(1)
    .map((l) => l.split(","));
  const vars = [...new Set(rows.map((r) => r[2]!))];
  const byKey = new Map<string, Record<string, string>>();
  for (const [region, year, v, value] of rows) {
    const k = `${region},${year}`;
    byKey.set(k, { ...(byKey.get(k) ?? {}), [v!]: value! });
  }
  const header = ["region", "year", ...vars, ...(extraColumn ? [extraColumn] : [])];
  const body = [...byKey].map(([k, vs]) =>
    [k, ...vars.map((v) => vs[v]), ...(extraColumn ? ["999"] : [])].join(","),
  );
  return `${[header.join(","), ...body].join("\n")}\n`;
}
const wideSpec = (s: { spec: string }) =>
  spec(s, [/layout long \{[^}]*\}/, 'layout wide { region "region" year "year" }']);

const xlsxSpec = (s: { spec: string }) =>
  spec(s, ['source data "data.csv"', 'source data "data.xlsx"'], [/format csv/, "format xlsx"]);
/** The starter's data as a workbook of one sheet (numbers as numbers). */
async function xlsxOf(csv: string): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date(Date.UTC(2020, 0, 1));
  const ws = wb.addWorksheet("data");
  for (const line of lines(csv))
    ws.addRow(line.split(",").map((c) => (c !== "" && Number.isFinite(Number(c)) ? Number(c) : c)));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export const CASES: readonly HostileCase[] = [
  // ------------------------------------------------------------------ names are data
  {
    name: "regions and a system named __proto__, constructor and toString run like any other",
    build: (s) => ({
      "study.ccd": spec(
        s,
        [/region north "North"/, 'region __proto__ "North"'],
        [/region coast "Coast"/, 'region constructor "Coast"'],
        [/system digital /, "system toString "],
        [/systems digital, economy/, "systems toString, economy"],
        [/on digital, economy/, "on toString, economy"],
      ),
      "data.csv": s.csv,
    }),
    args: ["run", "study.ccd", "--format", "csv"],
    expect: { exit: 0 },
  },
  // ------------------------------------------------------------------ the data read exactly
  {
    name: "a wide CSV with two columns of one variable's name is an error naming both",
    build: (s) => ({ "study.ccd": wideSpec(s), "data.csv": wide(s.csv, "gdp") }),
    args: ["run", "study.ccd"],
    expect: { exit: 1, codes: ["D0109"], stderr: /two columns named "gdp"/ },
  },
  {
    name: "an unquoted 2,155 in a middle row names the row and column",
    build: (s) => ({
      "study.ccd": s.spec,
      "data.csv": s.csv.replace("North,2020,population,2155", "North,2020,population,2,155"),
    }),
    args: ["run", "study.ccd"],
    expect: { exit: 1, codes: ["D0107"], stderr: /row 3: 5 fields/ },
  },
  {
    name: "an unclosed quote names the row where it opens",
    build: (s) => ({
      "study.ccd": s.spec,
      "data.csv": s.csv.replace("North,2020,population,2155", 'North,2020,population,"2155'),
    }),
    args: ["run", "study.ccd"],
    expect: { exit: 1, codes: ["D0107"], stderr: /row 3, column D/ },
  },
  {
    name: "GBK data is named, with a hint, not reported as missing data",
    build: (s) => ({
      "study.ccd": s.spec,
      // 北京 in GBK (GB2312 code table): B1 B1 BE A9.
      "data.csv": Buffer.concat([
        Buffer.from(s.csv),
        Buffer.from([0xb1, 0xb1, 0xbe, 0xa9]),
        Buffer.from(",2020,gdp,1\n"),
      ]),
    }),
    args: ["run", "study.ccd"],
    expect: { exit: 1, codes: ["D0110"], stderr: /GBK\/GB18030/ },
  },
  {
    name: "UTF-16 data (as Excel's 'Unicode text' saves it) is named",
    build: (s) => ({
      "study.ccd": s.spec,
      "data.csv": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s.csv, "utf16le")]),
    }),
    args: ["run", "study.ccd"],
    expect: { exit: 1, codes: ["D0110"], stderr: /UTF-16LE/ },
  },
  {
    name: "an endless source (/dev/zero) stops at once",
    build: (s) => ({ "study.ccd": spec(s, ['source data "data.csv"', 'source data "/dev/zero"']) }),
    args: ["run", "study.ccd"],
    expect: { exit: 1, codes: ["D0110"] },
  },
  {
    name: "a region key differing only in case gets a did-you-mean",
    build: (s) => ({ "study.ccd": s.spec, "data.csv": s.csv.replaceAll("North,", "NORTH,") }),
    args: ["run", "study.ccd"],
    // North has no row with its exact key: one error at the region (D0114), not missing cells.
    expect: { exit: 1, codes: ["W0102", "D0114", "W0103"], stderr: /did you mean "North"\?/ },
  },
  {
    name: "a negative weight of a weighted mean is refused",
    build: (s) => ({
      "study.ccd": spec(
        s,
        [/units regions/, 'cluster all "All" { north, coast, hills }\nunits clusters'],
        [
          'variable gdp "gdp" unit "100m yuan" aggregate sum',
          'variable gdp "gdp" unit "100m yuan" aggregate mean weighted by population',
        ],
        [/analysis spatial[\s\S]*$/, ""],
      ),
      "data.csv": s.csv.replace("North,2020,population,2155", "North,2020,population,-2155"),
    }),
    args: ["run", "study.ccd"],
    expect: { exit: 1, codes: ["D0306"] },
  },
  {
    name: "an .xlsx that is not a workbook is one message in ccdc's words",
    build: (s) => ({
      "study.ccd": spec(
        s,
        ['source data "data.csv"', 'source data "data.xlsx"'],
        [/format csv/, "format xlsx"],
      ),
      "data.xlsx": s.csv,
    }),
    args: ["run", "study.ccd"],
    expect: { exit: 1, codes: ["D0101"], stderr: /not a zip archive/ },
  },
  {
    name: "the starter's data as a whole .xlsx is streamed and runs (the control case)",
    build: async (s) => ({ "study.ccd": xlsxSpec(s), "data.xlsx": await xlsxOf(s.csv) }),
    args: ["run", "study.ccd"],
    expect: { exit: 0 },
  },
  {
    name: "an .xlsx cut short is refused before it is streamed (no wait for the missing end)",
    build: async (s) => {
      const book = await xlsxOf(s.csv);
      return { "study.ccd": xlsxSpec(s), "data.xlsx": book.subarray(0, book.length >> 1) };
    },
    args: ["run", "study.ccd"],
    expect: { exit: 1, codes: ["D0101"], stderr: /not a zip archive/ },
  },
  {
    name: "an .xlsx whose sheet data is damaged is one message, not a hang",
    build: async (s) => {
      const book = Buffer.from(await xlsxOf(s.csv));
      // Zero 200 bytes of the first sheet's compressed data (after its local header).
      const at = book.indexOf("xl/worksheets/sheet1.xml") + 60;
      book.fill(0, at, at + 200);
      return { "study.ccd": xlsxSpec(s), "data.xlsx": book };
    },
    args: ["run", "study.ccd"],
    expect: { exit: 1, stderr: /\[D01(01|13)\]/ },
  },
  // ------------------------------------------------------------------ bounded work
  {
    name: "a period of a billion years is refused before it is expanded",
    build: (s) => ({
      "study.ccd": spec(s, ["period 2019 to 2022", "period 2019 to 1000000000"]),
      "data.csv": s.csv,
    }),
    args: ["check", "study.ccd"],
    expect: { exit: 1, codes: ["E0208"] },
  },
  {
    name: "an expression of 20,000 terms is refused, not a stack overflow",
    build: (s) => ({
      "study.ccd": spec(s, [
        "value gdp / population",
        `value ${Array(20_000).fill("gdp").join(" + ")} / population`,
      ]),
      "data.csv": s.csv,
    }),
    args: ["check", "study.ccd"],
    expect: { exit: 1, codes: ["E0009"] },
  },
  {
    name: "thousands of errors print 50 and a count",
    build: () => ({ "study.ccd": "units nowhere\n".repeat(2000) }),
    args: ["check", "study.ccd"],
    expect: { exit: 1, stderr: /… and \d+ more diagnostics, not shown/ },
  },
  {
    // 70 s before: chevrotain's recovery rescanned the rest of the file after every error.
    name: "100,000 lines of garbage stop at 200 syntax errors (E0010), read in linear time",
    build: () => ({ "study.ccd": "}} @ # $ garbage 12 ;\n".repeat(100_000) }),
    args: ["check", "study.ccd"],
    // 200 errors and E0010 where reading stopped: 50 printed, 150 counted, then E0010.
    expect: { exit: 1, codes: ["E0001", "E0010"], stderr: /… and 150 more diagnostics, not shown/ },
  },
  {
    // Minutes before, or a stack overflow: each error in a row nested recovery one call deeper.
    name: "4 Mi characters of lines with a `}` too many stop at E0010, no stack overflow",
    build: () => ({
      "study.ccd": 'index x "X" { system a "A" { indicator b "B" { } } } }\n'
        .repeat(80_000)
        .slice(0, 4 * 1024 * 1024 - 100),
    }),
    args: ["check", "study.ccd"],
    expect: { exit: 1, codes: ["E0003", "E0010"], stderr: /… and 150 more diagnostics, not shown/ },
  },
  {
    name: "an endless spec (/dev/zero) is refused, not read forever",
    build: () => ({}),
    args: ["check", "/dev/zero"],
    expect: {
      exit: 1,
      stderr: /cannot read \/dev\/zero: it is (larger than 64 MiB|not UTF-8 text)/,
    },
  },
  {
    name: "a binary spec is one line",
    build: () => ({
      "study.ccd": Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0x1b, 0x5b, 0x32, 0x4a]),
    }),
    args: ["check", "study.ccd"],
    expect: { exit: 1, stderr: /not UTF-8 text/ },
  },
  // ------------------------------------------------------------------ the plan checked like the spec
  {
    name: 'a plan edited to "shift": 1e400 is P0013, not an internal error',
    build: async (s) => ({ "study.ccd": s.spec, "data.csv": s.csv, "plan.json": "__PLAN__:shift" }),
    args: ["run", "plan.json"],
    // The schema (P0002: shift has a maximum) or the finiteness check (P0013) refuses it.
    expect: { exit: 1, stderr: /\[P00(02|13)\]/ },
  },
  {
    name: "a plan whose years do not span its period is P0010",
    build: async (s) => ({
      "study.ccd": s.spec,
      "data.csv": s.csv,
      "plan.json": "__PLAN__:period",
    }),
    args: ["run", "plan.json"],
    expect: { exit: 1, codes: ["P0010"] },
  },
  {
    name: "a plan with an expression nested 100,000 deep is P0017, not a stack overflow",
    build: async (s) => ({ "study.ccd": s.spec, "data.csv": s.csv, "plan.json": "__PLAN__:deep" }),
    args: ["run", "plan.json"],
    expect: { exit: 1, codes: ["P0017"] },
  },
  {
    name: "a plan whose source map names /dev/zero (with a hash) runs without reading it",
    build: async (s) => ({
      "study.ccd": s.spec,
      "data.csv": s.csv,
      "plan.json": "__PLAN__:srcmap",
    }),
    args: ["run", "plan.json"],
    expect: { exit: 0 },
  },
  // ------------------------------------------------------------------ terminal safety
  {
    name: "an escape sequence in a CSV header is shown, not sent",
    build: (s) => ({
      "study.ccd": s.spec,
      "data.csv": s.csv.replace(/^region/, `${ESC}[2Jregion`),
    }),
    args: ["run", "study.ccd"],
    expect: { exit: 1, codes: ["D0102"], stderr: /\\x1b\[2Jregion/ },
  },
  {
    name: "an escape sequence in the title is shown in the report",
    build: (s) => ({
      "study.ccd": spec(s, [/title "/, `title "${ESC}]0;owned${ESC}\\\\`]),
      "data.csv": s.csv,
    }),
    args: ["run", "study.ccd", "--format", "md"],
    expect: { exit: 0 },
  },
  // ------------------------------------------------------------------ output safety
  {
    name: "--out onto a web folder with its own manifest.json is refused, untouched",
    build: (s) => ({
      "study.ccd": s.spec,
      "data.csv": s.csv,
      "site/manifest.json": '{"name":"my app"}',
      "site/index.html": "<h1>mine</h1>",
    }),
    args: ["run", "study.ccd", "--out", "site"],
    expect: { exit: 1, stderr: /refusing to replace it/ },
  },
  {
    name: "--out . (the spec's own folder) is refused",
    build: (s) => ({ "study.ccd": s.spec, "data.csv": s.csv }),
    args: ["run", "study.ccd", "--out", "."],
    expect: { exit: 1, stderr: /refusing to replace it/ },
  },
  {
    name: "--out into a new folder writes it, with a manifest listing it",
    build: (s) => ({ "study.ccd": s.spec, "data.csv": s.csv }),
    args: ["run", "study.ccd", "--out", "out"],
    expect: { exit: 0, creates: ["out/"] },
  },
  {
    name: "compile -o onto the spec is refused",
    build: (s) => ({ "study.ccd": s.spec, "data.csv": s.csv }),
    args: ["compile", "study.ccd", "-o", "study.ccd"],
    expect: { exit: 1, stderr: /it is the spec being compiled/ },
  },
  {
    name: "compile -o onto the data is refused",
    build: (s) => ({ "study.ccd": s.spec, "data.csv": s.csv }),
    args: ["compile", "study.ccd", "-o", "data.csv"],
    expect: { exit: 1, stderr: /it is the data file/ },
  },
  {
    name: "compile -o onto a device is refused",
    build: (s) => ({ "study.ccd": s.spec, "data.csv": s.csv }),
    args: ["compile", "study.ccd", "-o", "/dev/null"],
    expect: { exit: 1, stderr: /not a regular file/ },
  },
];
