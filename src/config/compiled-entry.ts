/**
 * Where a worker thread's compiled entry lives. Threads always run the JavaScript that the build
 * (`npm install` → scripts/build-ts.mjs) put in dist/, whether the caller runs from dist/ (a bundle
 * chunk under dist/chunks/) or from TypeScript in src/ (tests, tsx scripts): both find the package
 * root by the nearest folder that holds package.json.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { R2pError } from "../domain/errors.js";

let packageRoot: string | null = null;

function findPackageRoot(from: string): string {
  for (let dir = path.dirname(from); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

/**
 * The absolute path of `dist/<relative>`; throws BUILD_MISSING when the build has not made it.
 * @example compiledEntry("jobs/job-thread.js") // "/opt/r2p-watch/dist/jobs/job-thread.js"
 */
export function compiledEntry(relative: string): string {
  packageRoot ??= findPackageRoot(fileURLToPath(import.meta.url));
  const file = path.join(packageRoot, "dist", relative);
  if (!existsSync(file))
    throw new R2pError(
      "BUILD_MISSING",
      `The worker thread code ${file} is missing. Run \`npm run build\` (npm install does it) and try again.`,
      500,
    );
  return file;
}
