/**
 * The permutation stream: xoshiro128** (Blackman & Vigna 2018), its 128-bit state filled from
 * the declared 32-bit seed by splitmix32. Deterministic across platforms (32-bit integer
 * arithmetic only), so the same seed gives the same permutations and the same pseudo p-values.
 */
export class Xoshiro128 {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const splitmix32 = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = splitmix32();
    this.b = splitmix32();
    this.c = splitmix32();
    this.d = splitmix32();
  }

  /** The next 32-bit unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5) >>> 0, 7), 9) >>> 0;
    const t = (this.b << 9) >>> 0;
    this.c = (this.c ^ this.a) >>> 0;
    this.d = (this.d ^ this.b) >>> 0;
    this.b = (this.b ^ this.c) >>> 0;
    this.a = (this.a ^ this.d) >>> 0;
    this.c = (this.c ^ t) >>> 0;
    this.d = rotl(this.d, 11);
    return result;
  }

  /** A uniform integer in [0, m), 1 ≤ m ≤ 2³², without modulo bias (rejection). */
  below(m: number): number {
    const limit = 2 ** 32 - (2 ** 32 % m);
    for (;;) {
      const x = this.nextUint32();
      if (x < limit) return x % m;
    }
  }
}

const rotl = (x: number, k: number): number => ((x << k) | (x >>> (32 - k))) >>> 0;

/** Shuffles `a` in place (Fisher-Yates), or only its first `k` places (a uniform k-sample). */
export function shuffle(a: Int32Array | Float64Array, rng: Xoshiro128, k = a.length): void {
  const n = a.length;
  for (let i = 0; i < Math.min(k, n - 1); i++) {
    const j = i + rng.below(n - i);
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
}
