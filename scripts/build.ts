// `npm run build`: the portal UI (Vite), then main, preload and the bundled server (esbuild),
// and the app icons from build/icon.svg, all into out/; then a brotli and a gzip copy of every
// portal asset. Prints the initial JavaScript size and fails past its budget.
import { rmSync } from "node:fs";
import { build as bundle, type BuildOptions } from "esbuild";
import { build as buildUi } from "vite";
import { generateIcons } from "../build/icons.ts";
import { initialJavaScriptBudgetBytes, measureInitialJavaScript } from "./initial-javascript.ts";
import { precompressAssets } from "./precompress.ts";

const common: BuildOptions = {
  bundle: true,
  platform: "node",
  target: "node24",
  sourcemap: true,
  logLevel: "warning",
};

/**
 * What the server bundle leaves in node_modules: a native addon, a package that serves files
 * from its own folder, the compilers `plugins/deferred-schema-compilers.ts` requires on first
 * use, and pg's optional native binding (not installed).
 */
const serverExternals = [
  "@node-rs/argon2",
  "@fastify/swagger-ui",
  "@fastify/ajv-compiler",
  "@fastify/fast-json-stringify-compiler",
  "pg-native",
];

// The server's chunks carry content hashes, so a rebuild would leave the last build's beside the
// new ones, and electron-builder ships all of out/ (Vite empties out/renderer itself).
for (const folder of ["out/server", "out/main", "out/preload"]) {
  rmSync(folder, { recursive: true, force: true });
}
await buildUi({ configFile: "vite.config.ts", logLevel: "warn" });
await Promise.all([
  // The server's own pages (launch, step-up) link the portal's tokens, buttons and fields under
  // a fixed name, so they look like the portal without a copy of its styles.
  bundle({
    entryPoints: { "page-styles": "renderer/app/page-styles.css" },
    outdir: "out/renderer",
    bundle: true,
    minify: true,
    logLevel: "warning",
  }),
  // Electron loads main and the sandboxed preload as CommonJS.
  bundle({
    ...common,
    entryPoints: { "main/index": "main/index.ts", "preload/index": "preload/index.ts" },
    outdir: "out",
    format: "cjs",
    outExtension: { ".js": ".cjs" },
    external: ["electron"],
  }),
  // The server with its npm dependencies in the bundle: a start reads a few files instead of
  // resolving and compiling some two thousand in node_modules (docs/architecture.md, "Start-up
  // and HTTP"). What the server imports on first use (protocol libraries, demo apps) becomes a
  // chunk of its own, so a start does not load it; without splitting, esbuild would hoist those
  // libraries' imports to the top of the bundle. Chunks sit beside the entries: config/config.ts
  // finds the package root two folders above the module that holds it.
  bundle({
    ...common,
    entryPoints: { "server/bundled": "server/bundled.ts", "server/cli": "server/cli.ts" },
    outdir: "out",
    format: "esm",
    splitting: true,
    chunkNames: "server/[name]-[hash]",
    outExtension: { ".js": ".mjs" },
    external: serverExternals,
    // The CommonJS packages in the bundle call require() for Node's own modules; an ES module
    // has none of its own.
    banner: {
      js: 'import { createRequire as createRequireForBundle } from "node:module"; const require = createRequireForBundle(import.meta.url);',
    },
  }),
]);

generateIcons("out/icons");

// Only the hashed assets: index.html is tiny and never stored (server/plugins/portal-ui.ts).
const compressed = precompressAssets("out/renderer/assets");

const { files, gzipBytes } = measureInitialJavaScript("out/renderer");
const kilobytes = (bytes: number) => (bytes / 1024).toFixed(1);
console.log(
  `Initial JavaScript: ${kilobytes(gzipBytes)} KB gzipped in ${files} file(s) ` +
    `(budget ${kilobytes(initialJavaScriptBudgetBytes)} KB); ${compressed.files} asset(s) ` +
    `precompressed, ${kilobytes(compressed.bytes)} KB → ${kilobytes(compressed.brotliBytes)} KB brotli`,
);
if (gzipBytes > initialJavaScriptBudgetBytes) {
  console.error("The portal's initial JavaScript is over budget.");
  process.exit(1);
}
