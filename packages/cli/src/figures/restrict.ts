/**
 * A result narrowed to some units and years, for a declared figure (`units …`, `years …`):
 * the same shape, so every figure builder draws a declared figure exactly as it draws the
 * default set. Only the parts figures read are narrowed (units, years, node indices and
 * per-year weights, coupling rows); the rest is shared with the full result.
 */
import type { Result } from "@ccdc/engine";

export function restrictResult(
  result: Result,
  unitIds: readonly string[] | undefined,
  years: readonly number[],
): Result {
  const keep = years.map((y) => result.years.indexOf(y)).filter((i) => i >= 0);
  const pick = <T>(xs: readonly T[]): T[] => keep.map((i) => xs[i] as T);
  const unitSet = unitIds ? new Set(unitIds) : undefined;
  const byId = new Map(result.units.map((u) => [u.id, u] as const));
  const units = unitIds ? unitIds.flatMap((id) => byId.get(id) ?? []) : result.units;
  const record = <T>(r: Readonly<Record<string, readonly T[]>>, filter: boolean) =>
    Object.fromEntries(
      Object.entries(r)
        .filter(([id]) => !filter || !unitSet || unitSet.has(id))
        .map(([id, xs]) => [id, pick(xs)]),
    );
  return {
    ...result,
    years: pick(result.years),
    units,
    nodes: result.nodes.map((n) => ({
      ...n,
      index: record(n.index, true),
      ...(n.weightsByYear && { weightsByYear: record(n.weightsByYear, false) }),
    })),
    coupling: result.coupling
      .filter((r) => !unitSet || r.units.every((u) => unitSet.has(u)))
      .map((r) => ({
        ...r,
        years: pick(r.years),
        C: pick(r.C),
        T: pick(r.T),
        D: pick(r.D),
        level: pick(r.level),
        label: pick(r.label),
        labels: Object.fromEntries(Object.entries(r.labels).map(([k, v]) => [k, pick(v)])),
      })),
  };
}
