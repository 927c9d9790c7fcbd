import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { DEJAVU } from "./fonts.js";
import { subsetFace } from "./harfbuzz-subset.js";
import { renderPng } from "./render.js";

const svg = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="32"><text x="2" y="24" font-size="20" font-family="sans-serif">${text}</text></svg>`;
const codePoints = (text: string) => [...text].map((c) => c.codePointAt(0)!);

describe("HarfBuzz's subsetter", () => {
  test.skipIf(!existsSync(DEJAVU))(
    "keeps the glyphs of the characters asked for, with their kerning, and only those",
    async () => {
      const full = readFileSync(DEJAVU);
      const bytes = await subsetFace(full, codePoints("AVg"));
      expect(bytes.length).toBeLessThan(full.length / 20);
      // The same subset twice: the same bytes (the module is instantiated once and reused).
      expect(
        Buffer.from(await subsetFace(full, codePoints("AVg"))).equals(Buffer.from(bytes)),
      ).toBe(true);
      const dir = mkdtempSync(join(tmpdir(), "ccdc-hb-test-"));
      try {
        const file = join(dir, "subset.ttf");
        writeFileSync(file, bytes);
        const draw = (text: string, path: string) =>
          renderPng(svg(text), { file: path, family: "DejaVu Sans" }).then(Buffer.from);
        // "AV" is a kerning pair: drawn as the whole font draws it.
        expect((await draw("AVg", file)).equals(await draw("AVg", DEJAVU))).toBe(true);
        expect((await draw("Z", file)).equals(await draw("Z", DEJAVU))).toBe(false);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    30_000,
  );

  test("stops on bytes that are not a font", async () => {
    await expect(subsetFace(new Uint8Array(64), codePoints("A"))).rejects.toThrow(/harfbuzz/);
  });
});
