/**
 * A node's data-driven weighting within one scope (the whole panel when pooled, one year's
 * units when per year): the plan's `Weighting` turned into kernel calls, with every
 * intermediate value kept for the results so that a reviewer can check it (σ, mean, v, r,
 * C_j, λmax, CI, CR, α). Pure: the caller gathers the scope's columns and reports problems.
 */
import { type BaseWeighting, emptyRecord, own, type Weighting } from "@ccdc/plan";
import {
  ahpWeights,
  combineGameTheory,
  combineGeometric,
  combineLinear,
  combineMultiplicative,
  criticWeights,
  cvColumnProblem,
  cvWeights,
  entropyWeights,
  equalWeights,
  stdevWeights,
} from "./kernels/index.js";

/** The intermediate values of one weighting in one scope (JSON-ready, finite numbers only). */
export interface WeightDetail {
  /** The method and its variant, as the run report prints it. */
  method: string;
  /** The resulting weights by id. */
  weights: Record<string, number>;
  /** Per-id quantities: quantity → id → value (sigma, mean, cv, dispersion, conflict, …). */
  byId?: Record<string, Record<string, number>>;
  /** Scalars: lambdaMax, ci, ri, cr. */
  scalars?: Record<string, number>;
  /** CRITIC: r_jk as id → id → r. */
  correlation?: Record<string, Record<string, number>>;
  /** combine: the coefficients by member, as used (and before normalisation, game theory). */
  alpha?: number[];
  rawAlpha?: number[];
  /** combine: each member's detail, in order. */
  members?: WeightDetail[];
  /** A declared degenerate rule was applied (equal weights, or α = 1/T). */
  degenerate?: boolean;
}

/** Why the weighting could not be computed on this scope's data. */
export type WeightingProblem =
  | { kind: "cv_negative"; column: number; row: number; value: number }
  | { kind: "cv_zero_mean"; column: number }
  | { kind: "game_theory_negative"; alpha: number[] };

export interface WeightingOutcome {
  weights: Float64Array;
  detail: WeightDetail;
  degenerate: boolean;
  problem?: WeightingProblem;
}

/** The variant text of a weighting, for the run report and the results. */
export function weightingVariant(w: Weighting): string {
  switch (w.kind) {
    case "critic":
      return `critic (${w.correlation} correlation, ${w.dispersion === "stdev" ? "σ" : "1 − entropy"} contrast)`;
    case "ahp":
      return `ahp (${w.method === "eigenvector" ? "principal eigenvector" : "row geometric mean"}, CR ≥ 0.1 ${w.inconsistency === "error" ? "is an error" : "warns"})`;
    case "combine": {
      const members = w.members.map(weightingVariant).join(", ");
      const rule =
        w.rule === "linear"
          ? `linear α = ${w.alpha!.join(", ")}`
          : w.rule === "game_theory"
            ? `game_theory, α normalised by ${w.normalisation === "sum" ? "their sum" : "their absolute values"}`
            : w.rule;
      return `combine ${rule} of [${members}]`;
    }
    case "stdev":
      return "stdev (sample σ of the normalised values)";
    case "cv":
      return "cv (sample σ / mean of the raw values)";
    default:
      return w.kind;
  }
}

const record = (ids: readonly string[], values: ArrayLike<number>) => {
  const out = emptyRecord<number>();
  ids.forEach((id, j) => {
    out[id] = values[j]!;
  });
  return out;
};

/**
 * Weighs `normalized` (the shifted normalised columns of the ids, in scope) and `raw` (their
 * values before normalisation, for CV) by `w`. Fixed and equal weights are data-independent
 * but handled here too, so that a combination can use them.
 */
export function weighScope(
  w: Weighting,
  ids: readonly string[],
  normalized: readonly Float64Array[],
  raw: readonly Float64Array[],
): WeightingOutcome {
  if (w.kind !== "combine") return weighBase(w, ids, normalized, raw);
  const members = w.members.map((m) => weighBase(m, ids, normalized, raw));
  const bad = members.find((m) => m.problem);
  const memberDetails = members.map((m) => m.detail);
  const vectors = members.map((m) => m.weights);
  const method = weightingVariant(w);
  if (bad) return { ...bad, detail: { method, weights: {}, members: memberDetails } };
  let weights: Float64Array;
  let degenerate = false;
  const detail: WeightDetail = { method, weights: {}, members: memberDetails };
  if (w.rule === "linear") {
    weights = combineLinear(vectors, Float64Array.from(w.alpha!));
    detail.alpha = [...w.alpha!];
  } else if (w.rule === "multiplicative" || w.rule === "geometric") {
    const r =
      w.rule === "multiplicative" ? combineMultiplicative(vectors) : combineGeometric(vectors);
    weights = r.weights;
    degenerate = r.degenerate;
  } else {
    const r = combineGameTheory(vectors, w.normalisation ?? "abs");
    detail.alpha = Array.from(r.alpha);
    detail.rawAlpha = Array.from(r.rawAlpha);
    degenerate = r.degenerate;
    if (r.negative) {
      return {
        weights: equalWeights(ids.length),
        detail,
        degenerate,
        problem: { kind: "game_theory_negative", alpha: Array.from(r.alpha) },
      };
    }
    weights = r.weights;
  }
  detail.weights = record(ids, weights);
  if (degenerate) detail.degenerate = true;
  return { weights, detail, degenerate };
}

function weighBase(
  w: BaseWeighting,
  ids: readonly string[],
  normalized: readonly Float64Array[],
  raw: readonly Float64Array[],
): WeightingOutcome {
  const method = weightingVariant(w);
  const done = (weights: Float64Array, degenerate: boolean, extra: Partial<WeightDetail> = {}) => ({
    weights,
    degenerate,
    detail: {
      method,
      weights: record(ids, weights),
      ...extra,
      ...(degenerate ? { degenerate: true } : {}),
    },
  });
  switch (w.kind) {
    case "equal":
      return done(equalWeights(ids.length), false);
    case "fixed":
      return done(
        Float64Array.from(ids, (id) => own(w.weights, id)!),
        false,
      );
    case "entropy": {
      const r = entropyWeights(normalized);
      return done(r.weights, r.degenerate, { byId: { entropy: record(ids, r.entropy) } });
    }
    case "stdev": {
      const r = stdevWeights(normalized);
      return done(r.weights, r.degenerate, { byId: { sigma: record(ids, r.sigma) } });
    }
    case "cv": {
      const p = cvColumnProblem(raw);
      if (p) {
        const problem: WeightingProblem =
          p.kind === "negative"
            ? { kind: "cv_negative", column: p.column, row: p.row, value: p.value }
            : { kind: "cv_zero_mean", column: p.column };
        return { ...done(equalWeights(ids.length), false), problem };
      }
      const r = cvWeights(raw);
      return done(r.weights, r.degenerate, {
        byId: { sigma: record(ids, r.sigma), mean: record(ids, r.mean), cv: record(ids, r.cv) },
      });
    }
    case "critic": {
      const r = criticWeights(normalized, { correlation: w.correlation, dispersion: w.dispersion });
      const k = ids.length;
      const correlation = emptyRecord<Record<string, number>>();
      ids.forEach((a, j) => {
        correlation[a] = record(ids, r.correlation.subarray(j * k, (j + 1) * k));
      });
      return done(r.weights, r.degenerate, {
        byId: {
          dispersion: record(ids, r.dispersion),
          conflict: record(ids, r.conflict),
          information: record(ids, r.information),
        },
        correlation,
      });
    }
    case "ahp": {
      // The matrix is over `w.ids`, which the plan checks equal `ids` as sets; reorder to ids.
      const n = ids.length;
      const pos = ids.map((id) => w.ids.indexOf(id));
      const a = new Float64Array(n * n);
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) a[i * n + j] = w.matrix[pos[i]!]![pos[j]!]!;
      const r = ahpWeights(a, n, w.method);
      return done(r.weights, false, {
        scalars: { lambdaMax: r.lambdaMax, ci: r.ci, ri: r.ri, cr: r.cr },
      });
    }
  }
}
