/**
 * Worksheet names from table keys: Excel allows at most 31 characters and no two sheets of one
 * name (compared without case). A longer key is cut; a name already taken gets "~2", "~3", …
 * in its last characters. The same keys always give the same names.
 */

/** Excel's longest sheet name. */
export const MAX_SHEET_NAME = 31;

export function sheetNames(keys: readonly string[]): string[] {
  const taken = new Set<string>();
  return keys.map((key) => {
    let name = key.slice(0, MAX_SHEET_NAME);
    for (let k = 2; taken.has(name.toLowerCase()); k++) {
      const suffix = `~${k}`;
      name = `${key.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}
