/**
 * manifest.json for an output directory: the ccdc marker, what produced it (ccdc and Node
 * versions), the sha256 of its inputs (the spec or plan, and each data file) and of every file
 * written. No timestamps or absolute paths, so the same run gives a byte-identical directory.
 * Paths are relative to the output directory (POSIX separators), like the paths in its
 * plan.json.
 *
 * The manifest is also what makes a directory replaceable: `--out DIR` replaces an existing DIR
 * only when its manifest carries the marker and lists every file DIR holds with the size and
 * sha256 it has (out-dir-ownership.ts), so a folder ccdc did not write — or a file a user has
 * since added or edited — is never deleted.
 */
import { createHash } from "node:crypto";
import { stableStringify } from "@ccdc/plan";

export const MANIFEST_NAME = "manifest.json";
/** Version 2 added the marker and made the files list exact (every file but the manifest). */
export const MANIFEST_VERSION = 2;
/** The marker: the manifest's `generator` field. */
export const MANIFEST_GENERATOR = "ccdc output directory";

export const sha256 = (content: string | Uint8Array): string =>
  createHash("sha256").update(content).digest("hex");

/** A file of the output directory, as the manifest lists it. */
export interface FileEntry {
  /** Relative to the directory, POSIX separators ("figures/map.svg"). */
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
}

export interface ManifestInput {
  readonly ccdcVersion: string;
  readonly nodeVersion: string;
  /** The spec or plan file that was run. */
  readonly input: {
    readonly kind: "spec" | "plan";
    readonly path: string;
    readonly sha256: string;
  };
  readonly data: readonly {
    readonly source: string;
    readonly path: string;
    readonly sha256: string;
  }[];
  /** Every other file in the directory. */
  readonly files: readonly FileEntry[];
}

export function renderManifest(m: ManifestInput): string {
  return stableStringify({
    generator: MANIFEST_GENERATOR,
    manifestVersion: MANIFEST_VERSION,
    ccdc: m.ccdcVersion,
    node: m.nodeVersion,
    input: m.input,
    data: m.data,
    files: [...m.files]
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map((f) => ({ path: f.path, bytes: f.bytes, sha256: f.sha256 })),
  });
}

/** What a manifest records of one file: its size and sha256. */
export interface ListedFile {
  readonly bytes: number;
  readonly sha256: string;
}

/**
 * The files a manifest lists (relative path → size and sha256), if `text` is a ccdc manifest
 * (marker present, each file with a safe path, its size and its hash); else a reason it is not
 * one.
 */
export function listedFiles(
  text: string,
): { ok: true; files: Map<string, ListedFile> } | { ok: false; why: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, why: `its ${MANIFEST_NAME} is not JSON` };
  }
  const m = json as { generator?: unknown; files?: unknown };
  if (typeof m !== "object" || m === null || m.generator !== MANIFEST_GENERATOR)
    return { ok: false, why: `its ${MANIFEST_NAME} was not written by ccdc` };
  if (!Array.isArray(m.files)) return { ok: false, why: `its ${MANIFEST_NAME} lists no files` };
  const files = new Map<string, ListedFile>();
  for (const f of m.files) {
    const { path, bytes, sha256 } = (f ?? {}) as {
      path?: unknown;
      bytes?: unknown;
      sha256?: unknown;
    };
    if (typeof path !== "string" || !isSafeRelativePath(path))
      return { ok: false, why: `its ${MANIFEST_NAME} lists a path that is not inside it` };
    if (
      typeof bytes !== "number" ||
      !Number.isSafeInteger(bytes) ||
      bytes < 0 ||
      typeof sha256 !== "string" ||
      !/^[0-9a-f]{64}$/.test(sha256)
    )
      return { ok: false, why: `its ${MANIFEST_NAME} lists ${path} without its size and sha256` };
    files.set(path, { bytes, sha256 });
  }
  return { ok: true, files };
}

/**
 * A relative POSIX path that stays inside its directory: no empty, "." or ".." segment, no
 * leading "/", no backslash, no control character, not the manifest itself.
 */
export function isSafeRelativePath(path: string): boolean {
  if (path.length === 0 || path.length > 1024 || path === MANIFEST_NAME) return false;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters
  if (/[\\\u0000-\u001f\u007f]/.test(path)) return false;
  return path.split("/").every((seg) => seg !== "" && seg !== "." && seg !== "..");
}
