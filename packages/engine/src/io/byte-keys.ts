/**
 * Keys (regions, variables) looked up by a cell's bytes, for the ingest's fast path: an
 * open-addressing table keyed by a hash (FNV-1a) of the key's UTF-8 bytes, each hit checked
 * byte by byte. It starts with the declared keys that a cell's bytes can match exactly —
 * non-empty, without leading or trailing white space (`keyText` trims a cell; a key equal to
 * its trim is matched by exactly its own bytes), without commas, quotes or line ends (never in
 * an unquoted CSV field). A cell that finds nothing here is read the general way, so a key
 * left out costs only speed. The fast path adds the bytes of cells it has found to match no
 * declared key (`add`, with a negative number), so that the next row with the same unknown
 * key is counted without decoding its text.
 */
export class ByteKeys {
  private mask: number;
  /** Per slot: the key's number + 1 when ≥ 0, the number itself when negative (0: empty). */
  private slotValue: Int32Array;
  private slotStart: Int32Array;
  private slotLength: Int32Array;
  private bytes: Uint8Array;
  /** Bytes used in `bytes`, keys held. */
  private used = 0;
  private count = 0;

  /** `keys` maps each key to its number (≥ 0), as the general path's Map does. */
  constructor(keys: ReadonlyMap<string, number>) {
    const taken: [Buffer, number][] = [];
    for (const [key, value] of keys) {
      const utf8 = Buffer.from(key, "utf8");
      // (A lone surrogate has no UTF-8: its bytes would decode to U+FFFD, not to the key.)
      if (key !== "" && key === key.trim() && !/[",\r\n]/.test(key) && utf8.toString() === key)
        taken.push([utf8, value]);
    }
    let slots = 16;
    while (slots < taken.length * 2) slots *= 2;
    this.mask = slots - 1;
    this.slotValue = new Int32Array(slots);
    this.slotStart = new Int32Array(slots);
    this.slotLength = new Int32Array(slots);
    this.bytes = new Uint8Array(
      Math.max(
        64,
        taken.reduce((n, [b]) => n + b.length, 0),
      ),
    );
    for (const [b, value] of taken) this.add(b, 0, b.length, value);
  }

  /** Where the last `field` stopped: the comma after the field, or the line's end. */
  fieldEnd = 0;

  /**
   * The number of the key whose UTF-8 bytes are exactly the CSV field that starts at `start`
   * and ends at the first comma or at `end` (`fieldEnd`), or -1 (NOT_FOUND) if none.
   */
  field(bytes: Uint8Array, start: number, end: number): number {
    let h = FNV_OFFSET;
    let stop = start;
    for (; stop < end; stop++) {
      const b = bytes[stop]!;
      if (b === COMMA) break;
      h = Math.imul(h ^ b, FNV_PRIME);
    }
    this.fieldEnd = stop;
    const n = stop - start;
    const mask = this.mask;
    for (let slot = (h >>> 0) & mask; ; slot = (slot + 1) & mask) {
      const value = this.slotValue[slot]!;
      if (value === 0) return NOT_FOUND;
      if (this.slotLength[slot] !== n) continue;
      const from = this.slotStart[slot]!;
      let i = 0;
      while (i < n && this.bytes[from + i] === bytes[start + i]) i++;
      if (i === n) return value > 0 ? value - 1 : value;
    }
  }

  /** Keys held at most: past it, `add` does nothing (a file of that many unknown keys is read the general way). */
  static readonly MAX_KEYS = 1 << 16;

  /**
   * Adds the key of bytes [start, end) (not yet held) with number `value` (≥ 0, or ≤ -2 for a
   * cell known to match no declared key); false if the table is full.
   */
  add(bytes: Uint8Array, start: number, end: number, value: number): boolean {
    if (this.count >= ByteKeys.MAX_KEYS) return false;
    const n = end - start;
    if (this.used + n > this.bytes.length) {
      const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.used + n));
      bigger.set(this.bytes.subarray(0, this.used));
      this.bytes = bigger;
    }
    this.bytes.set(bytes.subarray(start, end), this.used);
    if ((this.count + 1) * 2 > this.slotValue.length) this.grow();
    this.place(hash(bytes, start, end), this.used, n, value < 0 ? value : value + 1);
    this.used += n;
    this.count++;
    return true;
  }

  /** `add` for the bytes of the last `field` (from `start`). */
  addLast(bytes: Uint8Array, start: number, value: number): boolean {
    return this.add(bytes, start, this.fieldEnd, value);
  }

  private place(h: number, from: number, n: number, stored: number): void {
    let slot = h & this.mask;
    while (this.slotValue[slot] !== 0) slot = (slot + 1) & this.mask;
    this.slotValue[slot] = stored;
    this.slotStart[slot] = from;
    this.slotLength[slot] = n;
  }

  /** Twice the slots, every key placed again. */
  private grow(): void {
    const { slotValue, slotStart, slotLength } = this;
    const slots = slotValue.length * 2;
    this.mask = slots - 1;
    this.slotValue = new Int32Array(slots);
    this.slotStart = new Int32Array(slots);
    this.slotLength = new Int32Array(slots);
    for (let s = 0; s < slotValue.length; s++) {
      if (slotValue[s] === 0) continue;
      const from = slotStart[s]!;
      const n = slotLength[s]!;
      this.place(hash(this.bytes, from, from + n), from, n, slotValue[s]!);
    }
  }
}

/** `ByteKeys.field`'s answer when no key has the field's bytes. */
export const NOT_FOUND = -1;

const COMMA = 0x2c;
// As an int32 (a small integer to V8, never a heap number).
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** FNV-1a over bytes [start, end), as `field` computes it. */
function hash(bytes: Uint8Array, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, FNV_PRIME);
  return h >>> 0;
}
