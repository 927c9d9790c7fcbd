import { describe, expect, it } from "vitest";
import { transitionRows } from "./transition-rows.js";

describe("transitionRows", () => {
  it("gives P by rows, and null for a state with no transition out of it", () => {
    // Counts [[1, 3, 0], [0, 0, 0], [2, 2, 0]]: P row 0 = 1/4, 3/4, 0; row 1 undefined (n = 0,
    // the kernel's 0s); row 2 = 1/2, 1/2, 0.
    const matrix = Float64Array.from([0.25, 0.75, 0, 0, 0, 0, 0.5, 0.5, 0]);
    expect(transitionRows(matrix, [1], 3)).toEqual([
      [0.25, 0.75, 0],
      [null, null, null],
      [0.5, 0.5, 0],
    ]);
  });
});
