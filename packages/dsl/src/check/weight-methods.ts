/**
 * The options, numbers, rows and members of every weighting method (part of pass
 * `compose-weights`; the method block's default goes through {@link checkDefaultWeights}).
 *
 * - `entropy`, `equal`, `stdev`, `cv`: nothing after the method.
 * - `critic [pearson|spearman] [stdev|entropy]`: at most one of each pair.
 * - `ahp [eigenvector|geometric_mean] [allow_inconsistent] { a 1 3 …, b 1/3 1 …, … }`: a square
 *   matrix with one row per weighted id (each once, columns in row order), positive, 1 on the
 *   diagonal, reciprocal (a_ij · a_ji = 1 within 1e-9), on Saaty's 1/9 – 9 scale, order ≤ 15.
 *   Its consistency ratio depends only on the matrix but needs an eigenvalue: the engine checks
 *   it (P0016) before any data is read, at the same spec range.
 * - `combine linear α…|multiplicative|geometric|game_theory [abs|sum] { weights … weights … }`:
 *   two or more members, none a combination, each checked as a weighting of the same node (so a
 *   fixed or AHP member over other children is an error at that member); `linear` takes one α
 *   per member, ≥ 0, summing to 1.
 *
 * Codes: E0412, E0418, E0413, E0415, E0416, E0417, E0422–E0433, E0102.
 */
import type { Ident, Num, WeightsAst } from "../ast.js";
import type { Range } from "../diagnostic.js";
import {
  ahpDiagonal,
  ahpNotPositive,
  ahpNotReciprocal,
  ahpNotSquare,
  ahpOrder,
  ahpScale,
  combineAlpha,
  combineNested,
  fixedDefault,
  membersMisplaced,
  negativeWeight,
  notWeightable,
  unknownName,
  unknownWeightOption,
  unknownWeights,
  weightMissing,
  weightNumbersMisplaced,
  weightOptionTwice,
  weightsNotFixed,
  weightsSum,
  weightTwice,
} from "../messages.js";
import type { CheckContext } from "./context.js";

export const WEIGHTS = ["entropy", "equal", "fixed", "stdev", "cv", "critic", "ahp", "combine"];

/** Each method's option groups: one choice per group at most (the first is the default). */
export const WEIGHT_OPTIONS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  critic: [
    ["pearson", "spearman"],
    ["stdev", "entropy"],
  ],
  ahp: [["eigenvector", "geometric_mean"], ["allow_inconsistent"]],
  combine: [
    ["linear", "multiplicative", "geometric", "game_theory"],
    ["abs", "sum"],
  ],
};

export const AHP_MAX_ORDER = 15;
export const AHP_RECIPROCAL_TOLERANCE = 1e-9;
const WEIGHT_TOLERANCE = 1e-9;

/** What the weights of a node are keyed by, for checking rows. */
export interface WeightTarget {
  node: string;
  /** "staged" (direct children) or "flat"/"topsis" (leaf indicators). */
  compose: string;
  expected: readonly string[];
}

/** The chosen option of group `g` (or undefined), after the options were checked. */
export function weightOption(w: WeightsAst, group: number): string | undefined {
  const choices = WEIGHT_OPTIONS[w.method.name]?.[group] ?? [];
  return w.options.find((o) => choices.includes(o.name))?.name;
}

/** Checks a weighting of a node (`target`), or of the method default (`target` undefined). */
export function checkWeightMethod(
  ctx: CheckContext,
  w: WeightsAst,
  target: WeightTarget | undefined,
  inCombine = false,
): void {
  const method = w.method.name;
  if (!WEIGHTS.includes(method)) {
    ctx.report(unknownWeights(w.method));
    return;
  }
  checkOptions(ctx, w);
  if (method !== "combine" || inCombine) {
    for (const n of w.numbers) ctx.report(weightNumbersMisplaced(n, method));
  }
  if (method !== "combine" && w.members.length > 0)
    ctx.report(membersMisplaced(w.range, method, 0));
  if (method !== "fixed" && method !== "ahp" && w.rows.length > 0)
    ctx.report(weightsNotFixed(w.range, method));
  if (method === "fixed" || method === "ahp") {
    if (!target) ctx.report(fixedDefault(w.range, method));
    else if (method === "ahp") checkAhp(ctx, w, target);
    else checkFixed(ctx, w, target);
  }
  if (method === "combine") checkCombine(ctx, w, target, inCombine);
}

function checkOptions(ctx: CheckContext, w: WeightsAst): void {
  const groups = WEIGHT_OPTIONS[w.method.name] ?? [];
  const all = groups.flat();
  const chosen = new Map<number, Ident>();
  for (const o of w.options) {
    const g = groups.findIndex((choices) => choices.includes(o.name));
    if (g < 0) {
      ctx.report(unknownWeightOption(w.method.name, o, all));
      continue;
    }
    const first = chosen.get(g);
    if (first) ctx.report(weightOptionTwice(w.method.name, o, first));
    else chosen.set(g, o);
  }
}

function checkAhp(ctx: CheckContext, w: WeightsAst, target: WeightTarget): void {
  const n = w.rows.length;
  checkRowNames(ctx, w, target, "AHP rows");
  if (n > AHP_MAX_ORDER) {
    ctx.report(ahpOrder(w.range, n));
    return;
  }
  let square = true;
  for (const row of w.rows) {
    if (row.cells.length !== n) {
      ctx.report(ahpNotSquare(row.range, row.name.name, row.cells.length, n));
      square = false;
    }
  }
  let cellsOk = true;
  w.rows.forEach((row, i) => {
    row.cells.forEach((cell, j) => {
      if (!(cell.value > 0 && Number.isFinite(cell.value))) {
        ctx.report(ahpNotPositive(cell));
        cellsOk = false;
      } else if (i === j && cell.value !== 1) {
        ctx.report(ahpDiagonal(cell, row.name.name));
        cellsOk = false;
      } else if (cell.value < 1 / 9 - 1e-12 || cell.value > 9 + 1e-12) {
        ctx.report(ahpScale(cell));
      }
    });
  });
  if (!square || !cellsOk) return;
  for (let i = 1; i < n; i++) {
    for (let j = 0; j < i; j++) {
      const cell = w.rows[i]!.cells[j]!;
      const mirror = w.rows[j]!.cells[i]!;
      if (Math.abs(cell.value * mirror.value - 1) > AHP_RECIPROCAL_TOLERANCE) {
        ctx.report(ahpNotReciprocal(cell, mirror, w.rows[i]!.name.name, w.rows[j]!.name.name));
      }
    }
  }
}

/**
 * One id a weighting names (a fixed weight or a matrix row): named once, and one of the ids the
 * node weights; otherwise E0416, E0413 or E0102. Records it in `seen`.
 */
function checkWeightedName(
  ctx: CheckContext,
  name: Ident,
  target: WeightTarget,
  seen: Map<string, Range>,
): void {
  const first = seen.get(name.name);
  if (first) {
    ctx.report(weightTwice(name, first));
    return;
  }
  seen.set(name.name, name.range);
  if (target.expected.includes(name.name)) return;
  ctx.tables.used.add(name.name);
  const leafKeyed = target.compose !== "staged";
  if (ctx.symbols.has(name.name)) {
    ctx.report(
      notWeightable(
        name,
        target.node,
        target.compose,
        leafKeyed ? "a leaf indicator" : "a direct child",
      ),
    );
  } else {
    ctx.report(unknownName(name, leafKeyed ? "leaf indicator" : "child", target.expected));
  }
}

/** Rows name each expected id once (the same rules and codes as fixed weights). */
function checkRowNames(ctx: CheckContext, w: WeightsAst, target: WeightTarget, what: string): void {
  const seen = new Map<string, Range>();
  for (const { name } of w.rows) {
    checkWeightedName(ctx, name, target, seen);
  }
  const missing = target.expected.filter((x) => !seen.has(x));
  if (missing.length > 0) ctx.report(weightMissing(w.range, target.node, missing, what));
}

function checkCombine(
  ctx: CheckContext,
  w: WeightsAst,
  target: WeightTarget | undefined,
  inCombine: boolean,
): void {
  if (inCombine) {
    ctx.report(combineNested(w.range));
    return;
  }
  if (w.members.length < 2) ctx.report(membersMisplaced(w.range, "combine", w.members.length));
  for (const m of w.members) {
    if (m.method.name === "combine") ctx.report(combineNested(m.range));
    else checkWeightMethod(ctx, m, target, true);
  }
  const rule = weightOption(w, 0);
  const numbers: readonly Num[] = w.numbers;
  if (rule === undefined) {
    ctx.report(
      combineAlpha(
        w.range,
        "`weights combine` needs a rule: `linear α…`, `multiplicative`, `geometric` or `game_theory`",
      ),
    );
    return;
  }
  if (rule !== "linear") {
    for (const n of numbers) ctx.report(weightNumbersMisplaced(n, `combine ${rule}`));
  } else if (numbers.length !== w.members.length) {
    ctx.report(
      combineAlpha(
        numbers.length > 0 ? span(numbers) : w.range,
        `\`combine linear\` has ${numbers.length} α for ${w.members.length} members`,
      ),
    );
  } else {
    const sum = numbers.reduce((s, n) => s + n.value, 0);
    const negative = numbers.find((n) => n.value < 0);
    if (negative)
      ctx.report(combineAlpha(negative.range, `an α cannot be negative (${negative.text})`));
    else if (Math.abs(sum - 1) > WEIGHT_TOLERANCE)
      ctx.report(
        combineAlpha(
          span(numbers),
          `the α of \`combine linear\` sum to ${Number(sum.toPrecision(12))}, not 1`,
        ),
      );
  }
  const norm = weightOption(w, 1);
  if (norm && rule !== "game_theory") {
    const o = w.options.find((x) => x.name === norm)!;
    ctx.report(unknownWeightOption(`combine ${rule}`, o, []));
  }
}

/** The range from the first number's start to the last one's end. */
function span(numbers: readonly Num[]): Range {
  return { ...numbers[0]!.range, end: numbers[numbers.length - 1]!.range.end };
}

/**
 * Fixed weights name each expected id exactly once, are not negative, and sum to 1 (within
 * 1e-9); each row has one number.
 */
function checkFixed(ctx: CheckContext, w: WeightsAst, target: WeightTarget): void {
  for (const row of w.rows) {
    if (row.cells.length !== 1)
      ctx.report(weightsNotFixed(row.range, "fixed (one number per name)"));
  }
  const seen = new Map<string, Range>();
  let sum = 0;
  for (const { name, value } of w.fixed) {
    sum += value.value;
    if (value.value < 0) ctx.report(negativeWeight(value));
    checkWeightedName(ctx, name, target, seen);
  }
  if (Math.abs(sum - 1) > WEIGHT_TOLERANCE) ctx.report(weightsSum(w.range, sum));
  const missing = target.expected.filter((x) => !seen.has(x));
  if (missing.length > 0) ctx.report(weightMissing(w.range, target.node, missing));
}
