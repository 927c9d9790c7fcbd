/**
 * The JSON form of a sensitivity analysis's summary (result-schema.ts `sensitivity`): every
 * per-cell statistic as one array per row, aligned with the result's `years`.
 */
import type { Plan } from "@ccdc/plan";
import type { SensitivityResultJson } from "../result-schema.js";
import type { SensitivityResult } from "./sensitivity.js";
import type { WatchedSummary } from "./summary.js";

/** Converts a summary to its JSON form; throws (an internal error) on a non-finite number. */
export function sensitivityToJson(plan: Plan, s: SensitivityResult): SensitivityResultJson {
  const decl = plan.sensitivity?.find((d) => d.id === s.id);
  const labels = { ...(decl?.labels ?? {}) };
  return {
    id: s.id,
    label: labels.en ?? s.id,
    labels,
    choices: s.choices.map((c) => ({ id: c.id, alternatives: [...c.alternatives] })),
    sample: { ...s.sample },
    runs: s.runs,
    outputs: s.outputs.map((o) => outputJson(s.id, o)),
  };
}

function outputJson(id: string, o: WatchedSummary): SensitivityResultJson["outputs"][number] {
  const n = o.years.length;
  const what = `sensitivity ${id} ${o.kind} ${o.id}`;
  const row = (col: Float64Array, r: number, name: string): number[] => {
    const out = Array.from(col.subarray(r * n, (r + 1) * n));
    for (const v of out)
      if (!Number.isFinite(v)) throw new Error(`internal: non-finite ${name} ${v} in ${what}`);
    return out;
  };
  return {
    kind: o.kind,
    id: o.id,
    ...(o.form === undefined ? {} : { form: o.form }),
    rows: o.rows.map((r, i) => ({
      units: [...r.units],
      systems: [...r.systems],
      nominal: row(o.nominal, i, "nominal"),
      median: row(o.median, i, "median"),
      low: row(o.low, i, "low"),
      high: row(o.high, i, "high"),
      ...(o.gradeShare ? { gradeShare: row(o.gradeShare, i, "gradeShare") } : {}),
      rank: {
        nominal: row(o.rankNominal, i, "rank"),
        low: row(o.rankLow, i, "rank"),
        high: row(o.rankHigh, i, "rank"),
      },
    })),
    groups: o.groups.map((g) => ({
      systems: [...g.systems],
      tauMedian: [...g.tauMedian],
      tauMin: [...g.tauMin],
      meanAbsRankShift: [...g.meanAbsRankShift],
    })),
    firstOrder: o.firstOrder.map((f) => ({ choice: f.choice, share: f.share })),
  };
}
