/**
 * Spatial inputs and analyses: the plan's spatial parts (P0020), map files (D06xx, W06xx),
 * neighbour and coordinates files and the weights built from them (D07xx, W07xx).
 */
import { type EngineIssue, error } from "../issues.js";

// ------------------------------------------------------------------ P0020 the plan

/** P0020: spatial weights or autocorrelation that do not fit the plan; `problem` from SPATIAL_PLAN_PROBLEMS. */
export const badSpatialPlan = (problem: string, at: string): EngineIssue =>
  error("P0020", problem, { pointer: at });

/** The ways the spatial parts of a plan can be inconsistent, worded for `badSpatialPlan`. */
export const SPATIAL_PLAN_PROBLEMS = {
  unitsNotRegions: () => "spatial weights need the study's units to be its regions",
  noMap: (map: string) => `no map "${map}"`,
  noVariable: (variable: string) => `no variable "${variable}"`,
  linkNotAUnit: (region: string) => `link names "${region}", which is not a unit of the study`,
  noWeights: (weights: string) => `no spatial weights "${weights}"`,
  noNode: (node: string) => `no node "${node}"`,
  notWithin: (analysis: string) => `"${analysis}" is not a within analysis of the plan`,
  formNotComputed: (analysis: string, form: string) =>
    `the analysis "${analysis}" does not compute the form "${form}"`,
} as const;
