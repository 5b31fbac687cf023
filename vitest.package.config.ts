// `npm run test:package`: packages the built app with electron-builder (test/package/), after
// `npm run build`. Separate from test:unit because it needs out/ and takes half a minute.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/package/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 300_000,
    maxWorkers: 1,
  },
});
