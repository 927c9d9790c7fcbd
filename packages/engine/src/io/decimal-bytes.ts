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
/** Veltkamp's splitter for float64: 2^27 + 1. */
const SPLITTER = 134217729;

/** A double's bits: words[1] the high word (sign, exponent, top of the mantissa) on a little-endian machine. */
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
/** The exact check reads a double's bits through `words`; on a big-endian machine it is off. */
const exactCheck = endianness() === "LE";

/**
 * The error of the last `product` or `sum`: an out-parameter in a typed array, since a
 * module-level `let` holding a double is a heap number, allocated at every assignment.
 */
const error = new Float64Array(1);
/** `magnitude`'s arguments hi and lo, and its result in found[0]. */
const found = new Float64Array(2);

/** a·b rounded; `error[0]` = a·b − that, exactly (Dekker's TwoProduct; no overflow or underflow here). */
function product(a: number, b: number): number {
  const p = a * b;
  let c = SPLITTER * a;
  const ah = c - (c - a);
  const al = a - ah;
  c = SPLITTER * b;
  const bh = c - (c - b);
  const bl = b - bh;
  error[0] = ah * bh - p + ah * bl + al * bh + al * bl;
  return p;
}

/** a+b rounded; `error[0]` = a+b − that, exactly (Knuth's TwoSum). */
function sum(a: number, b: number): number {
  const s = a + b;
  const bv = s - a;
  error[0] = a - (s - bv) + (b - bv);
  return s;
}

/**
 * The sign of a − b − c, exactly: a Shewchuk expansion of the three, whose largest non-zero
 * component has the sign of the whole.
 */
function signOf3(a: number, b: number, c: number): number {
  // [e1, s1] = a − b; grow it by −c: [h1, h2, top].
  const s1 = sum(a, -b);
  const e1 = error[0]!;
  let top = sum(-c, e1);
  const h1 = error[0]!;
  top = sum(top, s1);
  const h2 = error[0]!;
  if (top !== 0) return top > 0 ? 1 : -1;
  if (h2 !== 0) return h2 > 0 ? 1 : -1;
  if (h1 !== 0) return h1 > 0 ? 1 : -1;
  return 0;
}

/** The float64 of a cell's bytes [start, end) as Number(text) gives it, or NaN if not taken. */
export function decimalOf(bytes: Uint8Array, start: number, end: number): number {
  const out = new Float64Array(1);
  return readDecimal(bytes, start, end, out, 0) ? out[0]! : Number.NaN;
}

/**
 * Writes the float64 of a cell's bytes [start, end), as Number(text) gives it, to `out[at]`;
 * false (nothing written) if not taken. (A double goes out through an array, not as the
 * return value: a function that is not inlined returns a double boxed, allocated per call.)
 */
export function readDecimal(
  bytes: Uint8Array,
  start: number,
  end: number,
  out: Float64Array,
  at: number,
): boolean {
  let i = start;
  let negative = false;
  let c = i < end ? bytes[i]! : 0;
  if (c === 0x2d || c === 0x2b) {
    negative = c === 0x2d;
    c = ++i < end ? bytes[i]! : 0;
  }
  // Significant digits (from the first non-zero one): the first 15 in `hi`, the rest in `lo`.
  let hi = 0;
  let lo = 0;
  let significant = 0;
  let digits = 0;
  let fraction = 0;
  let point = false;
  for (; i < end; c = ++i < end ? bytes[i]! : 0) {
    if (c >= 0x30 && c <= 0x39) {
      digits++;
      if (point) fraction++;
      if (significant === 0 && c === 0x30) continue;
      significant++;
      if (significant <= 15) hi = hi * 10 + (c - 0x30);
      else if (significant <= 19) lo = lo * 10 + (c - 0x30);
      else return false;
    } else if (c === 0x2e && !point) point = true;
    else break;
  }
  if (digits === 0) return false;
  let exponent = 0;
  if (i < end) {
    if (c !== 0x65 && c !== 0x45) return false;
    c = ++i < end ? bytes[i]! : 0;
    let negativeExponent = false;
    if (c === 0x2d || c === 0x2b) {
      negativeExponent = c === 0x2d;
      i++;
    }
    const first = i;
    for (; i < end; i++) {
      c = bytes[i]!;
      if (c < 0x30 || c > 0x39 || i - first >= 5) return false;
      exponent = exponent * 10 + (c - 0x30);
    }
    if (i === first) return false;
    if (negativeExponent) exponent = -exponent;
  }
  const scale = exponent - fraction;
  if (significant === 0) {
    out[at] = negative ? -0 : 0;
    return true;
  }
  if (scale < -22 || scale > 22) return false;
  let value: number;
  if (significant <= 15) value = scale < 0 ? hi / POW10[-scale]! : hi * POW10[scale]!;
  else {
    // Through an array too: a double argument to a call that is not inlined is boxed.
    found[0] = hi;
    found[1] = lo;
    if (!magnitude(significant - 15, scale)) return false;
    value = found[0]!;
  }
  out[at] = negative ? -value : value;
  return true;
}

/**
 * |value| for more than 15 significant digits: m = hi·10^d + lo (hi the first 15 digits, lo
 * the d = 1…4 others), times 10^scale, to `found[0]`; false if not taken (m ≥ 2^53 with scale ≥ 0).
 */
function magnitude(d: number, scale: number): boolean {
  const hi = found[0]!;
  const lo = found[1]!;
  const x1 = product(hi, POW10[d]!);
  const x2 = error[0]!;
  // m's estimate; m < 2^53 exactly when it is below 2^53 (rounding is monotonic, 2^53 is a double).
  const m = x1 + (x2 + lo);
  if (m < TWO53) {
    found[0] = scale < 0 ? m / POW10[-scale]! : m * POW10[scale]!;
    return true;
  }
  if (scale >= 0 || !exactCheck) return false;
  const p = POW10[-scale]!;
  let q = m / p;
  for (let step = 0; step < 4; step++) {
    // r = m − q·p exactly as a − y2: y1 + y2 = q·p; x1 − y1 is exact (Sterbenz: both are
    // within a few ulps of m); x1, y1 ≥ 2^52 are integers, so a is a small exact integer.
    const y1 = product(q, p);
    const y2 = error[0]!;
    const a = x1 - y1 + x2 + lo;
    bits[0] = q;
    const exponentBits = (words[1]! >>> 20) & 0x7ff;
    const powerOfTwo = (words[1]! & 0xfffff) === 0 && words[0] === 0;
    bits[0] = 0;
    words[1] = (exponentBits - 52) << 20; // ulp(q) = 2^(exponent − 52); q ≥ 2^-21 here
    const up = bits[0];
    const down = powerOfTwo ? up / 2 : up;
    // Against the midpoint above: m − (q + up/2)·p = r − (up/2)·p (a power of two times p: exact).
    const above = signOf3(a, y2, (up / 2) * p);
    if (above > 0) {
      q += up;
      continue;
    }
    if (above === 0) {
      found[0] = evenOf(q, q + up);
      return true;
    }
    const below = signOf3(a, y2, -(down / 2) * p);
    if (below < 0) {
      q -= down;
      continue;
    }
    found[0] = below === 0 ? evenOf(q - down, q) : q;
    return true;
  }
  return false;
}

/** Of two neighbouring doubles, the one whose last mantissa bit is 0 (round half to even). */
function evenOf(a: number, b: number): number {
  bits[0] = a;
  return (words[0]! & 1) === 0 ? a : b;
}
