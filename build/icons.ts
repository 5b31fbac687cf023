// Renders build/icon.svg into every app icon the installers need, with resvg (a maintained SVG
// renderer): out/icons/icon.icns (macOS), icon.ico (Windows), png/<n>x<n>.png (Linux) and
// icon.png. Part of `npm run build`; electron-builder.yml points at these files.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Resvg } from "@resvg/resvg-js";
import { packIcns, packIco, type PngImage } from "./icon-formats.ts";

export const iconSource = fileURLToPath(new URL("icon.svg", import.meta.url));
export const pngSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
const icoSizes = new Set([16, 24, 32, 48, 64, 128, 256]);

export function renderPng(svg: string, size: number): Buffer {
  const rendered = new Resvg(svg, { fitTo: { mode: "width", value: size } }).render();
  return Buffer.from(rendered.asPng());
}

export function generateIcons(outputDirectory: string, svg = readFileSync(iconSource, "utf8")) {
  const images: PngImage[] = pngSizes.map((size) => ({ size, png: renderPng(svg, size) }));
  const pngDirectory = path.join(outputDirectory, "png");
  mkdirSync(pngDirectory, { recursive: true });
  for (const image of images) {
    writeFileSync(path.join(pngDirectory, `${image.size}x${image.size}.png`), image.png);
  }
  const largest = images.find((image) => image.size === 1024);
  writeFileSync(path.join(outputDirectory, "icon.png"), largest?.png ?? Buffer.alloc(0));
  writeFileSync(
    path.join(outputDirectory, "icon.ico"),
    packIco(images.filter((image) => icoSizes.has(image.size))),
  );
  writeFileSync(path.join(outputDirectory, "icon.icns"), packIcns(images));
  return { pngs: images.length, directory: outputDirectory };
}
