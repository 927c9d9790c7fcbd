export * from "./result-schema.js";
