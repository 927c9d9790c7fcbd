/**
 * The diagnostics of the `relative` and `obstacle` declarations (issue 10), codes E14xx:
 * E140x relative development, E141x its bands (and W1414, a band E never reaches), E142x
 * obstacle degree. Same style as
 * messages.ts; docs/language.md lists every code. The generic setting codes (E1001-E1004:
 * an unknown, repeated, malformed or missing setting) come from spatial-messages.ts.
 */
import type { Ident, Num } from "./ast.js";
import { errorDiagnostic as error, type Range, warningDiagnostic } from "./diagnostic.js";
import { didYouMean } from "./suggest.js";

const tick = (s: string) => `\`${s}\``;
const list = (xs: readonly string[]) => xs.map(tick).join(", ");
function choiceHint(word: string, choices: readonly string[]): string {
  const dym = didYouMean(word, choices);
  const expected = `expected one of: ${list(choices)}`;
  return dym === undefined ? expected : `${dym} ${expected}`;
}

// ------------------------------------------------------------------ E140x relative
export const relativeNotWithin = (name: Ident) =>
  error(
    "E1401",
    `relative development needs the systems' indices of each unit, but ${tick(name.name)} couples units with each other`,
    name.range,
    "name a `within` analysis: its systems are compared in each of its units",
  );
export const relativeRuleUnknown = (rule: Ident) =>
  error(
    "E1402",
    `unknown relative development rule ${tick(rule.name)}`,
    rule.range,
    choiceHint(rule.name, ["ratio", "mean_of_others"]),
  );
export const relativeRatioOfMany = (rule: Ident, analysis: string, systems: number) =>
  error(
    "E1403",
    `\`rule ratio\` compares two systems (E = U1/U2), but ${tick(analysis)} couples ${systems}`,
    rule.range,
    "write `rule mean_of_others` (each system against the mean of the others), or name an analysis of two systems",
  );
export const relativeFormNotComputed = (
  form: Ident,
  analysis: string,
  computed: readonly string[],
) =>
  error(
    "E1404",
    `${tick(analysis)} does not compute the coupling form ${tick(form.name)}`,
    form.range,
    `it computes ${list(computed)}`,
  );

// ------------------------------------------------------------------ E141x bands of E
export const bandUpperWord = (word: Ident) =>
  error(
    "E1410",
    `${tick(word.name)} is not a bound`,
    word.range,
    "write a number, or `inf` for the top band's open end: `level 3 (1.2, inf)`",
  );
export const bandNumber = (n: Num, what: string) =>
  error("E1411", `${tick(n.text)} is not ${what}`, n.range);
export const bandEmpty = (range: Range) =>
  error(
    "E1412",
    "the band is empty",
    range,
    "its lower bound must lie below its upper bound (or equal it with both ends closed)",
  );
export const bandsDoNotTile = (range: Range, problem: string, hint: string) =>
  error("E1413", `the bands of E do not cover [0, +∞) once: ${problem}`, range, hint);

/**
 * W1414: declared bands of E above 1 under `rule mean_of_others`, where the graded E is the
 * lagging (lowest) system's ratio to the mean of the others, so never above 1 (`bands`: the
 * unreachable ones as written, `ruleWritten`: whether the spec wrote the rule).
 */
export const bandsAboveOne = (range: Range, bands: readonly string[], ruleWritten: boolean) =>
  warningDiagnostic(
    "W1414",
    `under ${ruleWritten ? "" : "the default "}\`rule mean_of_others\`, E never exceeds 1, so ${bands.length === 1 ? "band" : "bands"} ${bands.join(", ")} can never be reached`,
    range,
    "E is the lagging system's index over the mean of the others' (the lowest system's, so at most 1): end the bands with the synchronous one, e.g. `level 2 [0.8, inf)`, or, for two systems, write `rule ratio`, whose E > 1 says the second system lags",
  );

// ------------------------------------------------------------------ E142x obstacle
export const obstacleTop = (n: Num) =>
  error(
    "E1420",
    `\`top ${n.text}\`: the number of obstacles to list is a whole number of at least 1`,
    n.range,
    "write e.g. `top 5`",
  );
export const obstacleGivenNode = (name: Ident) =>
  error(
    "E1421",
    `${tick(name.name)} is read from a variable (\`given\`): it has no indicators to rank`,
    name.range,
    "name a node whose index is composed from indicators, or leave `values` out to use the index",
  );
