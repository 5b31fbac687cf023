import { describe, expect, it } from "vitest";
import {
  drawMarkRgba,
  markCovers,
  rgbaToPremultipliedBgra,
} from "../../../../main/core/gatehouse-icon.ts";

describe("the Gatehouse mark", () => {
  it("is a solid block with an open doorway and transparent corners", () => {
    expect(markCovers(0.2, 0.3)).toBe(true); // wall
    expect(markCovers(0.5, 0.8)).toBe(false); // doorway
    expect(markCovers(0.01, 0.01)).toBe(false); // outside the rounded corner
  });

  it("draws RGBA pixels Electron can take as a premultiplied BGRA bitmap", () => {
    const rgba = drawMarkRgba(16, [59, 79, 216]);
    expect(rgba).toHaveLength(16 * 16 * 4);
    const bgra = rgbaToPremultipliedBgra(Uint8Array.from([200, 100, 50, 128]));
    expect([...bgra]).toEqual([25, 50, 100, 128]);
  });
});
