// Unit and integration tests (test/unit, test/server). End-to-end suites run under Playwright.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/unit/**/*.test.{ts,tsx}", "test/server/**/*.test.ts"],
    // The run's PostgreSQL server (embedded unless GATEHOUSE_TEST_POSTGRES_URL is given).
    globalSetup: ["test/fixtures/vitest-setup.ts"],
    environment: "node",
    // Renderer tests opt in with `// @vitest-environment happy-dom`; the page lives here.
    environmentOptions: { happyDOM: { url: "http://localhost:8080/" } },
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Each file gets its own databases; argon2 is CPU-bound, so two workers match two cores.
    maxWorkers: 2,
  },
});
