/**
 * The plan's source map: JSON pointers into the plan ("/indicators/2") mapped to the spec range
 * of the declaration they came from. Lines and columns are 1-based, offsets 0-based; the end
 * is exclusive (the position just after the declaration), like the diagnostics' ranges.
 */
import { emptyRecord, type SpecRange } from "@ccdc/plan";
import type { Range } from "../diagnostic.js";

export class SourceMapBuilder {
  private readonly entries = new Map<string, SpecRange>();

  add(pointer: string, range: Range): void {
    this.entries.set(pointer, {
      file: range.file,
      line: range.start.line,
      column: range.start.column,
      endLine: range.end.line,
      endColumn: range.end.column,
      offset: range.start.offset,
      endOffset: range.end.offset,
    });
  }

  /** The entries with keys sorted (code-point order, as `stableStringify` sorts). */
  build(): Record<string, SpecRange> {
    const out = emptyRecord<SpecRange>();
    for (const key of [...this.entries.keys()].sort()) out[key] = this.entries.get(key)!;
    return out;
  }
}
