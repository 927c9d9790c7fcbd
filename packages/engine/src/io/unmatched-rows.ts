/**
 * Rows of a data file that match nothing the study declares: a region key no region has, a
 * variable key no variable of the source has (long layout), or a year outside the study
 * period. They are not read; RowIngest counts them here, with the first few keys as examples,
 * and, when the study misses values from the file, reports them in one warning per file
 * (W0103), so that a misspelt key or a shifted period behind the missing values is seen. A
 * file that holds more than the study declares (a national panel read for five provinces) is
 * normal and gets no warning.
 */
import type { EngineIssue } from "../issues.js";
import { unmatchedRows } from "../messages/index.js";

/** How many distinct keys of each kind the warning names. */
const EXAMPLES = 3;

type Reason = "region" | "variable" | "year";

export class UnmatchedRows {
  /** Per reason, each distinct key (in first-seen order) with its number of rows. */
  private readonly keys: Record<Reason, Map<string, number>> = {
    region: new Map(),
    variable: new Map(),
    year: new Map(),
  };

  /** Counts one row that was not read, by the first thing about it the study does not know. */
  add(reason: Reason, key: string): void {
    const m = this.keys[reason];
    m.set(key, (m.get(key) ?? 0) + 1);
  }

  /** The region keys seen that no region has (for "did you mean"). */
  regionKeys(): Iterable<string> {
    return this.keys.region.keys();
  }

  /** The one warning for `file` (shown as `name`), or undefined if every row matched. */
  warning(
    file: string,
    name: string,
    years: readonly number[],
    at: string,
  ): EngineIssue | undefined {
    const parts: string[] = [];
    let total = 0;
    const describe = (reason: Reason, what: string, show: (k: string) => string) => {
      const m = this.keys[reason];
      if (m.size === 0) return;
      let n = 0;
      for (const c of m.values()) n += c;
      total += n;
      const shown = [...m].slice(0, EXAMPLES).map(([k, c]) => `${show(k)} ×${c}`);
      const more = m.size > EXAMPLES ? `, and ${m.size - EXAMPLES} more` : "";
      parts.push(`${n} with ${what} (${shown.join(", ")}${more})`);
    };
    describe("region", "a region key no region has", (k) => JSON.stringify(k));
    describe("variable", "a variable key no variable of the source has", (k) => JSON.stringify(k));
    const period = years.length > 0 ? `${years[0]}–${years[years.length - 1]}` : "";
    describe("year", `a year outside the study period ${period}`, (k) => k);
    if (total === 0) return undefined;
    return unmatchedRows(file, name, total, parts, at);
  }
}
