export * from "./schema.js";
export * from "./validate.js";
export * from "./json.js";
export { minimalPlan } from "./fixtures.js";
