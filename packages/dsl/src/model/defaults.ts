/**
 * Every default the compiler applies, in one place (docs/language.md, "Defaults"). The model
 * builder applies each once, with origin "default"; nothing downstream fills a gap.
 */
import type { Compose, CouplingForm, MissingRule, Weighting } from "@ccdc/plan";
import type { Chosen } from "./model.js";

/** The shift added after min-max normalisation: the paper's (docs/method.md §2, eq. 2). */
export const DEFAULT_SHIFT = 0.0001;
export const DEFAULT_SCOPE = "pooled" as const;
export const DEFAULT_CONSTANT = "zero" as const;
export const DEFAULT_WEIGHTING: Weighting = { kind: "entropy" };
export const DEFAULT_COMPOSE: Compose = { kind: "flat" };
export const DEFAULT_FORMS: readonly CouplingForm[] = ["standard"];
export const DEFAULT_BETA = "equal" as const;
export const DEFAULT_MISSING: MissingRule = { kind: "error" };

/** A written choice (origin "spec"), or the default (origin "default"). */
export function chosen<T>(written: T | undefined, fallback: T): Chosen<T> {
  return written === undefined
    ? { value: fallback, origin: "default" }
    : { value: written, origin: "spec" };
}
