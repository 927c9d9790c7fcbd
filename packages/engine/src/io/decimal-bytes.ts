/**
 * A decimal number read straight from the bytes of a CSV cell, for the ingest's fast path:
 * the same float64 as `Number(text)` (correctly rounded, round half to even), without making
 * the text. Only the common shapes are taken — `[+-]digits[.digits][(e|E)[+-]digits]` (or
 * `.digits`) with at most 19 significant digits and a decimal scale within 10^±22; anything
 * else is NaN, and the caller reads the cell as text (`parseNumber`), so every accepted cell
 * is exactly what the general path gives. decimal-bytes.test.ts checks that bit for bit
 * against `Number()` on random, shortest-round-trip and near-halfway texts.
 *
 * Two cases, by the integer mantissa m of the significant digits and the scale 10^e:
 * - m < 2^53 and |e| ≤ 22: m and 10^|e| are exact doubles, so one IEEE division or
 *   multiplication is the correctly rounded result (Clinger's fast path: W. D. Clinger, "How
 *   to read floating point numbers accurately", PLDI 1990).
 * - 2^53 ≤ m < 10^19 and -22 ≤ e < 0 (the 16–17 digits of a shortest round-trip double): an
 *   estimate q of m / 10^|e| is checked against the midpoints to its neighbours exactly —
 *   the sign of m − (q ± ulp/2)·10^|e| from an error-free product (Dekker's TwoProduct with
 *   Veltkamp's split) and error-free sums (Knuth's TwoSum, summed as a Shewchuk expansion) —
 *   and moved by an ulp until it is the nearest double.
 */
import { endianness } from "node:os";

/** 10^0 … 10^22, each exactly a double (5^22 < 2^53), made by exact products. */
const POW10 = new Float64Array(23);
POW10[0] = 1;
for (let i = 1; i < 23; i++) POW10[i] = POW10[i - 1]! * 10;

const TWO53 = 9007199254740992;
const COMMA = 0x2c;
/** Veltkamp's splitter for float64: 2^27 + 1. */
const SPLITTER = 134217729;

/** A double's bits: words[1] the high word (sign, exponent, top of the mantissa) on a little-endian machine. */
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
/** The exact check reads a double's bits through `words`; on a big-endian machine it is off. */
const exactCheck = endianness() === "LE";

/** `magnitude`'s arguments hi and lo, and its result in found[0]. */
const found = new Float64Array(2);

/** The float64 of a cell's bytes [start, end) as Number(text) gives it, or NaN if not taken. */
export function decimalOf(bytes: Uint8Array, start: number, end: number): number {
  const out = new Float64Array(1);
  return readDecimal(bytes, start, end, out, 0) === end ? out[0]! : Number.NaN;
}

/**
 * Reads the CSV field that starts at `start` and ends at the first comma or at `end`: if it
 * is a decimal taken here, writes its float64 (as Number(text) gives it) to `out[at]` and
 * returns the field's end; else returns -1 and writes nothing. (A double goes out through an
 * array, not as the return value: a function that is not inlined returns a double boxed,
 * allocated per call.)
 */
export function readDecimal(
  bytes: Uint8Array,
  start: number,
  end: number,
  out: Float64Array,
  at: number,
): number {
  let i = start;
  let negative = false;
  let c = i < end ? bytes[i]! : 0;
  if (c === 0x2d || c === 0x2b) {
    negative = c === 0x2d;
    i++;
  }
  // Significant digits (from the first non-zero one): the first 15 in `hi`, the next up to 4
  // in `lo`; more are not taken. Leading zeros, then the integer part, then the fraction.
  let hi = 0;
  let lo = 0;
  let significant = 0;
  let digits = 0;
  let fraction = 0;
  const body = i;
  while (i < end && bytes[i] === 0x30) i++;
  digits = i - body;
  for (; i < end; i++) {
    const d = bytes[i]! - 0x30;
    if (d < 0 || d > 9) break;
    if (significant < 15) hi = hi * 10 + d;
    else if (significant < 19) lo = lo * 10 + d;
    else return -1;
    significant++;
  }
  digits += significant;
  c = i < end ? bytes[i]! : 0;
  if (c === 0x2e) {
    const point = ++i;
    if (significant === 0) while (i < end && bytes[i] === 0x30) i++;
    for (; i < end; i++) {
      const d = bytes[i]! - 0x30;
      if (d < 0 || d > 9) break;
      if (significant < 15) hi = hi * 10 + d;
      else if (significant < 19) lo = lo * 10 + d;
      else return -1;
      significant++;
    }
    fraction = i - point;
    digits += fraction;
    c = i < end ? bytes[i]! : 0;
  }
  if (digits === 0) return -1;
  let exponent = 0;
  if (i < end && c !== COMMA) {
    if (c !== 0x65 && c !== 0x45) return -1;
    c = ++i < end ? bytes[i]! : 0;
    let negativeExponent = false;
    if (c === 0x2d || c === 0x2b) {
      negativeExponent = c === 0x2d;
      i++;
    }
    const first = i;
    for (; i < end; i++) {
      c = bytes[i]!;
      if (c === COMMA) break;
      if (c < 0x30 || c > 0x39 || i - first >= 5) return -1;
      exponent = exponent * 10 + (c - 0x30);
    }
    if (i === first) return -1;
    if (negativeExponent) exponent = -exponent;
  }
  const scale = exponent - fraction;
  if (significant === 0) {
    out[at] = negative ? -0 : 0;
    return i;
  }
  if (scale < -22 || scale > 22) return -1;
  let value: number;
  if (significant <= 15) value = scale < 0 ? hi / POW10[-scale]! : hi * POW10[scale]!;
  else {
    // Through an array too: a double argument to a call that is not inlined is boxed.
    found[0] = hi;
    found[1] = lo;
    if (!magnitude(significant - 15, scale)) return -1;
    value = found[0]!;
  }
  out[at] = negative ? -value : value;
  return i;
}

/**
 * |value| for more than 15 significant digits: m = hi·10^d + lo (hi the first 15 digits in
 * found[0], lo the d = 1…4 others in found[1]), times 10^scale, to found[0]; false if not
 * taken (m ≥ 2^53 with scale ≥ 0, or not settled in four steps).
 *
 * The error-free transformations are written out, not called: a call that V8 does not inline
 * passes and returns doubles boxed, a heap allocation per cell. TwoProduct (Dekker): for
 * x = a·b rounded, the error is ((ah·bh − x) + ah·bl + al·bh) + al·bl with a = ah + al,
 * b = bh + bl split by Veltkamp (c = (2^27 + 1)·a, ah = c − (c − a)). TwoSum (Knuth): for
 * s = a + b rounded, v = s − a, the error is (a − (s − v)) + (b − v).
 */
function magnitude(d: number, scale: number): boolean {
  const hi = found[0]!;
  const lo = found[1]!;
  const ten = POW10[d]!;
  // x1 + x2 = hi·10^d exactly (TwoProduct).
  const x1 = hi * ten;
  let c = SPLITTER * hi;
  const hh = c - (c - hi);
  const hl = hi - hh;
  c = SPLITTER * ten;
  const th = c - (c - ten);
  const tl = ten - th;
  const x2 = hh * th - x1 + hh * tl + hl * th + hl * tl;
  // m's estimate; m < 2^53 exactly when it is below 2^53 (rounding is monotonic, 2^53 is a double).
  const m = x1 + (x2 + lo);
  if (m < TWO53) {
    found[0] = scale < 0 ? m / POW10[-scale]! : m * POW10[scale]!;
    return true;
  }
  if (scale >= 0 || !exactCheck) return false;
  const p = POW10[-scale]!;
  c = SPLITTER * p;
  const ph = c - (c - p);
  const pl = p - ph;
  let q = m / p;
  for (let step = 0; step < 4; step++) {
    // y1 + y2 = q·p exactly (TwoProduct).
    const y1 = q * p;
    c = SPLITTER * q;
    const qh = c - (c - q);
    const ql = q - qh;
    const y2 = qh * ph - y1 + qh * pl + ql * ph + ql * pl;
    // r = m − q·p = a − y2: x1 − y1 is exact (Sterbenz: both are within a few ulps of m);
    // x1, y1 ≥ 2^52 are integers, so a is a small integer, exact.
    const a = x1 - y1 + x2 + lo;
    // r as the expansion s1 + e1 (TwoSum of a and −y2).
    const s1 = a - y2;
    let v = s1 - a;
    const e1 = a - (s1 - v) + (-y2 - v);
    // ulp(q) = 2^(exponent − 52), from q's bits (q ≥ 2^-21 here: a normal double).
    bits[0] = q;
    const exponentBits = (words[1]! >>> 20) & 0x7ff;
    const powerOfTwo = (words[1]! & 0xfffff) === 0 && words[0] === 0;
    bits[0] = 0;
    words[1] = (exponentBits - 52) << 20;
    const up = bits[0]!;
    const down = powerOfTwo ? up / 2 : up;
    // The sign of r − z for the midpoint above (z = (up/2)·p) and below (z = −(down/2)·p):
    // m − (q ± ulp/2)·p. z is a power of two times p, exact. The expansion s1 + e1 − z,
    // grown by TwoSums into [h1, h2, top], has the sign of its largest non-zero component.
    let move = 0;
    for (let side = 0; side < 2; side++) {
      const z = side === 0 ? (up / 2) * p : -(down / 2) * p;
      let t = -z + e1;
      v = t + z;
      const h1 = -z - (t - v) + (e1 - v);
      const top = t + s1;
      v = top - t;
      const h2 = t - (top - v) + (s1 - v);
      t = top !== 0 ? top : h2 !== 0 ? h2 : h1;
      if (side === 0) {
        // Above the upper midpoint: q is too small; on it: a tie.
        if (t > 0) {
          move = 1;
          break;
        }
        if (t === 0) {
          found[0] = evenOf(q, q + up);
          return true;
        }
      } else {
        // Below the lower midpoint: q is too large.
        if (t < 0) {
          move = -1;
          break;
        }
        found[0] = t === 0 ? evenOf(q - down, q) : q;
        return true;
      }
    }
    q = move > 0 ? q + up : q - down;
  }
  return false;
}

/** Of two neighbouring doubles, the one whose last mantissa bit is 0 (round half to even). */
function evenOf(a: number, b: number): number {
  bits[0] = a;
  return (words[0]! & 1) === 0 ? a : b;
}
