import os from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "eval/**/*.test.ts"],
    pool: "forks",
    // Test files share their worker process instead of a fresh one each: the NLP model, the gazetteer,
    // kysely and zod load once per worker, not once per file (this more than halved `npm test`). So a
    // test must leave no process-wide state behind (environment, mocks, exit code); the in-process CLI
    // runner in test/integration/harness.ts restores what it changes.
    isolate: false,
    // vitest would use one worker on a 2-core machine; two keep both cores busy.
    poolOptions: { forks: { minForks: 1, maxForks: Math.max(2, os.availableParallelism() - 1) } },
    // Rebuilds dist/ for the tests that spawn the CLI; gives the run its own TMPDIR, removed at the end.
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { TZ: "UTC" },
  },
});
