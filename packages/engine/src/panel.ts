/**
 * The region panel: one `Float64Array` per variable id, of length `regions × years`,
 * region-major (`i = r * years + y`), regions in `plan.regions` order and years in
 * `plan.study.years` order. `NaN` marks a missing cell; it never leaves the engine.
 *
 * This is what the readers produce and what `runPlanOnPanel` takes (benchmarks and tests
 * build it directly).
 */
import { emptyRecord, type Plan } from "@ccdc/plan";

/**
 * Variable id → region-major values, NaN = missing. Build it with `emptyRecord()` (a variable
 * may be called `__proto__`); the engine reads it only through own keys.
 */
export type PanelData = Record<string, Float64Array>;

/**
 * A panel with every variable of the plan, all cells missing. `allocate` makes each column
 * (zeroed, n values): a run on worker threads passes its executor's, so that the columns are
 * in shared memory from the start rather than copied there for the workers.
 */
export function emptyPanel(
  plan: Plan,
  allocate: (n: number) => Float64Array = (n) => new Float64Array(n),
): PanelData {
  const n = plan.regions.length * plan.study.years.length;
  const panel: PanelData = emptyRecord();
  for (const s of plan.sources)
    for (const v of s.variables) panel[v.id] = allocate(n).fill(Number.NaN);
  return panel;
}

/**
 * A working panel for the variables the run fills and reads, such that the caller's arrays
 * are never modified: a column with a missing cell (which filling will write) is copied; a
 * complete column is shared, since nothing writes to it. A variable absent from `panel` is
 * all missing. A column of the wrong length is a programming error of the caller and throws.
 */
export function workingPanel(
  plan: Plan,
  panel: Readonly<PanelData>,
  ids: readonly string[],
): PanelData {
  const n = plan.regions.length * plan.study.years.length;
  const out: PanelData = emptyRecord();
  for (const id of ids) {
    const col = Object.hasOwn(panel, id) ? panel[id] : undefined;
    if (col === undefined) {
      out[id] = new Float64Array(n).fill(Number.NaN);
      continue;
    }
    if (col.length !== n) {
      throw new RangeError(
        `panel column "${id}" has ${col.length} values; the plan needs regions × years = ${n}`,
      );
    }
    // includes() compares with SameValueZero, so it finds NaN (natively, faster than a loop).
    const complete = !col.includes(Number.NaN);
    out[id] = complete ? col : Float64Array.from(col);
  }
  return out;
}
