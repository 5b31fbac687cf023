// The icon containers electron-builder wants, packed from PNG images: Windows .ico (PNG entries,
// Vista and later) and macOS .icns (PNG entries, OS X 10.7 and later). Both formats are a small
// header and a table of images; build/icons.ts renders the PNGs from build/icon.svg.

export type PngImage = { size: number; png: Buffer };

/** ICONDIR + ICONDIRENTRY per image (width/height 0 means 256), then the PNG data. */
export function packIco(images: readonly PngImage[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach((image, index) => {
    if (image.size > 256) {
      throw new Error(`An .ico image is at most 256 pixels, got ${image.size}`);
    }
    const entry = 6 + 16 * index;
    header.writeUInt8(image.size === 256 ? 0 : image.size, entry);
    header.writeUInt8(image.size === 256 ? 0 : image.size, entry + 1);
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(image.png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += image.png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}

/** The icns type of each PNG size (Apple's Icon Services types; @2x types reuse a size). */
export const icnsTypes: readonly { type: string; size: number }[] = [
  { type: "icp4", size: 16 },
  { type: "icp5", size: 32 },
  { type: "ic11", size: 32 }, // 16@2x
  { type: "icp6", size: 64 },
  { type: "ic12", size: 64 }, // 32@2x
  { type: "ic07", size: 128 },
  { type: "ic08", size: 256 },
  { type: "ic13", size: 256 }, // 128@2x
  { type: "ic09", size: 512 },
  { type: "ic14", size: 512 }, // 256@2x
  { type: "ic10", size: 1024 }, // 512@2x
];

/** "icns" + total length, then per image: type, length (with its 8-byte header), PNG. */
export function packIcns(images: readonly PngImage[]): Buffer {
  const bySize = new Map(images.map((image) => [image.size, image.png]));
  const entries = icnsTypes.map(({ type, size }) => {
    const png = bySize.get(size);
    if (png === undefined) {
      throw new Error(`No ${size}×${size} PNG for the icns type ${type}`);
    }
    const head = Buffer.alloc(8);
    head.write(type, 0, "latin1");
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(entries);
  const head = Buffer.alloc(8);
  head.write("icns", 0, "latin1");
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}
