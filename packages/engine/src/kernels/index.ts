export * from "./coordination.js";
export * from "./coupling.js";
export * from "./entropy.js";
export * from "./grading.js";
export * from "./growth.js";
export * from "./normalize.js";
export * from "./sum.js";
export * from "./weighted-sum.js";
