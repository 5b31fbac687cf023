// Writes a brotli (.br) and a gzip (.gz) copy beside each built portal asset, so the server sends
// compressed bytes without compressing per request (server/plugins/portal-ui.ts negotiates them).
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** Text types worth compressing; images and fonts are compressed already, maps are not served. */
const compressible = new Set([".js", ".mjs", ".css", ".html", ".svg", ".json", ".txt"]);

/** Below this a compressed copy saves less than a packet and costs a file. */
const minimumBytes = 1024;

export type PrecompressResult = { files: number; bytes: number; brotliBytes: number };

export function precompressAssets(directory: string): PrecompressResult {
  const result: PrecompressResult = { files: 0, bytes: 0, brotliBytes: 0 };
  for (const name of readdirSync(directory)) {
    const file = path.join(directory, name);
    if (statSync(file).isDirectory()) {
      const inner = precompressAssets(file);
      result.files += inner.files;
      result.bytes += inner.bytes;
      result.brotliBytes += inner.brotliBytes;
      continue;
    }
    const content = readFileSync(file);
    if (!compressible.has(path.extname(name)) || content.length < minimumBytes) {
      continue;
    }
    const brotli = brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    });
    const gzip = gzipSync(content, { level: 9 });
    // A copy no smaller than the file would only waste the negotiation.
    if (brotli.length < content.length) {
      writeFileSync(`${file}.br`, brotli);
    }
    if (gzip.length < content.length) {
      writeFileSync(`${file}.gz`, gzip);
    }
    result.files += 1;
    result.bytes += content.length;
    result.brotliBytes += Math.min(brotli.length, content.length);
  }
  return result;
}
