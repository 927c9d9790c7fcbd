export * from "./diagnostic.js";
export type * from "./ast.js";
