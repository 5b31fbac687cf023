// `npm run test:cluster`: the fault suites (test/cluster/) — real instances behind HAProxy on
// their own PostgreSQL, which they restart. One file at a time: each runs a whole cluster.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/cluster/**/*.test.ts"],
    environment: "node",
    testTimeout: 180_000,
    hookTimeout: 240_000,
    maxWorkers: 1,
    fileParallelism: false,
  },
});
