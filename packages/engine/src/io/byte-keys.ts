/**
 * Declared keys (regions, variables) looked up by a cell's bytes, for the ingest's fast path:
 * an open-addressing table keyed by a hash (FNV-1a) of the key's UTF-8 bytes, each hit checked
 * byte by byte. Only keys that a cell's bytes can match exactly are in it — non-empty, without
 * leading or trailing white space (`keyText` trims a cell; a key equal to its trim is matched by
 * exactly its own bytes), without commas, quotes or line ends (never in an unquoted CSV field).
 * A cell that finds nothing here is read the general way, so a key left out costs only speed.
 */
export class ByteKeys {
  private readonly mask: number;
  /** Per slot: the key's number + 1 (0: empty). */
  private readonly slotValue: Int32Array;
  private readonly slotStart: Int32Array;
  private readonly slotLength: Int32Array;
  private readonly bytes: Uint8Array;

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
    this.bytes = Buffer.concat(taken.map(([b]) => b));
    let at = 0;
    for (const [b, value] of taken) {
      let slot = hash(b, 0, b.length) & this.mask;
      while (this.slotValue[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slotValue[slot] = value + 1;
      this.slotStart[slot] = at;
      this.slotLength[slot] = b.length;
      at += b.length;
    }
  }

  /** Where the last `field` stopped: the comma after the field, or the line's end. */
  fieldEnd = 0;

  /**
   * The number of the key whose UTF-8 bytes are exactly the CSV field that starts at `start`
   * and ends at the first comma or at `end` (`fieldEnd`), or -1.
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
      if (value === 0) return -1;
      if (this.slotLength[slot] !== n) continue;
      const from = this.slotStart[slot]!;
      let i = 0;
      while (i < n && this.bytes[from + i] === bytes[start + i]) i++;
      if (i === n) return value - 1;
    }
  }
}

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
