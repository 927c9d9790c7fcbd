/**
 * Makes an Office file (a zip) byte-identical from run to run: exceljs and docx stamp each zip
 * entry with the time of writing and docx writes the time into docProps/core.xml. The entries
 * are rewritten in name order with one fixed date (pictures stored, the rest deflated), and the
 * core properties' created/modified times (optional elements) are left out.
 */

/** The zip format's earliest date: entries carry it instead of the time of writing. */
const FIXED_DATE = new Date(Date.UTC(1980, 0, 1));

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
  const { default: JSZip } = await import("jszip");
  const input = await JSZip.loadAsync(bytes);
  const output = new JSZip();
  const found = new Set<string>();
  for (const name of Object.keys(input.files).sort()) {
    const entry = input.files[name];
    if (!entry || entry.dir) continue;
    let content: Uint8Array | string = await entry.async("uint8array");
    if (substitutes.size > 0 && content.length <= MAX_PLACEHOLDER) {
      const key = new TextDecoder().decode(content);
      const real = substitutes.get(key);
      if (real) {
        content = real;
        found.add(key);
      }
    }
    if (name === "docProps/core.xml") {
      content = new TextDecoder()
        .decode(content)
        .replace(/<dcterms:(created|modified)\b[^>]*>[^<]*<\/dcterms:\1>/g, "");
    }
    const edit = edits.get(name);
    if (edit)
      content = edit(typeof content === "string" ? content : new TextDecoder().decode(content));
    // A PNG is compressed already: DEFLATE would spend time to gain nothing.
    const stored = name.endsWith(".png");
    output.file(name, content, {
      date: FIXED_DATE,
      createFolders: false,
      ...(stored && { compression: "STORE" as const }),
    });
  }
  if (found.size !== substitutes.size) {
    throw new Error(
      `zip: ${substitutes.size - found.size} placeholders not found (did the docx package change how it stores pictures?)`,
    );
  }
  return output.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
    platform: "UNIX",
  });
}
