import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "eval/**/*.test.ts"],
    pool: "forks",
    // Tests that spawn the CLI run dist/; rebuild it from the current sources first.
    globalSetup: ["test/support/build-before-tests.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { TZ: "UTC" },
  },
});
