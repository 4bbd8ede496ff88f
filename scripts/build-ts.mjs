#!/usr/bin/env node
/**
 * Compiles src/**\/*.ts (not tests or test support) to dist/ one file per module with esbuild, source
 * maps beside them, so `bin/r2p.js` runs plain JavaScript and each command can import only what it
 * uses. Incremental: a module is recompiled only when its source is newer than its output, and outputs
 * whose source is gone are removed. Type checking is `tsc --noEmit`'s job, not this script's.
 * Plain JavaScript on purpose: it runs during `npm install` (the `prepare` script) before anything else.
 * Run: `npm run build:ts` (`--clean` rebuilds everything, `--quiet` prints nothing).
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { transform, version as esbuildVersion } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const srcDir = path.join(root, "src");
const outDir = path.join(root, "dist");
const options = {
  loader: "ts",
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: "external",
  sourcesContent: false,
};
/** Outputs made by another esbuild version or other options are rebuilt, not trusted. */
const stampFile = path.join(outDir, ".build-stamp");
const stamp = JSON.stringify({ esbuildVersion, options });

/** Test files and test-support folders stay out of the runnable build. */
const isShipped = (relative) =>
  relative.endsWith(".ts") &&
  !relative.endsWith(".d.ts") &&
  !relative.endsWith(".test.ts") &&
  !relative.split(path.sep).some((part) => part === "__fixtures__" || part === "fixtures");

function walk(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full, base);
    return entry.isFile() ? [path.relative(base, full)] : [];
  });
}

const mtime = (file) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
};

/** Write then rename, so a process starting during a rebuild never reads half a module. */
function writeAtomically(file, content) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}

export async function buildTs({ clean = false } = {}) {
  const stale = (() => {
    try {
      return readFileSync(stampFile, "utf8") !== stamp;
    } catch {
      return true;
    }
  })();
  if (clean || stale) rmSync(outDir, { recursive: true, force: true });
  const sources = walk(srcDir).filter(isShipped);
  const wanted = new Set();
  let compiled = 0;
  await Promise.all(
    sources.map(async (relative) => {
      const source = path.join(srcDir, relative);
      const target = path.join(outDir, relative.replace(/\.ts$/, ".js"));
      wanted.add(target).add(`${target}.map`);
      if (mtime(target) >= mtime(source)) return;
      const result = await transform(readFileSync(source, "utf8"), {
        ...options,
        sourcefile: path.relative(path.dirname(target), source),
      });
      mkdirSync(path.dirname(target), { recursive: true });
      writeAtomically(`${target}.map`, result.map);
      writeAtomically(target, `${result.code}//# sourceMappingURL=${path.basename(target)}.map\n`);
      compiled++;
    }),
  );
  mkdirSync(outDir, { recursive: true });
  writeAtomically(stampFile, stamp);
  wanted.add(stampFile);
  let removed = 0;
  for (const relative of mtime(outDir) < 0 ? [] : walk(outDir)) {
    const file = path.join(outDir, relative);
    if (!wanted.has(file) && !file.endsWith(".tmp")) {
      rmSync(file);
      removed++;
    }
  }
  return { modules: sources.length, compiled, removed };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const result = await buildTs({ clean: process.argv.includes("--clean") });
  if (!process.argv.includes("--quiet"))
    console.log(
      `build:ts: ${result.compiled} of ${result.modules} modules compiled to dist/` +
        `${result.removed ? `, ${result.removed} stale files removed` : ""} (${Math.round(performance.now() - started)} ms)`,
    );
}
