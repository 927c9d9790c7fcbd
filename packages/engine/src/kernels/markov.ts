import { quantileSorted } from "./kde.js";
import { neumaierSum } from "./sum.js";

/** A discrete-time Markov chain estimated from observed state sequences (see {@link markovChain}). */
export interface MarkovResult {
  /** n_ij, transitions from state i to state j (k × k, row-major). */
  counts: Int32Array;
  /** P_ij = n_ij / Σ_j n_ij (k × k); a row with no observed transition is all 0 (see `unobserved`). */
  matrix: Float64Array;
  /** States with no transition out of them (rows of 0 in `matrix`). */
  unobserved: number[];
  /** The stationary distribution π (π P̃ = π, Σ π = 1), or null with the reason (see below). */
  steadyState: Float64Array | null;
  steadyStateNote: string | null;
  /** States that occur but are never left (the last years only): absorbing in P̃. */
  absorbing: number[];
}

/**
 * The maximum-likelihood transition matrix of a first-order Markov chain (T. W. Anderson &
 * L. A. Goodman 1957, Ann. Math. Statist. 28:89; in regional convergence D. Quah 1993), from
 * `states[u * years + t]` ∈ [0, k) for each unit u and year t, with transitions from t to
 * t + step (step ≥ 1 years), pooled over units and years: P_ij = n_ij / n_i.
 *
 * The steady state solves π P̃ = π with Σ π = 1, where P̃ is P with these declared rules:
 * 1. a state that occurs nowhere in the data is left out (π = 0);
 * 2. a state that occurs but is never left (it appears only in the last `step` years) stays put:
 *    its row in P̃ is the unit vector (listed in `absorbing`);
 * 3. if P̃ has more than one closed communicating class the stationary distribution is not
 *    unique: `steadyState` is null and `steadyStateNote` says why.
 * π is then the unique solution of the linear system (Gaussian elimination, partial pivoting),
 * clamped at ≥ 0 against rounding and renormalised.
 *
 * Preconditions (RangeError): states.length = units·years; every state an integer in [0, k);
 * step ≥ 1.
 */
export function markovChain(
  states: Int32Array,
  units: number,
  years: number,
  k: number,
  step: number,
): MarkovResult {
  if (states.length !== units * years) {
    throw new RangeError(`markovChain: ${states.length} states, expected ${units}·${years}`);
  }
  if (!(Number.isInteger(step) && step >= 1)) throw new RangeError(`markovChain: step ${step}`);
  const occurs = new Uint8Array(k);
  for (const s of states) {
    if (!(s >= 0 && s < k)) throw new RangeError(`markovChain: state ${s} not in [0, ${k})`);
    occurs[s] = 1;
  }
  const counts = new Int32Array(k * k);
  for (let u = 0; u < units; u++) {
    for (let t = 0; t + step < years; t++) {
      counts[states[u * years + t]! * k + states[u * years + t + step]!]! += 1;
    }
  }
  return chainFromCounts(counts, occurs, k);
}

/**
 * The transition matrix and steady state of a chain from its transition counts (k × k,
 * row-major) and the states that occur (`occurs[i]` = 1), under the declared rules of
 * {@link markovChain}. Shared by the spatial Markov chains (spatial-markov.ts), where a state
 * "occurs" when a transition of the lag class starts or ends in it.
 */
export function chainFromCounts(counts: Int32Array, occurs: Uint8Array, k: number): MarkovResult {
  const matrix = new Float64Array(k * k);
  const unobserved: number[] = [];
  for (let i = 0; i < k; i++) {
    let row = 0;
    for (let j = 0; j < k; j++) row += counts[i * k + j]!;
    if (row === 0) unobserved.push(i);
    else for (let j = 0; j < k; j++) matrix[i * k + j] = counts[i * k + j]! / row;
  }
  const absorbing = unobserved.filter((i) => occurs[i] === 1);
  const live: number[] = [];
  for (let i = 0; i < k; i++) if (occurs[i]) live.push(i);
  const m = live.length;
  if (m === 0) {
    return {
      counts,
      matrix,
      unobserved,
      steadyState: null,
      steadyStateNote: "no transition: no state occurs",
      absorbing,
    };
  }
  const p = new Float64Array(m * m);
  for (let a = 0; a < m; a++) {
    const i = live[a]!;
    if (absorbing.includes(i)) p[a * m + a] = 1;
    else for (let b = 0; b < m; b++) p[a * m + b] = matrix[i * k + live[b]!]!;
  }
  const closed = closedClasses(p, m);
  if (closed > 1) {
    return {
      counts,
      matrix,
      unobserved,
      steadyState: null,
      steadyStateNote: `no unique steady state: the chain has ${closed} closed classes of states`,
      absorbing,
    };
  }
  const pi = stationary(p, m);
  const steadyState = new Float64Array(k);
  for (let a = 0; a < m; a++) steadyState[live[a]!] = pi[a]!;
  return { counts, matrix, unobserved, steadyState, steadyStateNote: null, absorbing };
}

/** The number of closed communicating classes of a chain with m states (exact, by reachability). */
function closedClasses(p: Float64Array, m: number): number {
  const reach: Uint8Array[] = [];
  for (let a = 0; a < m; a++) {
    const seen = new Uint8Array(m);
    const stack = [a];
    seen[a] = 1;
    while (stack.length > 0) {
      const x = stack.pop()!;
      for (let b = 0; b < m; b++) {
        if (p[x * m + b]! > 0 && !seen[b]) {
          seen[b] = 1;
          stack.push(b);
        }
      }
    }
    reach.push(seen);
  }
  // a's class is closed when every state a reaches also reaches a; count each class once.
  let closed = 0;
  const counted = new Uint8Array(m);
  for (let a = 0; a < m; a++) {
    if (counted[a]) continue;
    let isClosed = true;
    for (let b = 0; b < m; b++) {
      if (reach[a]![b] && !reach[b]![a]) isClosed = false;
      if (reach[a]![b] && reach[b]![a]) counted[b] = 1;
    }
    if (isClosed) closed++;
  }
  return closed;
}

/** Solves π(P − I) = 0 with Σπ = 1 (the last equation replaced by the normalisation). */
function stationary(p: Float64Array, m: number): Float64Array {
  // Rows of A are equations: A[r][c] = (P − I)ᵀ[r][c] = P[c][r] − δ; the last row is all 1.
  const a: number[][] = [];
  for (let r = 0; r < m; r++) {
    const row: number[] = [];
    for (let c = 0; c < m; c++) row.push(r === m - 1 ? 1 : p[c * m + r]! - (r === c ? 1 : 0));
    row.push(r === m - 1 ? 1 : 0);
    a.push(row);
  }
  for (let col = 0; col < m; col++) {
    let piv = col;
    for (let r = col + 1; r < m; r++) {
      if (Math.abs(a[r]![col]!) > Math.abs(a[piv]![col]!)) piv = r;
    }
    [a[col], a[piv]] = [a[piv]!, a[col]!];
    const pv = a[col]![col]!;
    for (let r = 0; r < m; r++) {
      if (r === col) continue;
      const f = a[r]![col]! / pv;
      if (f === 0) continue;
      for (let c = col; c <= m; c++) a[r]![c] = a[r]![c]! - f * a[col]![c]!;
    }
  }
  const pi = new Float64Array(m);
  for (let r = 0; r < m; r++) pi[r] = Math.max(0, a[r]![m]! / a[r]![r]!);
  const total = neumaierSum(pi);
  for (let r = 0; r < m; r++) pi[r] = pi[r]! / total;
  return pi;
}

/**
 * k quantile classes of values (mapclassify's `Quantiles`, as PySAL's giddy uses them): the cut
 * points are the type-7 quantiles c_j at j/k, j = 1..k−1, and a value's class is the number of
 * cut points strictly below it (so a value equal to a cut point goes to the lower class; ties
 * stay together). Values are classed against the cut points of `pool`.
 */
export function quantileClasses(values: Float64Array, pool: Float64Array, k: number): Int32Array {
  return classesByCuts(values, quantileCuts(pool, k));
}

/** The k − 1 cut points of k quantile classes of `pool`: type-7 quantiles at j/k (see {@link quantileClasses}). */
export function quantileCuts(pool: Float64Array, k: number): Float64Array {
  if (!(Number.isInteger(k) && k >= 2)) throw new RangeError(`quantileClasses: k = ${k}`);
  const sorted = Float64Array.from(pool).sort();
  const cuts = new Float64Array(k - 1);
  for (let j = 1; j < k; j++) cuts[j - 1] = quantileSorted(sorted, j / k);
  return cuts;
}

/** Each value's class: the number of cut points strictly below it (mapclassify's rule). */
export function classesByCuts(values: Float64Array, cuts: Float64Array): Int32Array {
  const out = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    let c = 0;
    for (const cut of cuts) if (values[i]! > cut) c++;
    out[i] = c;
  }
  return out;
}
