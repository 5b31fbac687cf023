// Builds the portal UI (renderer/) into out/renderer, which the server serves.
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  root: "renderer",
  publicDir: "public",
  plugins: [react()],
  build: {
    outDir: "../out/renderer",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: true,
  },
  server: {
    // `npm run dev`: the UI with hot reload, the API from a server on port 8080.
    proxy: { "/api": "http://localhost:8080" },
  },
});
