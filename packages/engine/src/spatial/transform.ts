import type { SpatialMatrix } from "./matrix.js";

/**
 * Row standardisation: w*_ij = w_ij / Σ_k w_ik, so each row with a neighbour sums to 1 (PySAL
 * transform "R", spdep style "W"). A row with no neighbour stays empty.
 */
export function rowStandardise(w: SpatialMatrix): SpatialMatrix {
  const values = new Float64Array(w.values.length);
  for (let i = 0; i < w.n; i++) {
    let s = 0;
    for (let p = w.offsets[i]!; p < w.offsets[i + 1]!; p++) s += w.values[p]!;
    for (let p = w.offsets[i]!; p < w.offsets[i + 1]!; p++) values[p] = w.values[p]! / s;
  }
  return { ...w, values };
}

/** Binary: every link weighs 1 (PySAL transform "B", spdep style "B"). */
export function binarise(w: SpatialMatrix): SpatialMatrix {
  return { ...w, values: new Float64Array(w.values.length).fill(1) };
}

/** The sums Cliff & Ord's moments need: S0 = Σ_ij w_ij, S1 = ½ Σ_ij (w_ij + w_ji)², S2 = Σ_i (w_i· + w_·i)². */
export interface WeightSums {
  readonly s0: number;
  readonly s1: number;
  readonly s2: number;
}

export function weightSums(w: SpatialMatrix): WeightSums {
  const rowSum = new Float64Array(w.n);
  const colSum = new Float64Array(w.n);
  let s0 = 0;
  let s1 = 0;
  for (let i = 0; i < w.n; i++)
    for (let p = w.offsets[i]!; p < w.offsets[i + 1]!; p++) {
      const j = w.neighbours[p]!;
      const wij = w.values[p]!;
      s0 += wij;
      rowSum[i]! += wij;
      colSum[j]! += wij;
      let wji = 0;
      for (let q = w.offsets[j]!; q < w.offsets[j + 1]!; q++)
        if (w.neighbours[q] === i) {
          wji = w.values[q]!;
          break;
        }
      // S1 sums ½(w_ij + w_ji)² over ordered pairs, so a pair {i, j} adds (w_ij + w_ji)² in all.
      // Linked both ways it is visited twice (half each time); linked one way, once: w_ij².
      s1 += wji === 0 ? wij * wij : 0.5 * (wij + wji) * (wij + wji);
    }
  let s2 = 0;
  for (let i = 0; i < w.n; i++) s2 += (rowSum[i]! + colSum[i]!) ** 2;
  return { s0, s1, s2 };
}
