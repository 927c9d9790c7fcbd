/**
 * The diagnostics catalog (Prisma's `error.rs` style): every checker and compiler message is a
 * named factory here, so wording stays consistent and every code is listed in one place.
 * Messages are terse and lower-case; hints say how to fix the problem. The parser's own codes
 * (E00xx) live in `syntax-messages.ts`.
 *
 * Code ranges: E01xx names, E02xx study and sources, E03xx regions/clusters/units,
 * E04xx hierarchy, E05xx expressions and units, E06xx method, E07xx scales, E08xx analyses,
 * W09xx warnings, E099x internal errors.
 */
import type { Ident, Num, RepeatedClause, Str } from "./ast.js";
import { type Diagnostic, errorDiagnostic, type Range, warningDiagnostic } from "./diagnostic.js";
import { didYouMean } from "./suggest.js";

const error = errorDiagnostic;
const warning = warningDiagnostic;

const tick = (s: string) => `\`${s}\``;
const list = (xs: readonly string[]) => xs.map(tick).join(", ");
/** "did you mean `x`?" if a choice is close, else "expected one of: …". */
function choiceHint(word: string, choices: readonly string[]): string {
  const dym = didYouMean(word, choices);
  const expected =
    choices.length === 1
      ? `expected ${tick(choices[0] ?? "")}`
      : `expected one of: ${list(choices)}`;
  return dym === undefined ? expected : `${dym} ${expected}`;
}
/** An unknown keyword-like value: `direction benfit`, `scope pooledd`, … */
function badChoice(
  code: string,
  what: string,
  word: Ident,
  choices: readonly string[],
): Diagnostic {
  return error(
    code,
    `unknown ${what} ${tick(word.name)}`,
    word.range,
    choiceHint(word.name, choices),
  );
}
const fmt = (x: number) => String(Number(x.toPrecision(12)));

// ------------------------------------------------------------------ E01xx names
export const duplicateName = (name: Ident, kind: string, first: Range, firstKind: string) =>
  error(
    "E0101",
    `${tick(name.name)} is declared twice`,
    name.range,
    `every name in a spec is unique across declarations of every kind; rename this ${kind}`,
    [{ message: `${tick(name.name)} first declared here as ${firstKind}`, range: first }],
  );

export function unknownName(
  name: Ident,
  expected: string,
  candidates: readonly string[],
): Diagnostic {
  const dym = didYouMean(name.name, candidates);
  let hint: string;
  if (dym !== undefined) hint = dym;
  else if (candidates.length === 0) hint = `no ${expected} is declared in this spec`;
  else if (candidates.length <= 8) hint = `the declared ${expected} names are ${list(candidates)}`;
  else
    hint = `${candidates.length} ${expected} names are declared; none is close to ${tick(name.name)}`;
  return error("E0102", `unknown ${expected} ${tick(name.name)}`, name.range, hint);
}

export const wrongKind = (name: Ident, actual: string, expected: string, declared: Range) =>
  error(
    "E0103",
    `${tick(name.name)} is ${actual}, but ${expected} is expected here`,
    name.range,
    undefined,
    [{ message: `${tick(name.name)} is declared here`, range: declared }],
  );

export const duplicateLabel = (lang: Ident | Str, langName: string, first: Range) =>
  error(
    "E0104",
    `the ${tick(langName)} label is given twice`,
    lang.range,
    "the first (unmarked) label is the `en` label; give each language once",
    [{ message: "first given here", range: first }],
  );

/** Clauses whose value is a list: a second one is not a continuation; the list is one clause. */
const LIST_CLAUSES: Readonly<Record<string, string>> = {
  coupling: "`coupling standard, product_over_mean`",
  systems: "`systems infrastructure, industrialization`",
  on: "`on infrastructure, digital_economy`",
  between: "`between pairs, all` or `between pairs, (a, b, c)`",
};
export function repeatedClause(r: RepeatedClause): Diagnostic {
  const inside = r.block === "normalize" ? "`normalize` clause" : r.block;
  const article = /^[aeiou]/.test(inside) ? "an" : "a";
  const example = LIST_CLAUSES[r.clause];
  return error(
    "E0105",
    `${tick(r.clause)} is given twice in this ${inside}`,
    r.range,
    example !== undefined
      ? `${article} ${inside} takes one ${tick(r.clause)} clause: list everything in it, separated by commas, e.g. ${example}`
      : `${article} ${inside} takes one ${tick(r.clause)}: keep the one you mean and remove the other`,
    [{ message: "first given here", range: r.first }],
  );
}

// ------------------------------------------------------------------ E02xx study and sources
export const noStudy = (range: Range) =>
  error(
    "E0201",
    "the spec has no `study` block",
    range,
    'start the spec with `study <name> { title "…" period 2013 to 2021 }`',
  );
export const secondStudy = (range: Range, first: Range) =>
  error("E0202", "a spec has exactly one `study` block", range, "merge the two study blocks", [
    { message: "the first study block is here", range: first },
  ]);
export const studyNoName = (range: Range) =>
  error(
    "E0203",
    "the study has no name",
    range,
    "write `study <name> { … }`, e.g. `study northern { … }`",
  );
export const studyNoTitle = (range: Range) =>
  error("E0204", "the study has no title", range, 'add `title "…"` inside the study block');
export const studyNoPeriod = (range: Range) =>
  error(
    "E0205",
    "the study has no period",
    range,
    "add `period <from> to <to>`, e.g. `period 2013 to 2021`",
  );
export const invertedPeriod = (range: Range, from: Num, to: Num) =>
  error(
    "E0206",
    `the period runs backwards: ${from.text} is after ${to.text}`,
    range,
    `write \`period ${to.text} to ${from.text}\``,
  );
/** The most years a period may span (the engine's limit too). */
export const MAX_PERIOD_YEARS = 500;
export const periodTooLong = (range: Range, years: number) =>
  error(
    "E0208",
    `the period spans ${years.toLocaleString("en")} years; at most ${MAX_PERIOD_YEARS} are allowed`,
    range,
    "a period is the study's first and last year, e.g. `period 2013 to 2021`",
  );
export const yearNotInteger = (year: Num) =>
  error("E0207", `a year is a whole number, not ${year.text}`, year.range);

export const sourceNoName = (range: Range) =>
  error("E0210", "the source has no name", range, 'write `source <name> "path/to/data.csv" { … }`');
export const sourceNoPath = (range: Range) =>
  error(
    "E0211",
    "the source has no path",
    range,
    'write the data file\'s path after the name: `source panel "data.csv" { … }`',
  );
export const unknownFormat = (format: Ident) =>
  badChoice("E0212", "format", format, ["csv", "xlsx"]);
export const cannotInferFormat = (path: Str) =>
  error(
    "E0213",
    `cannot tell the format of ${JSON.stringify(path.value)} from its extension`,
    path.range,
    "name the file `.csv` or `.xlsx`, or say `format csv` / `format xlsx`",
  );
export const sheetNotXlsx = (range: Range) =>
  error(
    "E0214",
    "`sheet` applies only to `xlsx` sources",
    range,
    "remove `sheet`, or use an `.xlsx` file",
  );
export const noLayout = (range: Range) =>
  error(
    "E0215",
    "the source has no layout",
    range,
    'add `layout long { region "…" year "…" variable "…" value "…" }` or `layout wide { region "…" year "…" }`',
  );
export const unknownLayout = (shape: Ident) =>
  badChoice("E0216", "layout", shape, ["long", "wide"]);
export const missingLayoutColumn = (range: Range, shape: string, role: string) =>
  error(
    "E0217",
    `a ${shape} layout needs a ${tick(role)} column`,
    range,
    `add \`${role} "<column name>"\` to the layout`,
  );
export const duplicateLayoutRole = (role: Ident, first: Range) =>
  error("E0218", `the ${tick(role.name)} column is given twice`, role.range, undefined, [
    { message: "first given here", range: first },
  ]);

export const variableNoUnit = (name: Ident) =>
  error(
    "E0220",
    `variable ${tick(name.name)} has no unit`,
    name.range,
    'say what it is measured in, e.g. `unit "万人"`; units make `+` and `-` of different quantities an error',
  );
export const variableNoAggregate = (name: Ident) =>
  error(
    "E0221",
    `variable ${tick(name.name)} does not say how to aggregate it`,
    name.range,
    "say `aggregate sum` for stocks and flows, `aggregate mean weighted by <var>` for rates, `aggregate none`",
  );
export const unknownAggregate = (method: Ident) =>
  badChoice("E0222", "aggregation", method, ["sum", "mean", "none"]);
export const meanNotWeighted = (range: Range) =>
  error(
    "E0223",
    "`aggregate mean` needs a weighting variable",
    range,
    "write `aggregate mean weighted by <variable>`, e.g. `weighted by population` for a per-capita rate",
  );
export const weightedNotMean = (range: Range, method: string) =>
  error(
    "E0224",
    `\`weighted by\` applies only to \`aggregate mean\`, not \`aggregate ${method}\``,
    range,
    "remove `weighted by …`, or write `aggregate mean weighted by …`",
  );
export const weightedBySelf = (by: Ident) =>
  error(
    "E0225",
    `variable ${tick(by.name)} cannot be weighted by itself`,
    by.range,
    "weight a rate by the quantity it is a rate of, e.g. `weighted by population`",
  );
export const duplicateVariableKey = (
  range: Range,
  key: string,
  variable: string,
  other: string,
  first: Range,
) =>
  error(
    "E0226",
    `variables ${tick(other)} and ${tick(variable)} read the same data key ${JSON.stringify(key)}`,
    range,
    'give each variable its own key (`variable name "key"`); by default the key is the name',
    [{ message: `${tick(other)}'s key comes from here`, range: first }],
  );

export const unknownMissingRule = (rule: Ident) =>
  badChoice("E0230", "missing-data rule", rule, ["error", "interpolate", "nearest", "splice"]);
export const spliceNoProxy = (range: Range) =>
  error(
    "E0231",
    "`missing splice` needs a proxy variable",
    range,
    "write `missing splice <variable>`: missing years follow that variable's growth",
  );
export const proxyNotSplice = (proxy: Ident, rule: string) =>
  error(
    "E0232",
    `\`missing ${rule}\` takes no proxy variable`,
    proxy.range,
    `remove ${tick(proxy.name)}, or write \`missing splice ${proxy.name}\``,
  );
export const spliceSelf = (proxy: Ident) =>
  error(
    "E0233",
    `variable ${tick(proxy.name)} cannot splice itself`,
    proxy.range,
    "splice onto another variable that has the missing years",
  );
export const spliceCycle = (proxy: Ident, cycle: readonly string[]) =>
  error(
    "E0234",
    `splice proxies form a cycle: ${cycle.map(tick).join(" → ")}`,
    proxy.range,
    "one variable in the cycle must be observed in the years the others miss; break the cycle",
  );
export const sourceWideSplice = (range: Range) =>
  error(
    "E0235",
    "a source-wide missing rule cannot be `splice`",
    range,
    "put `missing splice <proxy>` on the variables that need it",
  );

// ------------------------------------------------------------------ E03xx regions, clusters, units
export const clusterOverlap = (member: Ident, cluster: string, other: string, otherMember: Range) =>
  error(
    "E0301",
    `region ${tick(member.name)} is in two clusters: ${tick(other)} and ${tick(cluster)}`,
    member.range,
    "clusters must not overlap: a region belongs to at most one cluster",
    [{ message: `${tick(member.name)} is also in ${tick(other)} here`, range: otherMember }],
  );
export const emptyCluster = (name: Ident) =>
  error(
    "E0302",
    `cluster ${tick(name.name)} has no regions`,
    name.range,
    'list its regions: `cluster x "…" { r1, r2 }`',
  );
export const clusterMemberTwice = (member: Ident, first: Range) =>
  error(
    "E0303",
    `region ${tick(member.name)} is listed twice in this cluster`,
    member.range,
    undefined,
    [{ message: "first listed here", range: first }],
  );
export const noClusters = (range: Range) =>
  error(
    "E0304",
    "`units clusters`, but no cluster is declared",
    range,
    'declare clusters (`cluster x "…" { r1, r2 }`) or say `units regions`',
  );
export const noRegions = (range: Range) =>
  error(
    "E0305",
    "`units regions`, but no region is declared",
    range,
    'declare regions: `region x "Label"`',
  );
export const noUnits = (range: Range) =>
  error(
    "E0306",
    "the spec does not say what its units are",
    range,
    "add `units clusters`, `units regions`, or `units <name>, <name>, …`",
  );
export const secondUnits = (range: Range, first: Range) =>
  error("E0307", "a spec has one `units` declaration", range, undefined, [
    { message: "the first `units` declaration is here", range: first },
  ]);
export const mixedUnits = (name: Ident, expected: string) =>
  error(
    "E0308",
    `${tick(name.name)} is not ${expected}: a units list names only regions or only clusters`,
    name.range,
    `the list starts with ${expected}, so every unit must be one`,
  );
export const unitListedTwice = (name: Ident, first: Range) =>
  error("E0309", `${tick(name.name)} is listed twice`, name.range, undefined, [
    { message: "first listed here", range: first },
  ]);
export const duplicateRegionKey = (
  range: Range,
  key: string,
  region: string,
  other: string,
  first: Range,
) =>
  error(
    "E0310",
    `regions ${tick(other)} and ${tick(region)} have the same data key ${JSON.stringify(key)}`,
    range,
    'give each region its own key (`key "…"`); by default the key is the primary label',
    [{ message: `${tick(other)}'s key comes from here`, range: first }],
  );

// ------------------------------------------------------------------ E04xx hierarchy
export const noRoot = (range: Range) =>
  error(
    "E0401",
    "the spec has no `index`",
    range,
    'declare the root of the hierarchy: `index <name> "Label" { system … }`',
  );
export const secondRoot = (name: Ident, first: Range) =>
  error(
    "E0402",
    `a spec has exactly one \`index\`; ${tick(name.name)} is a second one`,
    name.range,
    "make it a `system` inside the first index",
    [{ message: "the first index is declared here", range: first }],
  );
export const misplacedSystem = (name: Ident, where: string) =>
  error(
    "E0403",
    `system ${tick(name.name)} must be directly inside the \`index\`, not ${where}`,
    name.range,
    "inside a system, use `group`",
  );
export const misplacedGroup = (name: Ident, where: string) =>
  error(
    "E0404",
    `group ${tick(name.name)} must be inside a \`system\` or another \`group\`, not ${where}`,
    name.range,
    "directly under the index, use `system`",
  );
export const nestedRoot = (name: Ident) =>
  error(
    "E0405",
    `\`index\` ${tick(name.name)} must be at the top level`,
    name.range,
    "the index is the root of the hierarchy; inside it use `system` or `group`",
  );
export const childlessNode = (name: Ident, role: string) =>
  error(
    "E0406",
    `${role} ${tick(name.name)} has no indicators or groups`,
    name.range,
    "add indicators, or say `given <variable>` to read a precomputed index",
  );
export const givenWithIndicator = (name: Ident, indicator: Range) =>
  error(
    "E0407",
    `${tick(name.name)} is \`given\`, so it cannot have indicators`,
    name.range,
    "a given index is read from the data and its indicators would be ignored; move them into a system or group, or remove `given`",
    [{ message: "an indicator is declared here", range: indicator }],
  );
export const noDirection = (name: Ident) =>
  error(
    "E0408",
    `indicator ${tick(name.name)} has no direction`,
    name.range,
    "say `direction benefit` (more is better) or `direction cost` (less is better)",
  );
export const unknownDirection = (dir: Ident) =>
  badChoice("E0409", "direction", dir, ["benefit", "cost", "+", "-"]);
export const noValue = (name: Ident) =>
  error(
    "E0410",
    `indicator ${tick(name.name)} has no value`,
    name.range,
    "say how it is computed from source variables, e.g. `value gdp / population`",
  );
export const unknownCompose = (compose: Ident) =>
  badChoice("E0411", "compose", compose, ["flat", "staged", "topsis"]);
export const unknownWeights = (method: Ident) =>
  badChoice("E0412", "weighting", method, [
    "entropy",
    "equal",
    "fixed",
    "stdev",
    "cv",
    "critic",
    "ahp",
    "combine",
  ]);
export const notWeightable = (name: Ident, node: string, compose: string, expected: string) =>
  error(
    "E0413",
    `${tick(name.name)} is not ${expected} of ${tick(node)}`,
    name.range,
    `with \`compose ${compose}\`, fixed weights name the node's ${expected === "a leaf indicator" ? "leaf indicators" : "direct children"}`,
  );
export const weightsSum = (range: Range, sum: number) =>
  error(
    "E0414",
    `fixed weights sum to ${fmt(sum)}, not 1`,
    range,
    "make the weights add up to exactly 1",
  );
export const weightMissing = (
  range: Range,
  node: string,
  missing: readonly string[],
  what = "fixed weights",
) =>
  error(
    "E0415",
    `${what} of ${tick(node)} leave out ${list(missing)}`,
    range,
    what === "fixed weights" ? "give every one a weight (0 is allowed)" : "give every one a row",
  );
export const weightTwice = (name: Ident, first: Range) =>
  error("E0416", `${tick(name.name)} is weighted twice`, name.range, undefined, [
    { message: "first weighted here", range: first },
  ]);
export const fixedDefault = (range: Range, method = "fixed") =>
  error(
    "E0417",
    `\`weights ${method}\` cannot be a default in \`method\``,
    range,
    `${method === "fixed" ? "fixed weights name" : "an AHP matrix names"} a node's children: write them on that node`,
  );
export const weightsNotFixed = (range: Range, method: string) =>
  error(
    "E0418",
    `\`weights ${method}\` takes no list of weights`,
    range,
    "write `weights fixed { a 0.4, b 0.6 }`, or drop the list",
  );
export const flatOverGiven = (child: Ident, node: string) =>
  error(
    "E0419",
    `${tick(node)} composes \`flat\`, which cannot include the given index ${tick(child.name)}`,
    child.range,
    `a flat node weights the leaf indicators below it; say \`compose staged\` on ${tick(node)}`,
  );
export const composeOnGiven = (range: Range, name: string) =>
  error(
    "E0420",
    `${tick(name)} is \`given\`: it is not composed or weighted`,
    range,
    "remove `compose`/`weights` from it",
  );
export const negativeWeight = (value: Num) =>
  error("E0421", `a weight cannot be negative (${value.text})`, value.range);

// Weighting methods beyond entropy/equal/fixed (stdev, cv, critic, ahp, combine).
export const unknownWeightOption = (method: string, option: Ident, choices: readonly string[]) =>
  badChoice("E0422", `option of \`weights ${method}\`:`, option, choices);
export const weightOptionTwice = (method: string, option: Ident, first: Ident) =>
  error(
    "E0423",
    `\`weights ${method}\` is given ${tick(option.name)} after ${tick(first.name)}`,
    option.range,
    "name each choice once",
    [{ message: "first chosen here", range: first.range }],
  );
export const membersMisplaced = (range: Range, method: string, count: number) =>
  method === "combine"
    ? error(
        "E0424",
        `\`weights combine\` needs two or more member weightings, not ${count}`,
        range,
        "list them in braces: `weights combine game_theory { weights ahp { … } weights entropy }`",
      )
    : error(
        "E0424",
        `\`weights ${method}\` takes no member weightings`,
        range,
        "only `weights combine` lists other weightings",
      );
export const ahpNotSquare = (row: Range, name: string, cells: number, n: number) =>
  error(
    "E0425",
    `AHP row ${tick(name)} has ${cells} cell${cells === 1 ? "" : "s"}, but the matrix has ${n} rows: it is not square`,
    row,
    "give every row one judgement per row of the matrix, columns in the order of the rows",
  );
export const ahpNotPositive = (cell: Num) =>
  error(
    "E0426",
    `an AHP judgement must be positive, not ${cell.text}`,
    cell.range,
    "Saaty's scale runs from 1/9 to 9; 1 means equally important",
  );
export const ahpDiagonal = (cell: Num, name: string) =>
  error(
    "E0427",
    `the diagonal cell of ${tick(name)} must be 1, not ${cell.text}`,
    cell.range,
    "an element is exactly as important as itself",
  );
export const ahpNotReciprocal = (cell: Num, mirror: Num, row: string, col: string) =>
  error(
    "E0428",
    `the AHP matrix is not reciprocal: ${tick(row)} over ${tick(col)} is ${cell.text} but ${tick(col)} over ${tick(row)} is ${mirror.text} (product ${fmt(cell.value * mirror.value)}, not 1)`,
    cell.range,
    `write ${mirror.value === 0 ? "a positive judgement" : `\`1/${fmt(mirror.value)}\``} here, or the reciprocal of this cell there`,
    [{ message: "the mirror cell", range: mirror.range }],
  );
export const ahpOrder = (range: Range, n: number) =>
  error(
    "E0429",
    `an AHP matrix of order ${n} is beyond Saaty's random-index table (1 to 15)`,
    range,
    "group the children so that no node has more than 15",
  );
export const combineAlpha = (range: Range, message: string) =>
  error(
    "E0430",
    message,
    range,
    "write `weights combine linear 0.4, 0.6 { … }`: one α per member, summing to 1",
  );
export const combineNested = (range: Range) =>
  error(
    "E0431",
    "a member of `weights combine` cannot itself be a combination",
    range,
    "list every member weighting in the one `combine`",
  );
export const weightNumbersMisplaced = (num: Num, method: string) =>
  error(
    "E0432",
    `\`weights ${method}\` takes no number (${num.text})`,
    num.range,
    "only `weights combine linear` takes numbers, its α",
  );
export const ahpScale = (cell: Num) =>
  error(
    "E0433",
    `AHP judgement ${cell.text} is outside Saaty's 1/9 to 9 scale`,
    cell.range,
    "use 1 (equal) to 9 (extreme), or their reciprocals",
  );

// ------------------------------------------------------------------ E05xx expressions and units
export const unitMismatch = (
  range: Range,
  op: string,
  left: string,
  lu: string,
  right: string,
  ru: string,
) =>
  error(
    "E0501",
    op === "+"
      ? `cannot add ${tick(left)} (${lu}) and ${tick(right)} (${ru}): different units`
      : `cannot subtract ${tick(right)} (${ru}) from ${tick(left)} (${lu}): different units`,
    range,
    "`+` and `-` need operands in the same unit; check the variables' `unit`, or divide by a denominator first",
  );
export const notAggregable = (name: Ident, cluster: string, members: number, declared: Range) =>
  error(
    "E0502",
    `variable ${tick(name.name)} has \`aggregate none\`, but cluster ${tick(cluster)} has ${members} regions`,
    name.range,
    "the study runs at cluster level, so every variable is combined across a cluster's regions; say `aggregate sum` or `aggregate mean weighted by <var>`",
    [{ message: `${tick(name.name)} is declared here`, range: declared }],
  );
export const divisionByZero = (range: Range) =>
  error(
    "E0503",
    "division by zero",
    range,
    "dividing by the literal 0 gives no number for any region or year",
  );

// ------------------------------------------------------------------ E06xx method
export const unknownNormalize = (method: Ident) =>
  badChoice("E0601", "normalization", method, ["minmax"]);
export const badShift = (shift: Num) =>
  error(
    "E0602",
    `the shift must be a finite number ≥ 0, not ${shift.text}`,
    shift.range,
    "the paper's shift is 0.0001 (docs/method.md §2, eq. 2)",
  );
export const unknownScope = (scope: Ident) =>
  badChoice("E0603", "scope", scope, ["pooled", "per_year"]);
export const unknownCouplingForm = (form: Ident) =>
  badChoice("E0604", "coupling form", form, ["standard", "product_over_mean", "wang2021_modified"]);
export const unknownConstant = (rule: Ident) =>
  badChoice("E0605", "constant-indicator rule", rule, ["zero", "error"]);
export const secondMethod = (range: Range, first: Range) =>
  error("E0606", "a spec has at most one `method` block", range, "merge the two method blocks", [
    { message: "the first method block is here", range: first },
  ]);
export const formTwice = (form: Ident, first: Range) =>
  error("E0607", `coupling form ${tick(form.name)} is listed twice`, form.range, undefined, [
    { message: "first listed here", range: first },
  ]);

// ------------------------------------------------------------------ E07xx scales
export const scaleGap = (range: Range, detail: string, prev: Range) =>
  error(
    "E0701",
    `the scale has a gap ${detail}`,
    range,
    "each level must start where the previous one ends",
    [{ message: "the previous level", range: prev }],
  );
export const scaleOverlap = (range: Range, detail: string, prev: Range) =>
  error(
    "E0702",
    `levels overlap ${detail}`,
    range,
    "adjacent levels share a bound that exactly one of them includes: `[0.0, 0.1)` then `[0.1, 0.2)`",
    [{ message: "the previous level", range: prev }],
  );
export const boundOutside = (bound: Num) =>
  error(
    "E0703",
    `bound ${bound.text} is outside [0, 1]`,
    bound.range,
    "coupling coordination degrees lie in [0, 1]",
  );
export const scaleNotCovering = (range: Range, end: "0" | "1", hint: string) =>
  error("E0704", `the scale does not cover ${end}`, range, hint);
export const levelTwice = (level: Num, first: Range) =>
  error("E0705", `level ${level.text} is declared twice`, level.range, undefined, [
    { message: "first declared here", range: first },
  ]);
export const emptyLevel = (range: Range, lower: Num, upper: Num) =>
  error(
    "E0706",
    `the interval from ${lower.text} to ${upper.text} is empty`,
    range,
    "write the lower bound first",
  );
export const levelsNotAscending = (range: Range, prev: Range) =>
  error(
    "E0707",
    "levels must be listed in ascending order",
    range,
    "list levels from the lowest interval to the highest",
    [{ message: "the previous level is here", range: prev }],
  );
export const levelNotPositiveInteger = (level: Num) =>
  error("E0708", `a level number is a positive whole number, not ${level.text}`, level.range);
export const scaleNoLevels = (name: Ident) =>
  error(
    "E0709",
    `scale ${tick(name.name)} has no levels`,
    name.range,
    'add levels: `level 1 [0.0, 0.1) "…"`',
  );
export const levelNumbersNotAscending = (level: Num, prev: Num) =>
  error(
    "E0710",
    `level ${level.text} comes after level ${prev.text}`,
    level.range,
    "number the levels in ascending order of their intervals",
  );

// ------------------------------------------------------------------ E08xx analyses
export const analysisNeither = (name: Ident) =>
  error(
    "E0801",
    `analysis ${tick(name.name)} says neither \`within\` nor \`between\``,
    name.range,
    "couple systems inside each unit with `within each unit`, or units with each other with `between pairs`",
  );
export const analysisBoth = (range: Range) =>
  error(
    "E0802",
    "an analysis is either `within` or `between`, not both",
    range,
    "split it into two analyses",
  );
export const misplacedClause = (range: Range, clause: string, kind: string, instead: string) =>
  error(
    "E0803",
    `\`${clause}\` does not apply to a \`${kind}\` analysis`,
    range,
    `a ${kind} analysis names ${instead}`,
  );
export const tooFewSystems = (range: Range, n: number) =>
  error(
    "E0804",
    `a within analysis couples at least two systems, not ${n}`,
    range,
    "write `systems a, b` (system or group nodes)",
  );
export const nestedSystems = (name: Ident, ancestor: string) =>
  error(
    "E0805",
    `${tick(name.name)} is inside ${tick(ancestor)}: coupled systems must not contain each other`,
    name.range,
    `couple ${tick(ancestor)} or the nodes inside it, not both`,
  );
export const rootCoupledWithin = (name: Ident) =>
  error(
    "E0806",
    `the index ${tick(name.name)} cannot be coupled within a unit`,
    name.range,
    "the index contains every system; couple its systems instead",
  );
export const listedTwice = (name: Ident, first: Range) =>
  error("E0807", `${tick(name.name)} is listed twice`, name.range, undefined, [
    { message: "first listed here", range: first },
  ]);
export const notAUnit = (name: Ident, what: string, units: readonly string[]) =>
  error(
    "E0808",
    `${tick(name.name)} is ${what}, but not a unit of this study`,
    name.range,
    units.length <= 8 ? `the units are ${list(units)}` : `the study has ${units.length} units`,
  );
export const tooFewUnits = (range: Range, need: number, have: number, mode: string) =>
  error(
    "E0809",
    `\`between ${mode}\` needs at least ${need} units, but there ${have === 1 ? "is" : "are"} ${have}`,
    range,
    have === 2
      ? "with two units, use `between pairs`"
      : "a between analysis couples two or more units",
  );
export const noOn = (range: Range) =>
  error(
    "E0810",
    "a between analysis needs `on`",
    range,
    "say which nodes' indices to couple across units, e.g. `on digital_economy`",
  );
export const smallCombination = (range: Range) =>
  error("E0811", "a combination couples at least two units", range);
export const combinationTwice = (range: Range, first: Range, units: readonly string[]) =>
  error(
    "E0812",
    `the combination (${units.join(", ")}) is coupled twice`,
    range,
    "each combination is coupled once, whatever the order of its units; `pairs`, `triples` and `all` already couple every combination of their size",
    [{ message: "first coupled here", range: first }],
  );
export const tooManyCombinations = (range: Range, count: string, limit: string) =>
  error(
    "E0813",
    `this analysis would couple ${count} combinations (the limit is ${limit})`,
    range,
    "list the combinations you need with `between (a, b), …`, or restrict the units with `of a, b, c`",
  );
export const tooManyRows = (range: Range, rows: string, product: string, limit: string) =>
  error(
    "E0820",
    `this analysis would produce ${rows} result rows: ${product} (the limit is ${limit})`,
    range,
    "couple fewer combinations, nodes or forms, or split the analysis",
  );
export const betaCount = (range: Range, have: number, n: number, what: string) =>
  error(
    "E0814",
    `${have} beta values for ${n} ${what}`,
    range,
    `give one value per ${what.replace(/s$/, "")}, in order`,
  );
export const betaSum = (range: Range, sum: number) =>
  error(
    "E0815",
    `beta values sum to ${fmt(sum)}, not 1`,
    range,
    "make the values add up to exactly 1, or say `beta equal`",
  );
export const betaNegative = (value: Num) =>
  error("E0816", `a beta value cannot be negative (${value.text})`, value.range);
export const betaMixedSizes = (range: Range) =>
  error(
    "E0817",
    "explicit beta values need combinations of one size",
    range,
    "these combinations couple different numbers of units; say `beta equal`",
  );
export const noScale = (range: Range) =>
  error(
    "E0818",
    "the analysis needs a scale, and none is declared",
    range,
    "name a standard scale (`scale ccd10`, `scale ccd7`, `scale ccd5`) or declare your own",
  );
export const scaleRequired = (range: Range, scales: readonly string[]) =>
  error(
    "E0819",
    "the analysis must name its scale: the spec declares more than one",
    range,
    `add \`scale <name>\`; the scales are ${list(scales)}`,
  );

// ------------------------------------------------------------------ E083x dynamics (issue 11)
export const dynamicsNoSubject = (name: Ident) =>
  error(
    "E0830",
    `dynamics ${tick(name.name)} does not say what it studies`,
    name.range,
    "add `of <analysis>` (the D of a within analysis) or `of <node>` (a node's index)",
  );
export const dynamicsBetweenSubject = (name: Ident) =>
  error(
    "E0832",
    `analysis ${tick(name.name)} couples units with each other: it has no D per unit`,
    name.range,
    "study a within analysis (`within each unit`), or a node's index",
  );
export const dynamicsFormNotComputed = (form: Ident, analysis: string, forms: readonly string[]) =>
  error(
    "E0833",
    `analysis ${tick(analysis)} does not compute form ${tick(form.name)}`,
    form.range,
    `its forms are ${list(forms)}`,
  );
export const dynamicsNothing = (name: Ident) =>
  error(
    "E0834",
    `dynamics ${tick(name.name)} asks for no statistic`,
    name.range,
    "add at least one of `gini`, `theil`, `density`, `markov`, `convergence`, `forecast <years>`",
  );
export const dynamicsNoGroups = (range: Range, why: string) =>
  error(
    "E0835",
    `Dagum's Gini and Theil's index need groups of regions: ${why}`,
    range,
    "run the study on regions (`units regions`) and declare clusters grouping them",
  );
export const dynamicsGrouping = (range: Range, message: string) =>
  error(
    "E0836",
    message,
    range,
    "every unit studied must be in exactly one of the groups (`groups a, b, …` names clusters)",
  );
export const dynamicsChoice = (word: Ident, what: string, choices: readonly string[]) =>
  badChoice("E0837", what, word, choices);
export const dynamicsNumber = (num: Num, what: string, expected: string) =>
  error("E0838", `${what} ${num.text} is not ${expected}`, num.range);
export const dynamicsNoScale = (range: Range) =>
  error(
    "E0839",
    "`markov grades` needs a scale, and a node's index has none",
    range,
    "write `markov scale <name>` or `markov quantiles 4`",
  );
export const dynamicsNoWeights = (matrix: Ident) =>
  error(
    "E0842",
    `\`markov … matrix ${matrix.name}\` conditions the transitions on a spatial lag, but the spec declares no spatial weights`,
    matrix.range,
    `declare them: \`spatial_weights ${matrix.name} { neighbours "pairs.csv" }\` (docs/language.md, "spatial_weights")`,
  );
export const dynamicsOneUnit = (range: Range) =>
  error(
    "E0841",
    "a bandwidth rule needs the values of at least two units, and the subject has one",
    range,
    "give a fixed bandwidth: `density bandwidth 0.05`",
  );
export const dynamicsSystemsOfNode = (range: Range) =>
  error(
    "E0840",
    "`forecast … systems` forecasts the systems of an analysis; a node's index has none",
    range,
    "write `forecast <years> direct`",
  );

// ------------------------------------------------------------------ W09xx warnings
export const unusedVariable = (name: Ident) =>
  warning(
    "W0901",
    `variable ${tick(name.name)} is never used`,
    name.range,
    "use it in an indicator's `value`, or remove it (it is still read from the data)",
  );
export const regionNotInUnit = (name: Ident) =>
  warning(
    "W0902",
    `region ${tick(name.name)} is not in any unit`,
    name.range,
    "add it to a unit's cluster, or remove it",
  );
export const unusedScale = (name: Ident) =>
  warning(
    "W0903",
    `scale ${tick(name.name)} is never used`,
    name.range,
    "name it in an analysis (`scale …`), or remove it",
  );
export const unusedCluster = (name: Ident) =>
  warning(
    "W0904",
    `cluster ${tick(name.name)} is not a unit of this study`,
    name.range,
    "use `units clusters`, list it in `units …`, or remove it",
  );
export const unknownLayoutRole = (role: Ident, shape: string, roles: readonly string[]) =>
  warning(
    "W0905",
    `a ${shape} layout has no ${tick(role.name)} column; it is ignored`,
    role.range,
    choiceHint(role.name, roles),
  );
export const largeShift = (shift: Num) =>
  warning(
    "W0906",
    `shift ${shift.text} is large`,
    shift.range,
    "the shift changes the entropy weights (docs/method.md §3); the paper uses 0.0001",
  );

export const perYearTwoUnits = (scope: Ident, shift: string) =>
  warning(
    "W0907",
    "with `scope per_year` and two units, every normalised indicator is the shift or 1 + shift in every year",
    scope.range,
    `min-max within a year of two units maps the lower one to 0 and the higher to 1, so each index only says which unit leads on which indicator, and a unit that trails on every indicator of a node has the index ${shift} in every year; use \`scope pooled\` to compare levels (docs/method.md §2)`,
  );
export const perYearOneColumn = (node: Ident, what: string, scope: Range, shift: string) =>
  warning(
    "W0907",
    `with \`scope per_year\`, the index of \`${node.name}\` (one ${what}) is ${shift} for the lowest unit in every year`,
    node.range,
    `min-max within each year maps each year's lowest unit to 0, and a node weighting a single column copies it: that unit's index is pinned to the shift every year; use \`scope pooled\`, or give the node more ${what}s (docs/method.md §2)`,
    [{ message: "the scope is set here", range: scope }],
  );
export const perYearGrowth = (scope: Ident) =>
  warning(
    "W0908",
    "the average growth rates will be those of per-year-normalised indices",
    scope.range,
    "with `scope per_year` each year is normalised on its own, so an index says where a unit stands among the units that year, not how developed it is: its growth is that of a rank-like index (a unit at the bottom every year stays at the shift), not growth of development; read the rates as changes in relative position, or use `scope pooled` (docs/method.md §2, §7)",
  );

// ------------------------------------------------------------------ E099x internal
export const invalidPlan = (range: Range, errors: readonly string[]) =>
  error(
    "E0990",
    "internal error: the compiled plan does not match the plan schema",
    range,
    `please report this; schema errors: ${errors.slice(0, 5).join("; ")}`,
  );
export const internalError = (range: Range, what: string) =>
  error(
    "E0991",
    `internal error: ${what}`,
    range,
    "please report this, with the spec that caused it",
  );
