/**
 * Appending one list to another without spreading it into a call's arguments:
 * `target.push(...items)` passes every item as an argument, and V8 throws a RangeError past
 * about 100,000 of them (a study's warnings, a long table's lines, a garbage file's issues).
 */

/** Appends every item to `target`, in order, one at a time; returns `target`. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
