/**
 * The spatial Markov variant of a dynamics declaration's `markov` (spatial-markov.ts): units
 * with no neighbour among the subject's units, under the weights' declared island rule (D0709,
 * W0701), and a plan naming unknown weights (P0020).
 */
import { type EngineIssue, error, warning } from "../issues.js";

const list = (units: readonly string[]) =>
  units.length <= 6 ? units.join(", ") : `${units.slice(0, 6).join(", ")}, … (${units.length})`;
const have = (units: readonly string[]) => (units.length === 1 ? "has" : "have");

/** D0709 (islands error): a unit of the subject has no neighbour, so no spatial lag. */
export const spatialMarkovIslands = (
  dynamics: string,
  weights: string,
  units: readonly string[],
  pointer: string,
): EngineIssue =>
  error(
    "D0709",
    `dynamics "${dynamics}": ${list(units)} ${have(units)} no neighbour among the units of the spatial Markov chain under the spatial weights ${weights}, so no spatial lag`,
    {
      pointer,
      hint: `link ${units.length === 1 ? "it" : "each"} by hand (\`link ${units[0]} to …\`) or declare \`islands drop\` on ${weights} to leave ${units.length === 1 ? "its" : "their"} transitions out of the conditional chains`,
    },
  );

/** W0701 (islands drop): those units' transitions are in no conditional chain. */
export const spatialMarkovIslandsDropped = (
  dynamics: string,
  weights: string,
  units: readonly string[],
  pointer: string,
): EngineIssue =>
  warning(
    "W0701",
    `dynamics "${dynamics}": ${list(units)} ${have(units)} no neighbour under ${weights}; ${units.length === 1 ? "its" : "their"} transitions are left out of the spatial Markov chains (islands drop) and kept in the aspatial one`,
    { pointer, args: { dynamics, weights, units } },
  );

/** P0020: the spatial Markov chain names spatial weights the plan does not declare. */
export const spatialMarkovUnknownWeights = (
  dynamics: string,
  weights: string,
  pointer: string,
): EngineIssue =>
  error(
    "P0020",
    `dynamics "${dynamics}": the spatial Markov chain names unknown spatial weights "${weights}"`,
    { pointer },
  );
