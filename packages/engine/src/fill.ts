/**
 * Missing-data rules, per variable (`plan.sources[].variables[].missing`), applied to the
 * region panel for the regions that belong to a unit and every study year.
 *
 * - error (default): a missing cell stops the run. Every such cell of every variable is
 *   collected into ONE issue (D0201) naming variable, region and year.
 * - interpolate: linear in the year between the nearest observed years before and after;
 *   leading and trailing gaps cannot be filled (D0202, naming the cells).
 * - nearest: the value of the nearest observed year; a tie goes to the earlier year (D0203
 *   when a series has no observation at all).
 * - splice(proxy): x(t) = x(t0) · proxy(t) / proxy(t0), t0 the nearest observed year of x
 *   (ties: earlier). The proxy is filled first by its own rule. D0204 when x has no
 *   observation, or the proxy is missing or zero at t or t0.
 *
 * Only observed values serve as anchors (a filled value never anchors another fill). Only
 * the variables the study needs must end complete; a variable that is only a splice proxy may
 * keep gaps where no splice needs it. Every filled cell is recorded.
 */

import { type EngineIssue, formatCells, type IssueCell } from "./issues.js";
import * as msg from "./messages/index.js";
import type { PanelData } from "./panel.js";
import type { PlanIndex, VariableInfo } from "./plan-index.js";
import type { FilledCell } from "./result-schema.js";

export interface FillOutcome {
  /** Filled cells, ordered by variable (plan order), region (plan order), year. */
  filled: FilledCell[];
  errors: EngineIssue[];
}

interface Failure {
  cell: IssueCell;
  why?: string;
}

/**
 * Fills the working panel in place (it must be a copy the caller owns). Variables in
 * `complete` are known to have no missing cell and are not scanned again.
 */
export function fillMissing(
  index: PlanIndex,
  panel: PanelData,
  complete?: ReadonlySet<string>,
): FillOutcome {
  const { years, nYears, neededRegions, regionIds } = index;
  const filled: { order: number; region: number; y: number; cell: FilledCell }[] = [];
  const errorRuleCells: { info: VariableInfo; cells: IssueCell[] }[] = [];
  const errors: EngineIssue[] = [];
  const observed = new Int32Array(nYears);

  for (const id of index.fillOrder) {
    if (complete?.has(id)) continue;
    const info = index.variableById.get(id)!;
    const rule = info.variable.missing;
    const col = panel[id]!;
    const needed = index.needed.has(id);
    const proxy = rule.kind === "splice" ? panel[rule.proxy]! : undefined;
    const ruleName = rule.kind === "splice" ? `splice(${rule.proxy})` : rule.kind;
    const missingCells: IssueCell[] = [];
    const failures: Failure[] = [];

    for (let k = 0; k < neededRegions.length; k++) {
      const r = neededRegions[k]!;
      const base = r * nYears;
      // Observed years of this series, before anything is filled.
      let nObs = 0;
      for (let y = 0; y < nYears; y++) if (!Number.isNaN(col[base + y]!)) observed[nObs++] = y;
      if (nObs === nYears) continue;
      const region = regionIds[r]!;
      let next = 0; // index into observed[] of the first observed year after y
      for (let y = 0; y < nYears; y++) {
        if (next < nObs && observed[next]! === y) {
          next++;
          continue;
        }
        const cell = { variable: id, region, year: years[y]! };
        const before = next > 0 ? observed[next - 1]! : -1;
        const after = next < nObs ? observed[next]! : -1;
        let value = Number.NaN;
        let why: string | undefined;
        switch (rule.kind) {
          case "error":
            missingCells.push(cell);
            continue;
          case "interpolate":
            if (before >= 0 && after >= 0) {
              const x0 = col[base + before]!;
              const x1 = col[base + after]!;
              const t = (years[y]! - years[before]!) / (years[after]! - years[before]!);
              value = x0 + (x1 - x0) * t;
            } else why = before < 0 ? "no observed year before it" : "no observed year after it";
            break;
          case "nearest": {
            const src = nearest(years, y, before, after);
            if (src >= 0) value = col[base + src]!;
            else why = "no observed year";
            break;
          }
          case "splice": {
            const t0 = nearest(years, y, before, after);
            if (t0 < 0) {
              why = "no observed year to splice from";
              break;
            }
            const pt = proxy![base + y]!;
            const p0 = proxy![base + t0]!;
            if (Number.isNaN(pt) || Number.isNaN(p0)) {
              why = `${rule.proxy} is missing in ${Number.isNaN(pt) ? years[y] : years[t0]}`;
            } else if (pt === 0 || p0 === 0) {
              why = `${rule.proxy} is 0 in ${p0 === 0 ? years[t0] : years[y]}`;
            } else value = (col[base + t0]! * pt) / p0;
            break;
          }
        }
        if (why !== undefined || !Number.isFinite(value)) {
          failures.push({ cell, why: why ?? `the fill is not finite (${value})` });
          continue;
        }
        col[base + y] = value;
        filled.push({ order: info.order, region: r, y, cell: { ...cell, rule: ruleName, value } });
      }
    }

    if (needed && missingCells.length > 0) errorRuleCells.push({ info, cells: missingCells });
    if (needed && failures.length > 0) errors.push(ruleFailure(index, info, ruleName, failures));
  }

  if (errorRuleCells.length > 0) {
    const cells = errorRuleCells.flatMap((e) => e.cells);
    // Each line names the data keys looked for: the variable's and each region's.
    const showRegion = regionWithKey(index);
    const lines = errorRuleCells.map(
      ({ info, cells: cs }) =>
        `${formatCells(cs, showRegion)}  (key "${info.variable.key}" in ${info.source.path})`,
    );
    errors.unshift(
      msg.missingCells(
        cells,
        errorRuleCells.length,
        lines,
        `${errorRuleCells[0]!.info.pointer}/missing`,
      ),
    );
  }
  filled.sort((a, b) => a.order - b.order || a.region - b.region || a.y - b.y);
  return { filled: filled.map((f) => f.cell), errors };
}

/** Shows a region id with the key its rows carry in the data: `north (key "North")`. */
function regionWithKey(index: PlanIndex): (id: string) => string {
  const keys = new Map(index.plan.regions.map((r) => [r.id, r.key] as const));
  return (id) => `${id} (key ${JSON.stringify(keys.get(id) ?? id)})`;
}

/**
 * The nearest observed year index to y given the observed neighbours `before` and `after`
 * (-1 when absent); a tie goes to the earlier year.
 */
function nearest(years: readonly number[], y: number, before: number, after: number): number {
  if (before < 0) return after;
  if (after < 0) return before;
  return years[y]! - years[before]! <= years[after]! - years[y]! ? before : after;
}

function ruleFailure(
  index: PlanIndex,
  info: VariableInfo,
  ruleName: string,
  failures: Failure[],
): EngineIssue {
  // Group the cells by reason, keeping first-seen order.
  const byWhy = new Map<string, IssueCell[]>();
  for (const f of failures) {
    const key = f.why ?? "";
    const list = byWhy.get(key);
    if (list) list.push(f.cell);
    else byWhy.set(key, [f.cell]);
  }
  const rule =
    info.variable.missing.kind === "interpolate"
      ? "interpolate"
      : info.variable.missing.kind === "nearest"
        ? "nearest"
        : "splice";
  return msg.cannotFill(
    rule,
    info.id,
    ruleName,
    byWhy,
    regionWithKey(index),
    `${info.pointer}/missing`,
  );
}
