/**
 * Pass `relative-obstacle`: the `relative` and `obstacle` declarations (issue 10), read into
 * their plan shape and kept in a side table (`relativeObstacleTables`), as the spatial blocks
 * are.
 *
 * A relative development analysis names a within analysis (`values`, required: E1004; a
 * between analysis is E1401) and optionally its coupling `form` (default: its first; E1404),
 * a `rule` (`ratio` for two systems, the default there; `mean_of_others`, the default for more;
 * E1402 unknown, E1403 `ratio` over more than two) and `level` bands of E that tile [0, +∞)
 * (E1410-E1413; default: [0, 0.8) lagging, [0.8, 1.2] synchronous, (1.2, +∞) lagging).
 * Under `mean_of_others` the graded E is at most 1, so a declared band above 1 is never
 * reached (W1414; the default bands' top one is documented as unused there).
 * An obstacle analysis names a node (`values`, default the index; E1421 for a `given` node)
 * and `top N` (default 5; E1420).
 *
 * Codes: E1001-E1004 (settings), E1401-E1421, W1414.
 */
import type { Obstacle, Relative, RelativeLevel } from "@ccdc/plan";
import type { Ident, LabelSet } from "../ast.js";
import type { ObstacleDecl, RelativeDecl, RelativeLevelAst } from "../ast-relative-obstacle.js";
import {
  bandEmpty,
  bandNumber,
  bandsAboveOne,
  bandsDoNotTile,
  bandUpperWord,
  obstacleGivenNode,
  obstacleTop,
  relativeFormNotComputed,
  relativeNotWithin,
  relativeRatioOfMany,
  relativeRuleUnknown,
} from "../relative-obstacle-messages.js";
import { settingMissing } from "../spatial-messages.js";
import { type CheckContext, expectKind } from "./context.js";
import { SettingsReader } from "./settings.js";

/** The declarations that checked without error, in plan shape. */
export interface RelativeObstacleTables {
  readonly relative: Map<RelativeDecl, Relative>;
  readonly obstacles: Map<ObstacleDecl, Obstacle>;
}

const tables = new WeakMap<CheckContext, RelativeObstacleTables>();

/** The tables of a check run (created empty on first use). */
export function relativeObstacleTables(ctx: CheckContext): RelativeObstacleTables {
  let t = tables.get(ctx);
  if (!t) {
    t = { relative: new Map(), obstacles: new Map() };
    tables.set(ctx, t);
  }
  return t;
}

/** The default number of obstacles listed per unit and year. */
export const DEFAULT_OBSTACLE_TOP = 5;

/**
 * The common bands of the CCD literature: E < 0.8 the first system lags, 0.8 ≤ E ≤ 1.2
 * synchronous, E > 1.2 the second lags (for `mean_of_others` only the first two occur).
 */
export const DEFAULT_RELATIVE_LEVELS: readonly RelativeLevel[] = [
  {
    level: 1,
    lower: 0,
    upper: 0.8,
    lowerClosed: true,
    upperClosed: false,
    labels: { en: "lagging", zh: "滞后" },
  },
  {
    level: 2,
    lower: 0.8,
    upper: 1.2,
    lowerClosed: true,
    upperClosed: true,
    labels: { en: "synchronous", zh: "同步" },
  },
  {
    level: 3,
    lower: 1.2,
    upper: null,
    lowerClosed: false,
    upperClosed: false,
    labels: { en: "lagging", zh: "滞后" },
  },
];

const DEFAULT_FORMS = ["standard"];

export function checkRelativeObstacle(ctx: CheckContext): void {
  const t = relativeObstacleTables(ctx);
  for (const item of ctx.ast.items) {
    if (item.kind === "relative") {
      const def = checkRelative(ctx, item);
      if (def) t.relative.set(item, def);
    } else if (item.kind === "obstacle") {
      const def = checkObstacle(ctx, item);
      if (def) t.obstacles.set(item, def);
    }
  }
}

/** Labels as the plan has them: the primary is `en`, else `fallback`. */
function labelsOf(labels: LabelSet, fallback: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  out.en = labels.primary?.value ?? fallback;
  for (const o of labels.others) out[o.lang.name] = o.text.value;
  return out;
}

function checkRelative(ctx: CheckContext, decl: RelativeDecl): Relative | undefined {
  const before = ctx.errorCount;
  const s = new SettingsReader(ctx, decl.settings, "a relative development analysis", [
    "values",
    "form",
    "rule",
  ]);
  const values = s.name("values");
  if (!s.get("values"))
    ctx.report(
      settingMissing(decl.name.range, "the relative development analysis", "values <analysis>"),
    );
  const form = s.name("form");
  const rule = s.name("rule");
  let analysis: { id: string; systems: number; forms: string[] } | undefined;
  if (values) {
    const sym = ctx.resolve(values, expectKind("analysis"));
    if (sym?.kind === "analysis") {
      const a = sym.decl;
      if (!a.within) ctx.report(relativeNotWithin(values));
      else {
        const forms = (
          a.coupling.length > 0 ? a.coupling : (ctx.tables.method?.coupling ?? [])
        ).map((f) => f.name);
        analysis = {
          id: a.name.name,
          systems: a.systems.length,
          forms: forms.length > 0 ? forms : DEFAULT_FORMS,
        };
      }
    }
  }
  if (analysis && form && !analysis.forms.includes(form.name))
    ctx.report(relativeFormNotComputed(form, analysis.id, analysis.forms));
  if (rule && rule.name !== "ratio" && rule.name !== "mean_of_others")
    ctx.report(relativeRuleUnknown(rule));
  else if (rule?.name === "ratio" && analysis && analysis.systems > 2)
    ctx.report(relativeRatioOfMany(rule, analysis.id, analysis.systems));
  const levels = decl.levels.length > 0 ? checkLevels(ctx, decl) : DEFAULT_RELATIVE_LEVELS;
  if (ctx.errorCount > before || !analysis || !levels) return undefined;
  const chosenRule =
    rule?.name === "ratio" || rule?.name === "mean_of_others"
      ? rule.name
      : analysis.systems === 2
        ? "ratio"
        : "mean_of_others";
  if (chosenRule === "mean_of_others" && decl.levels.length > 0)
    warnBandsAboveOne(ctx, decl, levels, rule !== undefined);
  return {
    id: decl.name.name,
    labels: labelsOf(decl.labels, decl.name.name),
    analysis: analysis.id,
    form: (form?.name ?? analysis.forms[0]!) as Relative["form"],
    formOrigin: form ? "spec" : "default",
    rule: chosenRule,
    ruleOrigin: rule ? "spec" : "default",
    levels: levels.map((l) => ({ ...l, labels: { ...l.labels } })),
    levelsOrigin: decl.levels.length > 0 ? "spec" : "default",
  };
}

/**
 * W1414: the declared bands that hold no E ≤ 1 (lower bound above 1, or 1 left open), which
 * `mean_of_others` never reaches; one warning at the first of them.
 */
function warnBandsAboveOne(
  ctx: CheckContext,
  decl: RelativeDecl,
  levels: readonly RelativeLevel[],
  ruleWritten: boolean,
): void {
  const above = levels.flatMap((l, i) =>
    l.lower > 1 || (l.lower === 1 && !l.lowerClosed) ? [i] : [],
  );
  if (above.length === 0) return;
  // Each band as written: `3 (1.2, inf)`.
  const written = above.map((i) => {
    const l = decl.levels[i]!;
    const upper = "text" in l.upper ? l.upper.text : l.upper.name;
    return `${l.level.text} ${l.lowerClosed ? "[" : "("}${l.lower.text}, ${upper}${l.upperClosed ? "]" : ")"}`;
  });
  ctx.report(bandsAboveOne(decl.levels[above[0]!]!.range, written, ruleWritten));
}

/**
 * The declared bands: whole level numbers ≥ 1 ascending (E1411), bounds ≥ 0 (E1411), each band
 * non-empty (E1412), and together [0, +∞) once: the first starts at a closed 0, each next one
 * starts where the last ended with exactly one of the two ends closed, only the last is
 * unbounded (`inf`, open) (E1413).
 */
function checkLevels(ctx: CheckContext, decl: RelativeDecl): RelativeLevel[] | undefined {
  const before = ctx.errorCount;
  const out: RelativeLevel[] = [];
  let previous: RelativeLevelAst | undefined;
  for (const l of decl.levels) {
    if (!Number.isInteger(l.level.value) || l.level.value < 1)
      ctx.report(bandNumber(l.level, "a whole number ≥ 1 (a level number)"));
    else if (previous && l.level.value <= previous.level.value)
      ctx.report(bandNumber(l.level, `above the previous level's number ${previous.level.text}`));
    if (l.lower.value < 0) ctx.report(bandNumber(l.lower, "a bound ≥ 0 (E is never negative)"));
    let upper: number | null;
    if ("name" in l.upper) {
      if (l.upper.name !== "inf") {
        ctx.report(bandUpperWord(l.upper));
        previous = l;
        continue;
      }
      upper = null;
      if (l.upperClosed)
        ctx.report(bandsDoNotTile(l.range, "`inf]` closes an unbounded band", "write `(…, inf)`"));
    } else {
      upper = l.upper.value;
      if (upper < l.lower.value || (upper === l.lower.value && !(l.lowerClosed && l.upperClosed)))
        ctx.report(bandEmpty(l.range));
    }
    out.push({
      level: l.level.value,
      lower: l.lower.value,
      upper,
      lowerClosed: l.lowerClosed,
      upperClosed: l.upperClosed,
      labels: labelsOf(l.labels, `level ${l.level.text}`),
    });
    previous = l;
  }
  if (ctx.errorCount > before) return undefined;
  const first = out[0]!;
  if (first.lower !== 0 || !first.lowerClosed)
    ctx.report(
      bandsDoNotTile(
        decl.levels[0]!.range,
        "the first band does not start at a closed 0",
        "start the first band with `[0, …`",
      ),
    );
  for (let i = 1; i < out.length; i++) {
    const a = out[i - 1]!;
    const b = out[i]!;
    const at = decl.levels[i]!.range;
    if (a.upper === null)
      ctx.report(bandsDoNotTile(at, "a band follows the unbounded one", "end with the `inf` band"));
    else if (b.lower !== a.upper)
      ctx.report(
        bandsDoNotTile(
          at,
          b.lower > a.upper
            ? `a gap between ${a.upper} and ${b.lower}`
            : `an overlap below ${a.upper}`,
          `start this band at ${a.upper}`,
        ),
      );
    else if (a.upperClosed === b.lowerClosed)
      ctx.report(
        bandsDoNotTile(
          at,
          a.upperClosed ? `${a.upper} is in two bands` : `${a.upper} is in no band`,
          "close exactly one of the two ends that meet: `…, 0.8)` then `[0.8, …`",
        ),
      );
  }
  if (out[out.length - 1]!.upper !== null)
    ctx.report(
      bandsDoNotTile(
        decl.levels[decl.levels.length - 1]!.range,
        "E above the last band is in no band",
        "end the last band with `inf)`: E has no upper bound",
      ),
    );
  return ctx.errorCount > before ? undefined : out;
}

function checkObstacle(ctx: CheckContext, decl: ObstacleDecl): Obstacle | undefined {
  const before = ctx.errorCount;
  const s = new SettingsReader(ctx, decl.settings, "an obstacle analysis", ["values", "top"]);
  const values = s.name("values");
  let node: Ident | undefined;
  if (values) {
    const sym = ctx.resolve(values, expectKind("node", "node", "a node of the hierarchy"));
    if (sym?.kind === "node") {
      if (sym.decl.given) ctx.report(obstacleGivenNode(values));
      else node = values;
    }
  }
  const top = s.number("top");
  if (top && !(Number.isInteger(top.value) && top.value >= 1)) ctx.report(obstacleTop(top));
  const root = ctx.tables.root;
  if (ctx.errorCount > before || (!node && !root)) return undefined;
  if (!node && root?.given) {
    ctx.report(obstacleGivenNode(root.name));
    return undefined;
  }
  return {
    id: decl.name.name,
    labels: labelsOf(decl.labels, decl.name.name),
    node: node?.name ?? root!.name.name,
    nodeOrigin: values ? "spec" : "default",
    top: top?.value ?? DEFAULT_OBSTACLE_TOP,
    topOrigin: top ? "spec" : "default",
  };
}
