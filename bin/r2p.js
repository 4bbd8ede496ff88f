#!/usr/bin/env node
// Launcher for the r2p CLI: runs the JavaScript that `npm install` (the `prepare` script) compiled into
// dist/. Nothing is transpiled at run time; stack traces point at src/ through the source maps.
import { existsSync } from "node:fs";

const main = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(main)) {
  process.stderr.write(
    "error BUILD_MISSING: dist/ holds no compiled CLI. Run `npm run build` (npm install does it) and try again.\n",
  );
  process.exit(3);
}
// Node's own source maps only for long-running commands (the server, job workers), which print many
// stacks and start once: Node reads and parses every module's map as it loads it, about 0.1 s of CPU at
// each start. A short command maps the stack of an unexpected error when it prints it (src/cli/source-stack.ts).
if (["serve", "jobs"].includes(process.argv[2] ?? "") || process.env.R2P_SOURCE_MAPS === "1")
  process.setSourceMapsEnabled(true);
// `r2p reports list | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
const { runCli } = await import(main.href);
await runCli(process.argv);
