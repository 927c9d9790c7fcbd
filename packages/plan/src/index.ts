export { minimalPlan } from "./fixtures.js";
export * from "./json.js";
export * from "./schema.js";
export * from "./validate.js";
