/**
 * Vitest global setup: brings dist/ up to date (incremental esbuild, well under a second when little
 * changed) before any test spawns `bin/r2p.js`, so CLI tests always run the current sources.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export default function buildBeforeTests(): void {
  execFileSync(process.execPath, [path.join(root, "scripts/build-ts.mjs")], { cwd: root, stdio: "inherit" });
}
