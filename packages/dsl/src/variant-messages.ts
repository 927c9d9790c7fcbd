/**
 * The diagnostics of `variant` and `sensitivity` blocks, codes E12xx (W12xx warnings). Same
 * style as messages.ts; docs/language.md lists every code. A variant's own clauses reuse the
 * study's codes (E0411 compose, E0412 weighting, E0601-E0604 normalisation and forms, …).
 */
import type { Ident, Num } from "./ast.js";
import {
  type Diagnostic,
  errorDiagnostic as error,
  type Range,
  warningDiagnostic as warning,
} from "./diagnostic.js";

const tick = (s: string) => `\`${s}\``;
const list = (xs: readonly string[]) => xs.map(tick).join(", ");

export const variantTargetTwice = (name: Ident, what: string, first: Range): Diagnostic =>
  error(
    "E1201",
    `${what} ${tick(name.name)} is changed twice in this variant`,
    name.range,
    `put every change to ${tick(name.name)} in one \`${what} ${name.name} { … }\` block`,
    [{ message: "first changed here", range: first }],
  );
export const variantGiven = (name: Ident): Diagnostic =>
  error(
    "E1202",
    `node ${tick(name.name)} is \`given\`: a variant cannot change its composition or weights`,
    name.range,
    "its index is read from the data",
  );
export const dropLeavesNothing = (at: Range, node: string): Diagnostic =>
  error(
    "E1203",
    `leaving these indicators out leaves node ${tick(node)} with none`,
    at,
    "keep at least one indicator below every node",
  );
export const dropFixedWeight = (name: Ident, node: string): Diagnostic =>
  error(
    "E1204",
    `${tick(name.name)} has a fixed weight in node ${tick(node)}, so it cannot be left out`,
    name.range,
    `give ${tick(node)} other weights in this variant (\`node ${node} { weights entropy }\`), or keep the indicator`,
  );
export const reservedBase = (name: Ident): Diagnostic =>
  error(
    "E1205",
    `${tick("base")} is reserved: it names the study as written in a sensitivity analysis`,
    name.range,
    "rename the variant",
  );
export const emptyVariant = (name: Ident): Diagnostic =>
  warning(
    "W1201",
    `variant ${tick(name.name)} changes nothing`,
    name.range,
    "remove it, or add the choices it should change",
  );
export const noChoice = (at: Range): Diagnostic =>
  error(
    "E1206",
    "a sensitivity analysis needs at least one `choice`",
    at,
    "add `choice NAME { base, VARIANT }`",
  );
export const choiceTwice = (name: Ident, first: Range): Diagnostic =>
  error(
    "E1207",
    `choice ${tick(name.name)} is declared twice`,
    name.range,
    "give each choice its own name",
    [{ message: "first declared here", range: first }],
  );
export const alternativeTwice = (name: Ident, first: Range): Diagnostic =>
  error(
    "E1208",
    `${tick(name.name)} is listed twice in this choice`,
    name.range,
    "list each alternative once",
    [{ message: "first listed here", range: first }],
  );
export const choicesOverlap = (
  choice: Ident,
  other: string,
  setting: string,
  otherRange: Range,
): Diagnostic =>
  error(
    "E1209",
    `choices ${tick(other)} and ${tick(choice.name)} both change ${setting}`,
    choice.range,
    "a run takes one alternative of each choice; two choices changing one setting would let the later one win silently — merge them into one choice",
    [{ message: `choice ${tick(other)} changes it here`, range: otherRange }],
  );
export const noWatch = (at: Range): Diagnostic =>
  error(
    "E1210",
    "a sensitivity analysis needs `watch` with the outputs to follow",
    at,
    "e.g. `watch internal, digital_economy` (analyses for their D, nodes for their index)",
  );
export const badSample = (at: Range, detail: string): Diagnostic =>
  error("E1211", `bad sample: ${detail}`, at, "write `sample grid` or `sample random 500 seed 42`");
export const tooManyRuns = (at: Range, runs: string, max: number): Diagnostic =>
  error(
    "E1212",
    `this sensitivity analysis would make ${runs} runs; at most ${max.toLocaleString("en")} are allowed`,
    at,
    "sample a random subset: `sample random 1000 seed 1`",
  );
export const singleAlternative = (name: Ident): Diagnostic =>
  warning(
    "W1202",
    `choice ${tick(name.name)} has one alternative, so it never varies`,
    name.range,
    "add another alternative, e.g. `base`",
  );
export const unknownSampleWord = (word: Ident, expected: readonly string[]): Diagnostic =>
  error(
    "E1211",
    `bad sample: unknown word ${tick(word.name)}`,
    word.range,
    `expected ${list(expected)}`,
  );
export const notWholeNumber = (n: Num, what: string): Diagnostic =>
  error(
    "E1211",
    `bad sample: the ${what} must be a whole number ≥ ${what === "seed" ? 0 : 1} (got ${n.text})`,
    n.range,
  );
