/**
 * What a zip file's central directory declares, read before the zip is inflated: whether it
 * has one (a file cut short has not), and how many bytes its entries inflate to. An .xlsx is
 * a zip; its size on disk says little about the memory and time inflating it takes (a small
 * file can declare gigabytes). Layout: PKWARE APPNOTE.TXT §4.3.12 (central directory header)
 * and §4.3.16 (end of central directory record).
 */
import { open } from "node:fs/promises";

const EOCD_SIGNATURE = 0x06054b50;
const CD_SIGNATURE = 0x02014b50;
/** A central directory larger than this is not a workbook's (it lists a few dozen parts). */
const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;

/**
 * The sum of the uncompressed sizes the central directory declares (a ZIP64 size counts as
 * 4 GiB), or undefined when the file has no readable end-of-central-directory record or
 * directory (it is cut short, or not a zip).
 */
export async function declaredInflatedBytes(
  path: string,
  size: number,
): Promise<number | undefined> {
  // The record is 22 bytes and a comment of at most 65,535, at the very end.
  const length = Math.min(size, 22 + 65_535);
  if (length < 22) return undefined;
  const fh = await open(path, "r");
  try {
    const tail = Buffer.alloc(length);
    await fh.read(tail, 0, length, size - length);
    let eocd = -1;
    for (let i = length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return undefined;
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (cdSize > MAX_DIRECTORY_BYTES || cdOffset + cdSize > size) return undefined;
    const cd = Buffer.alloc(cdSize);
    await fh.read(cd, 0, cdSize, cdOffset);
    let total = 0;
    for (let p = 0; p + 46 <= cdSize; ) {
      if (cd.readUInt32LE(p) !== CD_SIGNATURE) return undefined;
      total += cd.readUInt32LE(p + 24);
      p += 46 + cd.readUInt16LE(p + 28) + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
    }
    return total;
  } finally {
    await fh.close();
  }
}
