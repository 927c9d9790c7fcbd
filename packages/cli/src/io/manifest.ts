/**
 * manifest.json for an output directory: what produced it (ccdc and Node versions), the sha256
 * of its inputs (the spec or plan, and each data file) and of every file written. No
 * timestamps or absolute paths, so the same run gives a byte-identical directory. Paths are
 * relative to the output directory, like the paths in its plan.json.
 */
import { createHash } from "node:crypto";
import { stableStringify } from "@ccdc/plan";

export const MANIFEST_VERSION = 1;

export const sha256 = (content: string | Uint8Array): string =>
  createHash("sha256").update(content).digest("hex");

export interface ManifestInput {
  readonly ccdcVersion: string;
  readonly nodeVersion: string;
  /** The spec or plan file that was run. */
  readonly input: {
    readonly kind: "spec" | "plan";
    readonly path: string;
    readonly content: string | Uint8Array;
  };
  readonly data: readonly {
    readonly source: string;
    readonly path: string;
    readonly content: string | Uint8Array;
  }[];
  /** Every other file in the directory, by name. */
  readonly files: ReadonlyMap<string, string | Uint8Array>;
}

export function renderManifest(m: ManifestInput): string {
  return stableStringify({
    manifestVersion: MANIFEST_VERSION,
    ccdc: m.ccdcVersion,
    node: m.nodeVersion,
    input: { kind: m.input.kind, path: m.input.path, sha256: sha256(m.input.content) },
    data: m.data.map((d) => ({ source: d.source, path: d.path, sha256: sha256(d.content) })),
    files: [...m.files.keys()].sort().map((name) => {
      const content = m.files.get(name) ?? "";
      return { path: name, bytes: Buffer.byteLength(content), sha256: sha256(content) };
    }),
  });
}
