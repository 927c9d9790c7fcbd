/**
 * A font cut down to a set of characters by HarfBuzz's subsetter (hb-subset), compiled to
 * WebAssembly by the harfbuzzjs project (its harfbuzz-subset.wasm: no imports, HarfBuzz's C
 * API as exports). The module is compiled and instantiated once per process and kept.
 *
 * Called directly rather than through the subset-font package, which wraps the same module:
 * subset-font also loads fontverter and its WOFF/WOFF2 converters (1.3 MB of emscripten
 * JavaScript, about 45 ms of CPU at every run) to convert formats a run never uses; ccdc
 * hands HarfBuzz an sfnt face and writes the sfnt it gives back.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** The exports of harfbuzz-subset.wasm used here (HarfBuzz's C API; pointers are offsets). */
interface HarfBuzz {
  readonly memory: { readonly buffer: ArrayBuffer };
  _initialize(): void;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

/** hb_memory_mode_t: HarfBuzz may write into the font's bytes (they are a copy). */
const HB_MEMORY_MODE_WRITABLE = 2;
/** hb_subset_sets_t: the set of OpenType layout features to keep. */
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;

/** Node's WebAssembly global, as much of it as is used (the project's TypeScript libs have no DOM). */
interface WebAssemblyApi {
  instantiate(bytes: Uint8Array): Promise<{ instance: { exports: unknown } }>;
}
const wasmApi = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;

let instance: Promise<HarfBuzz> | undefined;

/** The module, compiled and initialised on first use. */
function harfBuzz(): Promise<HarfBuzz> {
  instance ??= (async () => {
    const wasm = readFileSync(
      createRequire(import.meta.url).resolve("harfbuzzjs/dist/harfbuzz-subset.wasm"),
    );
    const { instance } = await wasmApi.instantiate(wasm);
    const hb = instance.exports as HarfBuzz;
    hb._initialize();
    return hb;
  })();
  return instance;
}

/**
 * `face` (an sfnt: TrueType or OpenType, not a collection) cut down to the glyphs of
 * `codePoints` and what they need, every layout feature kept (so text is shaped as with the
 * whole font: kerning, ligatures). Throws when HarfBuzz cannot read or subset the font.
 */
export async function subsetFace(
  face: Uint8Array,
  codePoints: Iterable<number>,
): Promise<Uint8Array> {
  const hb = await harfBuzz();
  // The memory may grow during any call, which detaches earlier views: take one at each use.
  const heap = () => new Uint8Array(hb.memory.buffer);
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error("harfbuzz: could not create a subset input");
  const data = hb.malloc(face.byteLength);
  heap().set(face, data);
  const blob = hb.hb_blob_create(data, face.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const source = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  try {
    const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    hb.hb_set_clear(features);
    hb.hb_set_invert(features);
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const c of codePoints) hb.hb_set_add(unicodes, c);
    const subset = hb.hb_subset_or_fail(source, input);
    if (subset === 0) throw new Error("harfbuzz: the font could not be subset");
    const result = hb.hb_face_reference_blob(subset);
    const at = hb.hb_blob_get_data(result, 0);
    const length = hb.hb_blob_get_length(result);
    const bytes = heap().slice(at, at + length);
    hb.hb_blob_destroy(result);
    hb.hb_face_destroy(subset);
    if (length === 0) throw new Error("harfbuzz: the subset font is empty");
    return bytes;
  } finally {
    hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(source);
    hb.free(data);
  }
}
