import os from "node:os";
import { configDefaults, defineConfig } from "vitest/config";

/**
 * Tests that time a server against a latency bound (every /health under 100 ms while a 5 MB report is
 * analysed). Beside other test files on 2 cores they measure the contention, not the server, so
 * `npm test` leaves them out and `npm run test:timing` (CI's last step) runs them alone.
 */
const TIMING_TESTS = [
  "test/integration/hostile-serve.test.ts",
  // Compares the Arabic finders' time on 8 and 32 KB of one sentence: a timing too.
  "src/pipeline/extract/arabic/arabic-cost.test.ts",
];
/** Run in both: their latency bound is strict only in the timing run (see hostile-jobs.test.ts). */
const STRICT_WHEN_TIMED = ["test/integration/hostile-jobs.test.ts"];
const timingOnly = process.env.R2P_TIMING_TESTS === "1";

export default defineConfig({
  test: {
    include: timingOnly
      ? [...TIMING_TESTS, ...STRICT_WHEN_TIMED]
      : ["src/**/*.test.ts", "test/**/*.test.ts", "eval/**/*.test.ts"],
    exclude: timingOnly ? configDefaults.exclude : [...configDefaults.exclude, ...TIMING_TESTS],
    pool: "forks",
    // Timed files run one after another, so neither measures the other.
    fileParallelism: !timingOnly,
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
