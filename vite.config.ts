// Builds the portal UI (renderer/) into out/renderer, which the server serves.
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { portalMessages } from "./scripts/i18n/vite-messages.ts";
import { stripMessageDefaults } from "./scripts/i18n/vite-strip-message-defaults.ts";

export default defineConfig({
  root: "renderer",
  publicDir: "public",
  plugins: [
    // Every message comes from its locale's catalogue chunk (docs/design.md §10): the English
    // text and the translators' notes written next to each id are left out of the bundle.
    stripMessageDefaults(),
    portalMessages(),
    react(),
  ],
  resolve: {
    alias: [
      // The catalogues arrive parsed, so the browser needs no ICU parser.
      {
        find: /^@formatjs\/icu-messageformat-parser$/,
        replacement: fileURLToPath(
          import.meta.resolve("@formatjs/icu-messageformat-parser/no-parser.js"),
        ),
      },
    ],
  },
  build: {
    outDir: "../out/renderer",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: true,
    // Every browser the portal supports preloads modules itself; older ones only preload later.
    modulePreload: { polyfill: false },
  },
  server: {
    // `npm run dev`: the UI with hot reload, the API from a server on port 8080.
    proxy: { "/api": "http://localhost:8080" },
  },
});
