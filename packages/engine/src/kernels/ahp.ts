/** How AHP turns a judgement matrix into weights. */
export type AhpMethod = "eigenvector" | "geometric_mean";

/**
 * Saaty's random consistency index RI(n), the mean CI of random reciprocal matrices on the 1–9
 * scale, for n = 1..15: n ≤ 10 from Saaty (1980, The Analytic Hierarchy Process, Table 1.7 as
 * reprinted in Saaty 1990, EJOR 48:9–26), n = 11..15 as Saaty tabulates them later (e.g. Saaty &
 * Tran 2007, Math. Comput. Modelling 46:962–975). RI(1) = RI(2) = 0: every 1 × 1 and 2 × 2
 * reciprocal matrix is consistent.
 */
export const SAATY_RI: readonly number[] = [
  0, 0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
];

/** The largest n that {@link SAATY_RI} covers. */
export const AHP_MAX_ORDER = SAATY_RI.length - 1;

/** The consistency ratio at or above which a judgement matrix is called inconsistent. */
export const AHP_CR_LIMIT = 0.1;

/** Why a cell of a judgement matrix is not acceptable, 0-based row and column. */
export type AhpCellProblem =
  | { kind: "not_positive"; row: number; col: number; value: number }
  | { kind: "diagonal"; row: number; col: number; value: number }
  | { kind: "not_reciprocal"; row: number; col: number; value: number; mirror: number };

/**
 * The relative tolerance of the reciprocity check |a_ij · a_ji − 1| ≤ 1e-9: wide enough for a
 * written fraction (7 · (1/7) is 1 − 1 ulp in binary), narrow enough that a rounded decimal such
 * as 0.33 for 1/3 (product 0.99) is caught.
 */
export const AHP_RECIPROCAL_TOLERANCE = 1e-9;

/**
 * Every problem in an n × n row-major judgement matrix: a value not finite and > 0, a diagonal
 * value other than 1, and (once per pair, at the cell below the diagonal) a pair with
 * a_ij · a_ji ≠ 1 beyond {@link AHP_RECIPROCAL_TOLERANCE}.
 */
export function ahpMatrixProblems(a: Float64Array, n: number): AhpCellProblem[] {
  const problems: AhpCellProblem[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = a[i * n + j]!;
      if (!(v > 0 && Number.isFinite(v)))
        problems.push({ kind: "not_positive", row: i, col: j, value: v });
      else if (i === j && v !== 1) problems.push({ kind: "diagonal", row: i, col: j, value: v });
    }
  }
  if (problems.length > 0) return problems;
  for (let i = 1; i < n; i++) {
    for (let j = 0; j < i; j++) {
      const v = a[i * n + j]!;
      const mirror = a[j * n + i]!;
      if (Math.abs(v * mirror - 1) > AHP_RECIPROCAL_TOLERANCE) {
        problems.push({ kind: "not_reciprocal", row: i, col: j, value: v, mirror });
      }
    }
  }
  return problems;
}

export interface AhpResult {
  /** The priority vector, each > 0, summing to 1. */
  weights: Float64Array;
  /** λmax, the principal (Perron) eigenvalue of the matrix (≥ n for a reciprocal matrix). */
  lambdaMax: number;
  /** CI = (λmax − n) / (n − 1); 0 for n ≤ 2. */
  ci: number;
  /** RI(n) from {@link SAATY_RI}. */
  ri: number;
  /** CR = CI / RI; 0 for n ≤ 2 (RI = 0, every such matrix is consistent). */
  cr: number;
}

/** Iterations of the power method: far more than a positive matrix of order ≤ 15 needs. */
const POWER_ITERATIONS = 10_000;

/**
 * The principal right eigenvector (normalised to sum 1) and eigenvalue of a positive n × n
 * matrix by the power method: x ← A x / Σ(A x) until no component moves by more than 1e-15.
 * A positive matrix has a simple dominant eigenvalue with a positive eigenvector (Perron), so
 * the iteration converges from x = (1/n, …); it is bounded by {@link POWER_ITERATIONS}.
 * λmax = Σ_i (A x)_i when Σ x = 1 (summing A x = λ x over i).
 */
export function principalEigen(
  a: Float64Array,
  n: number,
): { vector: Float64Array; value: number } {
  let x = new Float64Array(n).fill(1 / n);
  let value = n;
  for (let it = 0; it < POWER_ITERATIONS; it++) {
    const y = new Float64Array(n);
    let s = 0;
    for (let i = 0; i < n; i++) {
      let v = 0;
      for (let j = 0; j < n; j++) v += a[i * n + j]! * x[j]!;
      y[i] = v;
      s += v;
    }
    value = s;
    let moved = 0;
    for (let i = 0; i < n; i++) {
      y[i] = y[i]! / s;
      moved = Math.max(moved, Math.abs(y[i]! - x[i]!));
    }
    x = y;
    if (moved <= 1e-15) break;
  }
  return { vector: x, value };
}

/**
 * AHP weights from a positive reciprocal judgement matrix (Saaty 1977, "A scaling method for
 * priorities in hierarchical structures", J. Math. Psych. 15:234–281), n × n row-major, a_ij =
 * how much more important child i is than child j on the 1–9 scale:
 *
 * - `eigenvector` (Saaty's): w = the principal right eigenvector, A w = λmax w, Σ w = 1;
 * - `geometric_mean` (row geometric mean, Crawford & Williams 1985): w_i ∝ (Π_j a_ij)^(1/n).
 *
 * Consistency, either way from the matrix (Saaty's definition, not from the weights): λmax the
 * principal eigenvalue, CI = (λmax − n)/(n − 1), CR = CI / RI(n). For n ≤ 2, CI = CR = 0.
 * A consistent matrix (a_ij = w_i / w_j) gives back w under both methods and λmax = n.
 *
 * Preconditions: 1 ≤ n ≤ {@link AHP_MAX_ORDER}, {@link ahpMatrixProblems} finds nothing (the
 * checker reports those at the cell); a violation throws a RangeError.
 */
export function ahpWeights(a: Float64Array, n: number, method: AhpMethod): AhpResult {
  if (!(n >= 1 && n <= AHP_MAX_ORDER) || a.length !== n * n) {
    throw new RangeError(`ahpWeights: order ${n} with ${a.length} cells`);
  }
  const problems = ahpMatrixProblems(a, n);
  if (problems.length > 0) throw new RangeError(`ahpWeights: ${problems[0]!.kind} cell`);
  const eigen = principalEigen(a, n);
  let weights = eigen.vector;
  if (method === "geometric_mean") {
    weights = new Float64Array(n);
    let s = 0;
    for (let i = 0; i < n; i++) {
      let logs = 0;
      for (let j = 0; j < n; j++) logs += Math.log(a[i * n + j]!);
      weights[i] = Math.exp(logs / n);
      s += weights[i]!;
    }
    for (let i = 0; i < n; i++) weights[i] = weights[i]! / s;
  }
  // λmax ≥ n for a positive reciprocal matrix; rounding can give n − 1e-15.
  const lambdaMax = Math.max(n, eigen.value);
  const ri = SAATY_RI[n]!;
  const ci = n <= 2 ? 0 : (lambdaMax - n) / (n - 1);
  const cr = n <= 2 ? 0 : ci / ri;
  return { weights, lambdaMax, ci, ri, cr };
}
