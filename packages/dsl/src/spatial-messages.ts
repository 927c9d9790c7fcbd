/**
 * The diagnostics of the spatial blocks (`map`, `spatial_weights`, `autocorrelation`), codes
 * E10xx: E100x settings, E101x maps, E102x spatial weights, E103x autocorrelation. Same style
 * as messages.ts; docs/language.md lists every code.
 */
import type { Ident, Num, Str } from "./ast.js";
import { type Diagnostic, errorDiagnostic as error, type Range } from "./diagnostic.js";
import { didYouMean } from "./suggest.js";

const tick = (s: string) => `\`${s}\``;
const list = (xs: readonly string[]) => xs.map(tick).join(", ");
function choiceHint(word: string, choices: readonly string[]): string {
  const dym = didYouMean(word, choices);
  const expected = `expected one of: ${list(choices)}`;
  return dym === undefined ? expected : `${dym} ${expected}`;
}

// ------------------------------------------------------------------ E100x settings
export const settingNotHere = (word: Ident, block: string, allowed: readonly string[]) =>
  error(
    "E1001",
    `${tick(word.name)} is not a setting of ${block}`,
    word.range,
    choiceHint(word.name, allowed),
  );
export const settingTwice = (word: Ident, first: Range) =>
  error("E1002", `${tick(word.name)} is given twice`, word.range, "give each setting once", [
    { message: "first given here", range: first },
  ]);
export const settingShape = (word: Ident, range: Range, expected: string) =>
  error("E1003", `${tick(word.name)} expects ${expected}`, range);
export const settingMissing = (at: Range, block: string, example: string) =>
  error(
    "E1004",
    `${block} has no ${tick(example.split(" ")[0] ?? example)}`,
    at,
    `add \`${example}\``,
  );

// ------------------------------------------------------------------ E101x maps
export const mapNoPath = (name: Ident) =>
  error(
    "E1010",
    `the map ${tick(name.name)} has no file`,
    name.range,
    'write `map <name> "path/to/map.geojson" { … }`',
  );
export const mapUnknownFormat = (format: Ident) =>
  error(
    "E1011",
    `unknown map format ${tick(format.name)}`,
    format.range,
    choiceHint(format.name, ["geojson", "topojson"]),
  );
export const mapCannotInferFormat = (path: Str) =>
  error(
    "E1012",
    "cannot tell the map's format from its extension",
    path.range,
    "name the file `.geojson` or `.topojson`, or add `format geojson` or `format topojson`",
  );
export const mapObjectNotTopojson = (range: Range) =>
  error("E1013", "`object` names a TopoJSON object, but this map is GeoJSON", range);
export const mapMatchUnknown = (value: Ident, langs: readonly string[]) =>
  error(
    "E1014",
    `a map feature cannot be matched by ${tick(value.name)}`,
    value.range,
    `\`match key\` (the region's data key), \`match id\` (its name in the spec) or a label language${langs.length > 0 ? ` (${list(langs)})` : ""}`,
  );
export const mapRegionNoLabel = (region: Ident, lang: string, at: Range) =>
  error(
    "E1015",
    `region ${tick(region.name)} has no ${tick(lang)} label to match the map's features with`,
    region.range,
    `give every region a \`${lang} "…"\` label, or match by \`key\` or \`id\``,
    [{ message: "matched here", range: at }],
  );

// ------------------------------------------------------------------ E102x spatial weights
export const weightsNoConstruction = (name: Ident) =>
  error(
    "E1020",
    `the spatial weights ${tick(name.name)} say nothing about how they are built`,
    name.range,
    'add one of `neighbours "pairs.csv"`, `contiguity queen of <map>`, `coordinates "xy.csv" knn 4` (or `band <km>`, `power <p>`), `economic <variable>`',
  );
export const weightsTwoConstructions = (second: Ident, first: Ident) =>
  error(
    "E1021",
    `${tick(second.name)} and ${tick(first.name)} both say how the matrix is built`,
    second.range,
    "a matrix is built one way; declare a second `spatial_weights` for the other",
    [{ message: "first given here", range: first.range }],
  );
export const contiguityRuleUnknown = (rule: Ident) =>
  error(
    "E1022",
    `unknown contiguity ${tick(rule.name)}`,
    rule.range,
    choiceHint(rule.name, ["queen", "rook"]),
  );
export const distanceWithoutCoordinates = (word: Ident) =>
  error(
    "E1023",
    `${tick(word.name)} needs region coordinates`,
    word.range,
    'add `coordinates "capitals.csv"` (columns region, longitude, latitude)',
  );
export const coordinatesWithoutRule = (word: Ident) =>
  error(
    "E1024",
    "coordinates without a distance rule",
    word.range,
    "add `knn <k>`, `band <km>` or `power <p>` (inverse distance, optionally with `band <km>`)",
  );
export const knnWithBand = (word: Ident) =>
  error("E1025", "`knn` cannot be combined with `band` or `power`", word.range);
export const notPositive = (word: Ident, value: Num, what: string) =>
  error("E1026", `${tick(word.name)} must be ${what} (${value.text})`, value.range);
export const transformUnknown = (value: Ident) =>
  error(
    "E1027",
    `unknown transform ${tick(value.name)}`,
    value.range,
    choiceHint(value.name, ["row", "binary"]),
  );
export const islandsUnknown = (value: Ident) =>
  error(
    "E1028",
    `unknown island rule ${tick(value.name)}`,
    value.range,
    choiceHint(value.name, ["error", "drop"]),
  );
export const linkShape = (word: Ident) =>
  error(
    "E1029",
    "`link` expects a region, `to` and one or more regions",
    word.range,
    "e.g. `link hainan to guangdong, guangxi`",
  );

// ------------------------------------------------------------------ E103x autocorrelation
export const valuesNotPerRegion = (name: Ident, why: string) =>
  error(
    "E1030",
    `${tick(name.name)} has no value per region: ${why}`,
    name.range,
    "test D of a `within each unit` analysis or a node's index, in a study whose units are regions",
  );
export const unitsNotRegions = (at: Range) =>
  error(
    "E1031",
    "spatial autocorrelation needs the study's units to be regions",
    at,
    "a unit of several regions has no place on the map; write `units regions` (or list regions)",
  );
export const statisticUnknown = (value: Ident) =>
  error(
    "E1032",
    `unknown statistic ${tick(value.name)}`,
    value.range,
    choiceHint(value.name, ["moran", "lisa", "gi_star", "gi_star_pysal"]),
  );
export const permutationsRange = (value: Num, hint?: string) =>
  error(
    "E1033",
    `permutations must be a whole number from 0 to 99999 (${value.text})`,
    value.range,
    hint,
  );
export const lisaWithoutPermutations = (value: Num) =>
  error(
    "E1033",
    "`lisa` needs permutations: its clusters are decided by conditional permutation",
    value.range,
    "give `permutations 999` (or at least 99)",
  );
export const seedRange = (value: Num) =>
  error("E1034", `a seed is a whole number from 0 to 4294967295 (${value.text})`, value.range);
export const significanceRange = (value: Num) =>
  error("E1035", `a significance level lies strictly between 0 and 1 (${value.text})`, value.range);
export const formNotComputed = (form: Ident, analysis: Ident, forms: readonly string[]) =>
  error(
    "E1036",
    `the analysis ${tick(analysis.name)} does not compute the coupling form ${tick(form.name)}`,
    form.range,
    `its forms are ${list(forms)}`,
  );
export const statisticTwice = (value: Ident) =>
  error("E1037", `${tick(value.name)} is listed twice`, value.range);

export const toleranceWithoutContiguity = (word: Ident) =>
  error("E1038", "`tolerance` applies to `contiguity` only", word.range);

export type { Diagnostic };
