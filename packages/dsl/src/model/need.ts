/**
 * The model builder's one way to read something the checker has proved present: a broken
 * invariant is a compiler bug, thrown and reported as an internal error (E0991) by
 * `compileSpec`, never papered over with a fallback value.
 */
export class ModelInvariantError extends Error {
  constructor(what: string) {
    super(`the checked model is incomplete: ${what} (the checker should have reported an error)`);
    this.name = "ModelInvariantError";
  }
}

/** `x`, which the checker has proved present; throws ModelInvariantError if it is not. */
export function need<T>(x: T | undefined, what: string): T {
  if (x === undefined) throw new ModelInvariantError(what);
  return x;
}

/** `word` as one of `choices` (a value the checker validated); throws if it is not one. */
export function oneOf<const C extends string>(
  word: string,
  choices: readonly C[],
  what: string,
): C {
  const found = choices.find((c) => c === word);
  return need(found, `${what} \`${word}\``);
}
