/** Small helpers for building ranges for diagnostics. */
import type { Range } from "../diagnostic.js";

/** An empty range at the start of `r` (for "the spec has no X" diagnostics). */
export function startOf(r: Range): Range {
  return { file: r.file, start: r.start, end: r.start };
}

/** The smallest range covering `a` and `b` (same file). */
export function cover(a: Range, b: Range): Range {
  return {
    file: a.file,
    start: a.start.offset <= b.start.offset ? a.start : b.start,
    end: a.end.offset >= b.end.offset ? a.end : b.end,
  };
}
