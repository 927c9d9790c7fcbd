import { maxOf } from "@ccdc/plan";
import type { SpatialMatrix } from "./matrix.js";
import { spatialLag } from "./matrix.js";
import { summarise } from "./moran.js";
import { shuffle, Xoshiro128 } from "./prng.js";

/** A region's LISA quadrant: its value and its neighbours' mean, above (H) or not (L) the mean. */
export type Quadrant = "HH" | "LH" | "LL" | "HL";

export type LocalMoranResult =
  | {
      readonly defined: true;
      /** I_i per region. */
      readonly i: Float64Array;
      readonly quadrant: readonly Quadrant[];
      /**
       * The Moran scatter plot's points: z_i standardised by the population standard deviation
       * (as esda's `Moran_Local.z`) and its spatial lag Σ_j w_ij z_j; with row-standardised
       * weights the least-squares slope of lag on z is the global I.
       */
      readonly z: Float64Array;
      readonly lag: Float64Array;
      /** Conditional-permutation directed pseudo p-values (null without permutations). */
      readonly pseudoP: Float64Array | null;
    }
  | { readonly defined: false; readonly reason: "constant" | "too_few" };

/**
 * Local Moran (Anselin 1995), scaled as PySAL esda's `Moran_Local` (and R spdep's
 * `localmoran(…, mlvar = FALSE)`):
 *
 *   z_i = x_i − x̄,  I_i = (n − 1) · z_i · Σ_j w_ij z_j / Σ_k z_k²
 *
 * (spdep's default, mlvar = TRUE, divides by Σ z²/n instead: its I_i are n/(n − 1) times these).
 * Quadrants as esda: H when z_i > 0 (resp. the lag Σ_j w_ij z_j > 0), else L; HH = 1,
 * LH = 2, LL = 3, HL = 4 in esda's numbering.
 *
 * Conditional permutation (Anselin 1995; esda's `crand`): for each region i and each of R
 * draws, the values of k_i regions drawn without replacement from the other n − 1 are put on
 * i's k_i neighbours (z_i held fixed), giving a reference distribution of I_i; the pseudo
 * p-value is esda's directed one. The stream is seeded once and consumed region by region.
 *
 * Degenerate cases as `globalMoran`: all values equal → "constant"; n < 3 → "too_few".
 */
export function localMoran(
  x: Float64Array,
  w: SpatialMatrix,
  permutations = 0,
  seed = 0,
): LocalMoranResult {
  const n = x.length;
  if (n < 3) return { defined: false, reason: "too_few" };
  let mean = 0;
  for (const v of x) mean += v;
  mean /= n;
  const z = new Float64Array(n);
  let m2 = 0;
  for (let k = 0; k < n; k++) {
    z[k] = x[k]! - mean;
    m2 += z[k]! * z[k]!;
  }
  const scale = maxOf(Array.from(x, Math.abs));
  if (m2 <= (1e-12 * scale) ** 2 * n) return { defined: false, reason: "constant" };
  const lag = spatialLag(w, z);
  const c = (n - 1) / m2;
  const i = new Float64Array(n);
  const quadrant: Quadrant[] = [];
  for (let k = 0; k < n; k++) {
    i[k] = c * z[k]! * lag[k]!;
    quadrant.push(z[k]! > 0 ? (lag[k]! > 0 ? "HH" : "HL") : lag[k]! > 0 ? "LH" : "LL");
  }
  const sd = Math.sqrt(m2 / n);
  const zStd = Float64Array.from(z, (v) => v / sd);
  const lagStd = Float64Array.from(lag, (v) => v / sd);
  const scatter = { z: zStd, lag: lagStd };
  if (permutations <= 0) return { defined: true, i, quadrant, ...scatter, pseudoP: null };

  const rng = new Xoshiro128(seed);
  const pseudoP = new Float64Array(n);
  const others = new Int32Array(n - 1);
  const sims = new Float64Array(permutations);
  for (let k = 0; k < n; k++) {
    const start = w.offsets[k]!;
    const card = w.offsets[k + 1]! - start;
    for (let j = 0, o = 0; j < n; j++) if (j !== k) others[o++] = j;
    for (let r = 0; r < permutations; r++) {
      shuffle(others, rng, card);
      let s = 0;
      for (let p = 0; p < card; p++) s += w.values[start + p]! * z[others[p]!]!;
      sims[r] = c * z[k]! * s;
    }
    pseudoP[k] = summarise(i[k]!, sims).pseudoP;
  }
  return { defined: true, i, quadrant, ...scatter, pseudoP };
}
