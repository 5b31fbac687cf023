// Draws the Gatehouse mark (a gate: a rounded block with an arched doorway) as raw pixels, so the
// tray icon needs no binary asset and the installer icon (build/icon.png) is drawn by the same
// code. Anti-aliased by 4×4 supersampling.

export type Rgb = readonly [red: number, green: number, blue: number];

/** The portal's accent colour; macOS menu bar icons are black "template" images instead. */
export const brandColor: Rgb = [59, 79, 216];

const samples = 4;

/** True where the mark covers the point (x, y in 0..1 of the icon's width and height). */
export function markCovers(x: number, y: number): boolean {
  const inset = 0.08;
  const radius = 0.18;
  if (!insideRoundedSquare(x, y, inset, radius)) {
    return false;
  }
  // The doorway: a vertical slot topped by a half circle, open at the bottom edge.
  const doorHalfWidth = 0.16;
  const doorTop = 0.42;
  const dx = x - 0.5;
  if (Math.abs(dx) <= doorHalfWidth && y >= doorTop) {
    return false;
  }
  return Math.hypot(dx, y - doorTop) > doorHalfWidth;
}

function insideRoundedSquare(x: number, y: number, inset: number, radius: number): boolean {
  const low = inset + radius;
  const high = 1 - inset - radius;
  const cx = Math.min(Math.max(x, low), high);
  const cy = Math.min(Math.max(y, low), high);
  return Math.hypot(x - cx, y - cy) <= radius && x >= inset && x <= 1 - inset;
}

/** RGBA pixels, row by row, straight (not premultiplied) alpha. */
export function drawMarkRgba(size: number, color: Rgb): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) {
      let covered = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = (column + (sx + 0.5) / samples) / size;
          const y = (row + (sy + 0.5) / samples) / size;
          covered += markCovers(x, y) ? 1 : 0;
        }
      }
      const offset = (row * size + column) * 4;
      pixels[offset] = color[0];
      pixels[offset + 1] = color[1];
      pixels[offset + 2] = color[2];
      pixels[offset + 3] = Math.round((covered / (samples * samples)) * 255);
    }
  }
  return pixels;
}

/** Electron's nativeImage.createFromBitmap wants BGRA with premultiplied alpha. */
export function rgbaToPremultipliedBgra(rgba: Uint8Array): Uint8Array {
  const bgra = new Uint8Array(rgba.length);
  for (let offset = 0; offset < rgba.length; offset += 4) {
    const alpha = rgba[offset + 3] ?? 0;
    const scale = (channel: number) => Math.round(((rgba[offset + channel] ?? 0) * alpha) / 255);
    bgra[offset] = scale(2);
    bgra[offset + 1] = scale(1);
    bgra[offset + 2] = scale(0);
    bgra[offset + 3] = alpha;
  }
  return bgra;
}
