#!/usr/bin/env node
// Launcher for the r2p CLI: runs the JavaScript that `npm install` (the `prepare` script) compiled into
// dist/. Nothing is transpiled at run time; stack traces point at src/ through the source maps.
import { existsSync } from "node:fs";
import { setFlagsFromString } from "node:v8";

const main = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(main)) {
  process.stderr.write(
    "error BUILD_MISSING: dist/ holds no compiled CLI. Run `npm run build` (npm install does it) and try again.\n",
  );
  process.exit(3);
}
const longRunning = ["serve", "jobs"].includes(process.argv[2] ?? "");
// A command that runs for seconds (analyze, ingest, eval-sized batches) lost a quarter of its CPU to
// V8's optimising compiler: with the default budget it compiled ~260 functions, many of them twice
// after a deoptimisation, on the same core, for code that then ran a few hundred times. Nine times the
// budget (67,584 bytes of bytecode run) lets only the really hot functions be optimised: `r2p analyze`
// of 300 reports used 20-25% less CPU, 1,000 reports 10-15% less, ingest of 1,000 reports 5-7% less
// (bench/cli-throughput.ts). The server and job workers run for hours and keep V8's default. Set before
// any of our code is loaded; the flag is read at every tier-up decision, so setting it here is effective.
// R2P_V8_DEFAULTS=1 keeps V8's default, to compare.
if (!longRunning && process.env.R2P_V8_DEFAULTS !== "1") {
  setFlagsFromString("--interrupt-budget=600000");
  // V8 runs a regular expression's first match in its bytecode interpreter and compiles it to machine
  // code at the second: every pattern is compiled twice, and the extraction rules hold hundreds of
  // large case-insensitive Unicode patterns (each `\p{L}` under /iu costs ~0.1 ms to compile). Zero
  // interpreted runs compiles them straight to machine code: `r2p analyze` of one report used 0.12 s
  // (20%) less CPU, of 300 reports about 0.1 s less (bench/cli-throughput.ts). Matching is unchanged.
  // Not --no-regexp-tier-up: switched off at run time, it crashes V8 (SIGSEGV) on a pattern already
  // compiled to bytecode under the old setting; the number of ticks is read per pattern, safely.
  setFlagsFromString("--regexp-tier-up-ticks=0");
}
// Node's own source maps only for long-running commands (the server, job workers), which print many
// stacks and start once: Node reads and parses every module's map as it loads it, about 0.1 s of CPU at
// each start. A short command maps the stack of an unexpected error when it prints it (src/cli/source-stack.ts).
if (longRunning || process.env.R2P_SOURCE_MAPS === "1") process.setSourceMapsEnabled(true);
// `r2p reports list | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
const { runCli } = await import(main.href);
await runCli(process.argv);
