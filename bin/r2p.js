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
process.setSourceMapsEnabled(true);
// `r2p reports list | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
const { runCli } = await import(main.href);
await runCli(process.argv);
