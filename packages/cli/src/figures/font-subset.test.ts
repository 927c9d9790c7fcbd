import { existsSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { sfntFace, subsetFont } from "./font-subset.js";
import { DEJAVU, NOTO_CJK } from "./fonts.js";
import { renderPng } from "./render.js";

const svg = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="32"><text x="2" y="24" font-size="20" font-family="sans-serif">${text}</text></svg>`;

describe("the PNG font subset", () => {
  test.skipIf(!existsSync(NOTO_CJK))(
    "takes the named face out of a collection and draws the figures' text as the whole font does",
    async () => {
      const full = { file: NOTO_CJK, family: "Noto Sans CJK SC" };
      const face = sfntFace(readFileSync(NOTO_CJK), full.family);
      expect(face.toString("latin1", 0, 4)).toBe("OTTO");
      // The face's name table names the family (UTF-16BE).
      expect(face.includes(Buffer.from("Noto Sans CJK SC", "utf16le").swap16())).toBe(true);
      // 中 written as a character reference is kept too.
      const text = "耦合协调度 D &#20013;";
      const subset = await subsetFont(full, [svg(text)]);
      try {
        expect(readFileSync(subset.font.file).length).toBeLessThan(200_000);
        const a = await renderPng(svg(text), full);
        const b = await renderPng(svg(text), subset.font);
        expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
      } finally {
        subset.dispose();
      }
      expect(existsSync(subset.font.file)).toBe(false);
    },
    60_000,
  );

  test.skipIf(!existsSync(DEJAVU))("a single font file is its own face", () => {
    const buf = readFileSync(DEJAVU);
    expect(sfntFace(buf, "DejaVu Sans")).toBe(buf);
  });
});
