/**
 * The diagnostics of `figure` declarations, codes E13xx. Same style as messages.ts; an unknown
 * node, analysis, map or unit name is the shared E0102/E0103 (with "did you mean"), reported by
 * the context's resolver. docs/language.md lists every code.
 */
import type { Ident, Num } from "./ast.js";
import { errorDiagnostic as error, type Range } from "./diagnostic.js";
import { didYouMean } from "./suggest.js";

const tick = (s: string) => `\`${s}\``;
const list = (xs: readonly string[]) => xs.map(tick).join(", ");
function choiceHint(word: string, choices: readonly string[]): string {
  const dym = didYouMean(word, choices);
  const expected = `expected one of: ${list(choices)}`;
  return dym === undefined ? expected : `${dym} ${expected}`;
}

export const figureNoShow = (name: Ident) =>
  error(
    "E1301",
    `the figure ${tick(name.name)} does not say what it shows`,
    name.range,
    "add a `show` clause, e.g. `show index of digital_economy` or `show d of internal`",
  );
export const figureUnknownMeasure = (measure: Ident, measures: readonly string[]) =>
  error(
    "E1302",
    `a figure cannot show ${tick(measure.name)}`,
    measure.range,
    choiceHint(measure.name, measures),
  );
export const figureOneAnalysis = (extra: Ident, measure: string) =>
  error(
    "E1303",
    `a figure of ${tick(measure)} shows one analysis`,
    extra.range,
    "declare one figure per analysis",
  );
export const figureFormNotComputed = (form: Ident, analysis: string, computed: readonly string[]) =>
  error(
    "E1304",
    `the analysis ${tick(analysis)} does not compute the coupling form ${tick(form.name)}`,
    form.range,
    `it computes ${list(computed)}`,
  );
export const figureFormNotHere = (form: Ident, measure: string) =>
  error(
    "E1304",
    `a coupling form after ${tick(measure)}: only an analysis's \`d\`, \`c\` or \`t\` has one`,
    form.range,
    `remove ${tick(form.name)}`,
  );
export const figureUnknownKind = (kind: Ident, kinds: readonly string[]) =>
  error(
    "E1305",
    `unknown figure kind ${tick(kind.name)}`,
    kind.range,
    choiceHint(kind.name, kinds),
  );
export const figureKindNotFor = (kind: Ident, what: string, kinds: readonly string[]) =>
  error(
    "E1306",
    `a ${tick(kind.name)} figure cannot show ${what}`,
    kind.range,
    `${what} can be drawn as ${list(kinds)}`,
  );
export const figureMapMissing = (at: Range, maps: readonly string[], kind = "map") =>
  error(
    "E1307",
    `a \`kind ${kind}\` figure does not say which map it is drawn on`,
    at,
    maps.length > 0
      ? `add \`map NAME\` naming a declared map: ${list(maps)}`
      : `declare the map (\`map china "maps/china.geojson" { feature "code" }\`) and add \`map china\``,
  );
export const figureMapNotMap = (map: Ident) =>
  error(
    "E1307",
    `\`map ${map.name}\` in a figure that is not a map`,
    map.range,
    "add `kind map` or `kind lisa_map`, or remove the `map` clause",
  );
export const figureNotAUnit = (name: Ident, level: string, units: readonly string[]) =>
  error(
    "E1308",
    `${tick(name.name)} is not one of the study's units`,
    name.range,
    `the study's units are its ${level}s: ${list(units.slice(0, 12))}${units.length > 12 ? ", …" : ""}`,
  );
export const figureUnitTwice = (name: Ident, first: Range) =>
  error("E1308", `the unit ${tick(name.name)} is listed twice`, name.range, "list each unit once", [
    { message: "first listed here", range: first },
  ]);
export const figureYearOutside = (year: Num, from: number, to: number) =>
  error(
    "E1309",
    `the year ${year.text} is outside the study's period`,
    year.range,
    `the study covers ${from} to ${to}`,
  );
export const figureBadYears = (range: Range, why: string) =>
  error(
    "E1310",
    `bad \`years\`: ${why}`,
    range,
    "write `years 2013, 2021` or `years 2015 to 2021`",
  );
export const figureOnNotHere = (range: Range, why: string) =>
  error("E1311", `\`on\` does not apply here: ${why}`, range, "remove the `on` clause");
export const figureOnNotAnalysed = (node: Ident, analysis: string, nodes: readonly string[]) =>
  error(
    "E1311",
    `the analysis ${tick(analysis)} is not on ${tick(node.name)}`,
    node.range,
    `it couples the units on ${list(nodes)}`,
  );
export const figureNodeCount = (at: Range, why: string) =>
  error("E1312", why, at, "change the nodes listed after `of`, or the figure's `kind`");

// ------------------------------------------------ figures of a statistic (density, moran, lisa_map)

/** What each statistic figure draws, and the declaration that computes it. */
const STATISTIC: Readonly<Record<string, { what: string; example: (values: string) => string }>> = {
  density: {
    what: "kernel density",
    example: (v) => `add \`density\` to a dynamics of them: \`dynamics NAME { of ${v} density }\``,
  },
  moran: {
    what: "local Moran (LISA)",
    example: (v) =>
      `declare \`autocorrelation NAME { values ${v} matrix W statistics moran, lisa }\``,
  },
  lisa_map: {
    what: "local Moran (LISA)",
    example: (v) =>
      `declare \`autocorrelation NAME { values ${v} matrix W statistics moran, lisa }\``,
  },
};
const statistic = (kind: string) => STATISTIC[kind] ?? { what: kind, example: () => "" };

/**
 * A `density`, `moran` or `lisa_map` figure of values no declaration computes the statistic
 * of. `values` says what the figure shows ("D of `inner` (standard)"), `of` how a declaration
 * names them (`inner standard`), `near` the declarations of the statistic on other values.
 */
export const figureNoStatistic = (
  at: Range,
  kind: string,
  values: string,
  of: string,
  near: readonly string[],
) =>
  error(
    "E1313",
    `a \`${kind}\` figure draws the ${statistic(kind).what} of ${values}, and no declaration computes it`,
    at,
    near.length > 0
      ? `${near.join("; ")}: show those values instead, or ${statistic(kind).example(of)}`
      : statistic(kind).example(of),
  );
export const figureStatisticAmbiguous = (
  at: Range,
  kind: string,
  values: string,
  names: readonly string[],
) =>
  error(
    "E1314",
    `${list(names)} each compute the ${statistic(kind).what} of ${values}: the figure does not say which it draws`,
    at,
    `add \`from ${names[0]}\` (or \`from ${names[1]}\`)`,
  );
/** `from` naming a declaration that does not compute the figure's statistic of its values. */
export const figureFromNotThis = (from: Ident, kind: string, why: string, hint: string) =>
  error(
    "E1315",
    `\`from ${from.name}\`: ${why}, so it has no ${statistic(kind).what} for this figure`,
    from.range,
    hint,
  );
export const figureFromNotHere = (from: Ident, kind: string) =>
  error(
    "E1315",
    `\`from ${from.name}\` in a \`${kind}\` figure`,
    from.range,
    "`from` names the dynamics or autocorrelation a `density`, `moran` or `lisa_map` figure draws; remove it",
  );
export const figureUnitsNotHere = (at: Range, kind: string) =>
  error(
    "E1316",
    `\`units\` in a \`${kind}\` figure`,
    at,
    `a \`${kind}\` figure draws a statistic of every unit it was computed over; remove \`units\``,
  );
