/** Dynamics (W11xx): forecasts and convergence that cannot be computed for every unit. */
import { type EngineIssue, warning } from "../issues.js";

/** W1101: GM(1,1) not fitted for some units (each is listed in the result with its reason). */
export const gmNotFitted = (
  dynamics: string,
  failed: number,
  units: number,
  at: string,
): EngineIssue =>
  warning(
    "W1101",
    `dynamics "${dynamics}": GM(1,1) not fitted for ${failed} of ${units} units (a series fails the level-ratio test or has a value ≤ 0); each is listed with its reason, no forecast is made for it`,
    { pointer: at, args: { dynamics, failed, units } },
  );

/** W1102: forecast values outside [0, 1] clamped to it. */
export const forecastClamped = (dynamics: string, clamped: number, at: string): EngineIssue =>
  warning(
    "W1102",
    `dynamics "${dynamics}": ${clamped} forecast value${clamped === 1 ? "" : "s"} outside [0, 1] clamped to the interval`,
    { pointer: at, args: { dynamics, clamped } },
  );

/** W1103: β convergence not estimated (`note`: why, as the result's betaNote says it). */
export const betaNotEstimated = (dynamics: string, note: string, at: string): EngineIssue =>
  warning("W1103", `dynamics "${dynamics}": β convergence ${note}`, {
    pointer: at,
    args: { dynamics, note },
  });
