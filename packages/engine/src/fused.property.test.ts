/**
 * The fused kernels (issue #13) against the straightforward formula kernels, exactly (bit for
 * bit, `Object.is`), on random panels with constant, nearly constant and ordinary columns,
 * both directions, every shift of the property tests and both scopes:
 *
 * - `minMaxSummed` (eq. 1–2 fused with Σ y'): the values of `minMax`, Σ = `neumaierSum` of
 *   them, uniform = every value equal to the first;
 * - `entropyWeights(columns, totals)` (docs/method.md §3) = `entropyWeights(columns)`;
 * - `weightedSum` (eq. 3, two columns a pass) = `neumaierSum` of w_j·y'_ij over each row;
 * - the scoped pipeline (normalise → entropy → weighted sum, pooled and per year) with the
 *   totals = the same steps written out per scope with the plain kernels.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Direction,
  entropyWeights,
  minMax,
  minMaxSummed,
  neumaierSum,
  weightedSum,
} from "./kernels/index.js";
import { normalizeScoped, type Scope, weightScoped } from "./scoped.js";

const SHIFTS = [0, 1e-4, 1e-3, 0.01, 0.1];

/** A unit-major column of nUnits × nYears: ordinary, constant, constant per year, or nearly constant. */
const column = (nUnits: number, nYears: number) =>
  fc.oneof(
    fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), {
      minLength: nUnits * nYears,
      maxLength: nUnits * nYears,
    }),
    fc.double({ min: -1e3, max: 1e3, noNaN: true }).map((v) => new Array(nUnits * nYears).fill(v)),
    fc
      .array(fc.integer({ min: -50, max: 50 }), { minLength: nYears, maxLength: nYears })
      .map((byYear) => Array.from({ length: nUnits * nYears }, (_, i) => byYear[i % nYears]!)),
    fc
      .array(fc.integer({ min: 0, max: 2 }), {
        minLength: nUnits * nYears,
        maxLength: nUnits * nYears,
      })
      .map((m) => m.map((k) => 0.1 + k * 1e-17)),
  );

const panel = fc
  .record({
    nUnits: fc.integer({ min: 1, max: 12 }),
    nYears: fc.integer({ min: 1, max: 5 }),
    k: fc.integer({ min: 1, max: 7 }),
  })
  .chain(({ nUnits, nYears, k }) =>
    fc.record({
      nUnits: fc.constant(nUnits),
      nYears: fc.constant(nYears),
      columns: fc.array(column(nUnits, nYears), { minLength: k, maxLength: k }),
      directions: fc.array(fc.constantFrom<Direction>("+", "-"), { minLength: k, maxLength: k }),
      shift: fc.constantFrom(...SHIFTS),
      scope: fc.constantFrom<Scope>("pooled", "per_year"),
    }),
  );

const same = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  a.length === b.length && Array.from(a).every((v, i) => Object.is(v, b[i]));

describe("fused kernels equal the straightforward ones bit for bit", () => {
  it("minMaxSummed = minMax, with Σ = neumaierSum and uniform = all equal", () => {
    fc.assert(
      fc.property(panel, ({ columns, directions, shift }) => {
        columns.forEach((c, j) => {
          const x = Float64Array.from(c);
          const fused = minMaxSummed(x, directions[j]!, shift);
          const plain = minMax(x, directions[j]!, shift);
          expect(fused.constant).toBe(plain.constant);
          expect(same(fused.values, plain.values)).toBe(true);
          expect(Object.is(fused.totals!.sum, neumaierSum(plain.values))).toBe(true);
          expect(fused.totals!.uniform).toBe(plain.values.every((v) => v === plain.values[0]));
        });
      }),
    );
  });

  it("a shift outside the plan's rule gives no totals (the entropy then checks the values)", () => {
    const x = Float64Array.of(1, 2, 3);
    expect(minMaxSummed(x, "+", -1).totals).toBeUndefined();
    expect(minMaxSummed(x, "+", Number.POSITIVE_INFINITY).totals).toBeUndefined();
  });

  it("entropy weights with totals, weighted sum, and the scoped pipeline", () => {
    fc.assert(
      fc.property(panel, ({ nUnits, nYears, columns, directions, shift, scope }) => {
        const xs = columns.map((c) => Float64Array.from(c));
        const norm = xs.map((x, j) =>
          normalizeScoped(x, directions[j]!, shift, scope, nUnits, nYears),
        );
        const cols = norm.map((n) => n.values);
        // Pipeline with the totals vs without them.
        const fused = weightScoped(cols, { kind: "entropy" }, scope, nUnits, nYears, "sum", {
          totals: norm.map((n) => n.totals),
        });
        const plainScoped = weightScoped(cols, { kind: "entropy" }, scope, nUnits, nYears);
        expect(same(fused.index, plainScoped.index)).toBe(true);
        expect(same(fused.weights, plainScoped.weights)).toBe(true);
        expect(fused.degenerateYears).toEqual(plainScoped.degenerateYears);
        // Written out per scope with the plain kernels: minMax, entropyWeights, and Σ_j w_j y'_ij
        // by neumaierSum over each row.
        const scopes = scope === "pooled" ? [null] : Array.from({ length: nYears }, (_, y) => y);
        for (const y of scopes) {
          const at = (u: number) => (y === null ? u : u * nYears + y);
          const m = y === null ? nUnits * nYears : nUnits;
          const slices = xs.map(
            (x, j) =>
              minMax(
                Float64Array.from({ length: m }, (_, u) => x[at(u)]!),
                directions[j]!,
                shift,
              ).values,
          );
          slices.forEach((s, j) => {
            expect(
              same(
                s,
                Float64Array.from({ length: m }, (_, u) => cols[j]![at(u)]!),
              ),
            ).toBe(true);
          });
          const w = entropyWeights(slices).weights;
          if (y !== null) expect(same(fused.byYear![y]!, w)).toBe(true);
          else expect(same(fused.weights, w)).toBe(true);
          const sums = weightedSum(slices, w);
          for (let u = 0; u < m; u++) {
            const row = slices.map((s, j) => w[j]! * s[u]!);
            expect(Object.is(sums[u], neumaierSum(row))).toBe(true);
            expect(Object.is(fused.index[at(u)], sums[u])).toBe(true);
          }
        }
      }),
    );
  });
});
