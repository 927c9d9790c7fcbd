export { minimalPlan } from "./fixtures.js";
export * from "./json.js";
export * from "./json-stream.js";
export type { DeepReadonly } from "./readonly.js";
export * from "./records.js";
export * from "./schema.js";
export * from "./spatial-schema.js";
export * from "./validate.js";
export * from "./visible-text.js";
