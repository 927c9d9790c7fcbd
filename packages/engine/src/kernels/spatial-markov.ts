import { chainFromCounts, type MarkovResult } from "./markov.js";

/**
 * Spatial Markov chains (S. J. Rey 2001, "Spatial empirics for economic growth and
 * convergence", Geographical Analysis 33(3):195-214, §"Spatial Markov"): the transitions of
 * {@link markovChain} split by the class of each unit's spatial lag at the start of the
 * transition, one k × k chain per lag class c:
 *
 *   n_ij|c = #{(u, t) : s(u, t) = i, s(u, t + step) = j, ℓ(u, t) = c},  P_ij|c = n_ij|c / Σ_j n_ij|c
 *
 * `states[u * years + t]` ∈ [0, k) is the unit's state, `lagStates[u * years + t]` ∈ [0, k)
 * its lag's class (the lag is classed with the states' own classes, so there are k lag
 * classes), or −1 when the unit has no lag (no neighbour): its transitions are in no
 * conditional chain. Each chain's matrix and steady state follow {@link chainFromCounts}'s
 * declared rules, where a state occurs in class c when a transition of class c starts or ends
 * in it; a class with no transition has a matrix of 0 and no steady state (null, with a note).
 * The k conditional count matrices sum to the aspatial one over the units that have a lag.
 *
 * Preconditions (RangeError): both arrays of length units·years; states in [0, k), lag classes
 * in [−1, k); step ≥ 1.
 */
export function spatialMarkovChains(
  states: Int32Array,
  lagStates: Int32Array,
  units: number,
  years: number,
  k: number,
  step: number,
): MarkovResult[] {
  if (states.length !== units * years || lagStates.length !== units * years)
    throw new RangeError(`spatialMarkovChains: expected ${units}·${years} states and lag classes`);
  if (!(Number.isInteger(step) && step >= 1))
    throw new RangeError(`spatialMarkovChains: step ${step}`);
  const counts = Array.from({ length: k }, () => new Int32Array(k * k));
  const occurs = Array.from({ length: k }, () => new Uint8Array(k));
  for (let i = 0; i < states.length; i++) {
    const s = states[i]!;
    const l = lagStates[i]!;
    if (!(s >= 0 && s < k))
      throw new RangeError(`spatialMarkovChains: state ${s} not in [0, ${k})`);
    if (!(l >= -1 && l < k))
      throw new RangeError(`spatialMarkovChains: lag class ${l} not in [-1, ${k})`);
  }
  for (let u = 0; u < units; u++) {
    for (let t = 0; t + step < years; t++) {
      const c = lagStates[u * years + t]!;
      if (c < 0) continue;
      const from = states[u * years + t]!;
      const to = states[u * years + t + step]!;
      counts[c]![from * k + to]! += 1;
      occurs[c]![from] = 1;
      occurs[c]![to] = 1;
    }
  }
  return counts.map((n, c) => {
    const chain = chainFromCounts(n, occurs[c]!, k);
    return chain.steadyState === null && occurs[c]!.every((o) => o === 0)
      ? { ...chain, steadyStateNote: "no transition starts with the lag in this class" }
      : chain;
  });
}
