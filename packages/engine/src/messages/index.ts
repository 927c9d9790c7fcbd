/**
 * The engine's message catalog, like the compiler's (packages/dsl/src/messages.ts): every issue
 * the engine reports is built by a named factory here, so each code's wording and hint live in
 * one place, next to the others of its family. Every code is one of ISSUE_CODES (issues.ts),
 * which docs/run-errors.md lists; test/engine-messages.test.ts keeps the catalog, the codes and
 * the docs in sync and fails if engine code builds an issue outside the catalog.
 *
 * Families: plan.ts (P00xx), variants.ts (P01xx, W0801), reading.ts (D01xx, W01xx),
 * missing.ts (D02xx), compute.ts (D03xx, W03xx–W05xx), spatial.ts (P0020, D06xx–D07xx,
 * W06xx–W07xx), dynamics.ts (W11xx), relative-obstacle.ts (P0021), spatial-markov.ts (the
 * spatial Markov variant: D0709, W0701, P0020).
 */
export * from "./compute.js";
export * from "./dynamics.js";
export * from "./missing.js";
export * from "./plan.js";
export * from "./reading.js";
export * from "./relative-obstacle.js";
export * from "./spatial.js";
export * from "./spatial-markov.js";
export * from "./variants.js";
