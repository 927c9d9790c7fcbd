/**
 * Units pinned to the shift: under `scope per_year` min-max maps each year's lowest unit on a
 * column to 0, so a node's index is exactly the shift for a unit that is lowest on every
 * column it weights (docs/method.md §2). A unit whose index equals the shift in every year of
 * a several-year study carries no information about its development, and its growth rate is
 * meaningless; the engine names such units (W0304).
 */

/**
 * The units (indices into the unit-major `index` of `nUnits × nYears`) whose value equals
 * `shift` (within 1e-12 relative) in every year. Empty for a one-year study.
 */
export function unitsAtShift(
  index: Float64Array,
  shift: number,
  nUnits: number,
  nYears: number,
): number[] {
  if (nYears < 2) return [];
  const tolerance = 1e-12 * Math.max(1, Math.abs(shift));
  const out: number[] = [];
  for (let u = 0; u < nUnits; u++) {
    let pinned = true;
    for (let y = 0; y < nYears && pinned; y++)
      pinned = Math.abs(index[u * nYears + y]! - shift) <= tolerance;
    if (pinned) out.push(u);
  }
  return out;
}
