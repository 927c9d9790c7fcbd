import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDecimal } from "./cells.js";
import { decimalOf } from "./decimal-bytes.js";

/**
 * The property: for every text that decimalOf takes (not NaN), it is a decimal the general
 * path takes (isDecimal) and the value is Number(text), bit for bit (Object.is tells -0 from 0).
 * Returns whether it was taken.
 */
function agrees(text: string): boolean {
  const bytes = Buffer.from(text, "utf8");
  // Inside a larger buffer, so that the bounds are respected.
  const padded = Buffer.concat([Buffer.from("9,"), bytes, Buffer.from(",7")]);
  const got = decimalOf(padded, 2, 2 + bytes.length);
  if (Number.isNaN(got)) return false;
  expect(isDecimal(text), text).toBe(true);
  const want = Number(text);
  if (!Object.is(got, want)) expect({ text, got }).toEqual({ text, got: want });
  return true;
}

/** The exact decimal digits of a positive double's midpoint to its successor (BigInt arithmetic). */
function midpointDigits(x: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const b = view.getBigUint64(0);
  const biased = Number((b >> 52n) & 0x7ffn);
  const mantissa = (b & ((1n << 52n) - 1n)) | (biased === 0 ? 0n : 1n << 52n);
  // x = mantissa · 2^e; the midpoint is (2·mantissa + 1) · 2^(e − 1).
  const e = (biased === 0 ? 1 : biased) - 1075 - 1;
  const m = 2n * mantissa + 1n;
  // As digits · 10^-f: multiply by 5^(-e) when e < 0, so that m · 2^e = m · 5^-e / 10^-e.
  if (e >= 0) return (m << BigInt(e)).toString();
  const digits = (m * 5n ** BigInt(-e)).toString().padStart(-e + 1, "0");
  return `${digits.slice(0, digits.length + e)}.${digits.slice(digits.length + e)}`;
}

/** `text` cut to `n` significant digits: the rest dropped after the point, zeros before it. */
function cutDigits(text: string, n: number): string {
  let seen = 0;
  let point = false;
  let out = "";
  for (const ch of text) {
    if (ch === ".") {
      point = true;
      out += ch;
      continue;
    }
    if (seen > 0 || ch !== "0") seen++;
    if (seen <= n) out += ch;
    else if (!point) out += "0";
    else break;
  }
  return out;
}

/** A decimal text's last digit moved by ±1 (texts ending in 0 or 9 are returned as they are). */
function nudge(text: string, by: 1 | -1): string {
  const last = text.at(-1)!;
  if (last === "." || (by > 0 && last === "9") || (by < 0 && last === "0")) return text;
  return text.slice(0, -1) + String(Number(last) + by);
}

const digitString = (min: number, max: number) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max })
    .map((d) => d.join(""));

describe("decimalOf", () => {
  it("is Number(text) for shortest round-trip texts of random doubles, and takes most", () => {
    let taken = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        runs++;
        if (agrees(String(x))) taken++;
      }),
      { numRuns: 20_000 },
    );
    // Values of everyday size, as the benchmark writes them.
    for (let i = 0; i < 20_000; i++) {
      runs++;
      const x = Math.exp(6 * Math.random() - 3) * (Math.random() < 0.5 ? 1 : 1000);
      if (agrees(String(x))) taken++;
    }
    expect(taken).toBeGreaterThan(runs / 2);
  }, 60_000);

  it("is Number(text) for random digits, points, signs and exponents", () => {
    const text = fc
      .tuple(
        fc.constantFrom("", "", "-", "+"),
        digitString(0, 24),
        fc.constantFrom("", ".", "."),
        digitString(0, 24),
        fc.oneof(
          fc.constant(""),
          fc
            .tuple(
              fc.constantFrom("e", "E"),
              fc.constantFrom("", "-", "+"),
              fc.integer({ min: 0, max: 400 }),
            )
            .map(([e, s, n]) => `${e}${s}${n}`),
        ),
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (t) => {
        agrees(t);
      }),
      { numRuns: 50_000 },
    );
  }, 60_000);

  it("is Number(text) next to the midpoints between doubles, where rounding is decided", () => {
    // A random double's midpoint to its successor, cut to 16–19 significant digits and nudged
    // by one in the last digit: texts as close to a tie as the taken digits allow.
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1e18, noNaN: true }),
        fc.integer({ min: 16, max: 19 }),
        (x, n) => {
          const mid = cutDigits(midpointDigits(x), n);
          for (const t of [mid, nudge(mid, 1), nudge(mid, -1)]) agrees(t);
        },
      ),
      { numRuns: 20_000 },
    );
    // Exact ties: between doubles of [2^49, 2^53) the midpoint has 1–4 decimals (ulp ≥ 2^-3),
    // so those of at most 19 significant digits are ties decimalOf must take and round to even.
    fc.assert(
      fc.property(fc.double({ min: 2 ** 49, max: 2 ** 53 - 1, noNaN: true }), (x) => {
        const mid = midpointDigits(x);
        const fits = mid.replace(".", "").length <= 19;
        expect(agrees(mid) || !fits, mid).toBe(true);
        expect(agrees(`-${mid}`) || !fits).toBe(true);
      }),
      { numRuns: 5_000 },
    );
    // Ties written directly: an integer of [2^52, 2^53) plus one half (ulp 1), of [2^50, 2^51)
    // plus an odd number of eighths (ulp 1/4).
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 52 - 1 }),
        fc.constantFrom("125", "375", "625", "875"),
        fc.constantFrom("", "0", "00"),
        (n, eighths, zeros) => {
          expect(agrees(`${2 ** 52 + n}.5${zeros}`)).toBe(true);
          expect(agrees(`-${2 ** 50 + (n % 2 ** 50)}.${eighths}`)).toBe(true);
        },
      ),
      { numRuns: 5_000 },
    );
    // More ties that fit in 19 digits: 2^53 + 1 and odd multiples of a half-ulp near 1e17.
    for (const t of [
      "9007199254740993",
      "9007199254740995",
      "9007199254740993.0",
      "900719925474099.3e1",
      "18014398509481986",
      "18014398509481990",
      "0.9007199254740993",
      "1.8014398509481986",
      "123456789012345678",
      "1234567890123456789",
      "9999999999999999999",
      "0.000009999999999999999999",
    ])
      agrees(t);
  }, 60_000);

  it("reads signs, zeros, points and exponents as Number does, and declines what is not a decimal", () => {
    for (const t of ["0", "-0", "+0", "-0.0", "0e5", "-0e-400", "00012.5000", ".5", "5.", "-.5e-3"])
      expect(agrees(t), t).toBe(true);
    expect(Object.is(decimalOf(Buffer.from("-0"), 0, 2), -0)).toBe(true);
    for (const t of [
      "",
      "-",
      "+",
      ".",
      "e5",
      "1e",
      "1e+",
      "1.2.3",
      "1,5",
      " 1",
      "1 ",
      "0x10",
      "Infinity",
      "NaN",
      "1_000",
      "١٢",
      "1e400",
      "12345678901234567890123",
    ])
      expect(Number.isNaN(decimalOf(Buffer.from(t), 0, Buffer.byteLength(t))), t).toBe(true);
  }, 60_000);
});
