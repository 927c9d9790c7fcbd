/**
 * Makes an Office file (a zip) byte-identical from run to run, compressing it once: exceljs and
 * docx stamp each zip entry with the time of writing and docx writes the time into
 * docProps/core.xml. The entries are rewritten in name order with one fixed date (pictures
 * stored, the rest deflated at one fixed level), and the core properties' created/modified
 * times (optional elements) are left out.
 *
 * fflate reads and writes the zip: pure JavaScript, so the same entries give the same bytes on
 * every machine and Node version (node:zlib is Chromium's zlib, whose DEFLATE output is not
 * canonical zlib's and depends on the CPU's CRC32 instructions), and synchronous: jszip (pako
 * in a pipeline of chunks) cost about 0.3 s more CPU for the flagship's two files. results.xlsx
 * comes from exceljs uncompressed (xlsx.ts), so it is deflated once, here; report.docx's parts
 * come from the docx package deflated (by fflate, its own few kilobytes): inflated and deflated
 * again, the tables' XML only here (docx.ts).
 */

/**
 * The zip format's earliest date, which entries carry instead of the time of writing. A zip
 * entry's time is local time (APPNOTE 4.4.6) and fflate writes a Date's local fields, so the
 * date is local midnight of 1 January 1980 in the time zone of the moment: the same bytes in
 * every time zone.
 */
const fixedDate = (): Date => new Date(1980, 0, 1);

/** The DEFLATE level of every entry but pictures: zlib's default, the level jszip used. */
const LEVEL = 6;

/** The longest placeholder `substitutes` may key (an entry longer is never one). */
const MAX_PLACEHOLDER = 64;

/**
 * `bytes` rewritten deterministically. `substitutes` maps an entry's whole content, a short
 * placeholder, to the bytes it stands for: report.docx gives the docx package placeholders
 * for its pictures and the PNGs here, so they are not deflated and hashed twice for nothing
 * (half a second for the flagship's five). Every placeholder must be found. `edits` rewrites
 * the text of the entries it names (report.docx puts its tables into word/document.xml).
 */
export async function deterministicZip(
  bytes: Uint8Array,
  substitutes: ReadonlyMap<string, Uint8Array> = new Map(),
  edits: ReadonlyMap<string, (text: string) => string> = new Map(),
): Promise<Uint8Array> {
  const { strFromU8, strToU8, unzipSync, zipSync } = await import("fflate");
  const input = unzipSync(bytes, { filter: (file) => !file.name.endsWith("/") });
  const found = new Set<string>();
  const mtime = fixedDate();
  const output: Record<string, [Uint8Array, { level: 0 | 6; mtime: Date }]> = {};
  for (const name of Object.keys(input).sort()) {
    let content: Uint8Array = input[name]!;
    if (substitutes.size > 0 && content.length <= MAX_PLACEHOLDER) {
      const key = strFromU8(content);
      const real = substitutes.get(key);
      if (real) {
        content = real;
        found.add(key);
      }
    }
    if (name === "docProps/core.xml") {
      content = strToU8(
        strFromU8(content).replace(/<dcterms:(created|modified)\b[^>]*>[^<]*<\/dcterms:\1>/g, ""),
      );
    }
    const edit = edits.get(name);
    if (edit) content = strToU8(edit(strFromU8(content)));
    // A PNG is compressed already: DEFLATE would spend time to gain nothing.
    output[name] = [content, { level: name.endsWith(".png") ? 0 : LEVEL, mtime }];
  }
  if (found.size !== substitutes.size) {
    throw new Error(
      `zip: ${substitutes.size - found.size} placeholders not found (did the docx package change how it stores pictures?)`,
    );
  }
  return zipSync(output);
}
