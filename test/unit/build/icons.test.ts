// The app icons come from build/icon.svg alone: rendered by resvg, packed into .ico and .icns,
// read back here with independent parsing, and drawn with the tray icon's geometry.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { icnsTypes } from "../../../build/icon-formats.ts";
import { generateIcons, iconSource, pngSizes } from "../../../build/icons.ts";
import { brandColor, markCovers } from "../../../main/core/gatehouse-icon.ts";

let directory = "";
beforeAll(() => {
  directory = mkdtempSync(path.join(tmpdir(), "gatehouse-icons-"));
  generateIcons(directory);
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const pngSize = (png: Buffer) => {
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
};

describe("app icons from one SVG", () => {
  it("writes a PNG per size for Linux and the 1024 px icon.png", () => {
    for (const size of pngSizes) {
      const png = readFileSync(path.join(directory, "png", `${size}x${size}.png`));
      expect(pngSize(png)).toEqual({ width: size, height: size });
    }
    expect(pngSize(readFileSync(path.join(directory, "icon.png")))).toEqual({
      width: 1024,
      height: 1024,
    });
  });

  it("packs a Windows .ico whose directory points at real PNGs up to 256 px", () => {
    const ico = readFileSync(path.join(directory, "icon.ico"));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let index = 0; index < count; index += 1) {
      const entry = 6 + 16 * index;
      const width = ico.readUInt8(entry) || 256;
      const length = ico.readUInt32LE(entry + 8);
      const offset = ico.readUInt32LE(entry + 12);
      expect(pngSize(ico.subarray(offset, offset + length)).width).toBe(width);
      sizes.push(width);
    }
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it("packs a macOS .icns with every type from 16 px to 1024 px", () => {
    const icns = readFileSync(path.join(directory, "icon.icns"));
    expect(icns.subarray(0, 4).toString("latin1")).toBe("icns");
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const found: string[] = [];
    for (let offset = 8; offset < icns.length;) {
      const type = icns.subarray(offset, offset + 4).toString("latin1");
      const length = icns.readUInt32BE(offset + 4);
      const expected = icnsTypes.find((entry) => entry.type === type)?.size;
      expect(pngSize(icns.subarray(offset + 8, offset + length)).width).toBe(expected);
      found.push(type);
      offset += length;
    }
    expect(found).toEqual(icnsTypes.map((entry) => entry.type));
  });

  it("draws the same mark as the tray icon, in the brand colour", () => {
    const size = 200;
    const rendered = new Resvg(readFileSync(iconSource, "utf8"), {
      fitTo: { mode: "width", value: size },
    }).render();
    const pixels = rendered.pixels;
    let mismatches = 0;
    for (let row = 2; row < size; row += 7) {
      for (let column = 2; column < size; column += 7) {
        const x = (column + 0.5) / size;
        const y = (row + 0.5) / size;
        // Skip points on an edge, where anti-aliasing gives partial coverage.
        const edge = [-0.01, 0.01].some(
          (d) =>
            markCovers(x + d, y) !== markCovers(x, y) || markCovers(x, y + d) !== markCovers(x, y),
        );
        if (edge) {
          continue;
        }
        const offset = (row * size + column) * 4;
        const alpha = pixels[offset + 3] ?? 0;
        if (markCovers(x, y)) {
          const rgb = [pixels[offset], pixels[offset + 1], pixels[offset + 2]];
          if (alpha !== 255 || rgb.join() !== brandColor.join()) {
            mismatches += 1;
          }
        } else if (alpha !== 0) {
          mismatches += 1;
        }
      }
    }
    expect(mismatches).toBe(0);
  });
});
