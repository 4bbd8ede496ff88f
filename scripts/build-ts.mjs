#!/usr/bin/env node
/**
 * Compiles the TypeScript in src/ into runnable JavaScript in dist/ with esbuild: `bin/r2p.js` runs
 * dist/cli/main.js. The code is bundled with code splitting, so every `await import(...)` in the
 * sources stays a separately loaded chunk (commands, stages and knowledge still load on first use),
 * while pure-ESM libraries made of hundreds of small files (kysely, zod, chrono-node) are bundled in: loading them
 * file by file cost five times the CPU. Other packages stay in node_modules (native code, CommonJS
 * that reads its own files, optional requires). Source maps point back to src/.
 * Incremental: nothing is rebuilt when no source, lockfile or build setting changed since the last
 * build. Plain JavaScript on purpose: it runs during `npm install` (the `prepare` script).
 * Type checking is `tsc --noEmit`'s job, not this script's.
 * Run: `npm run build:ts` (`--clean` rebuilds from scratch, `--quiet` prints nothing).
 */
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, version as esbuildVersion } from "esbuild";
import { lazyNgramsModule } from "./lazy-ngrams.mjs";
import { constructPropertyEscapeLiterals } from "./property-escape-literals.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const srcDir = path.join(root, "src");
const outDir = path.join(root, "dist");

/** Programs in dist/; add one here for a new executable entry (a worker, a server role). */
const ENTRY_POINTS = [
  "src/cli/main.ts",
  // Worker-thread entries, found at run time by src/config/compiled-entry.ts.
  "src/jobs/job-thread.ts",
  "src/storage/sqlite/sqlite-read-thread.ts",
  "src/services/backlog-writer-thread.ts",
  "src/services/backlog-undated-thread.ts",
];
/**
 * Pure-ESM packages of many small files, bundled into dist/ (kysely 263 modules, zod 95, chrono-node
 * several hundred); every other package is imported from node_modules. eld is bundled for its n-gram
 * table (see ngramsLazy). wink-nlp is CommonJS, but 44 small files of plain static requires (it reads
 * no file of its own; its English model, read through english-model.ts, stays in node_modules):
 * bundled, importing the extraction chunk took 7% fewer instructions (919 → 852 M, callgrind).
 */
const BUNDLED_PACKAGES = new Set(["kysely", "zod", "chrono-node", "eld", "wink-nlp"]);
/** Chunks no longer produced are deleted once this old, so a running process never loses one. */
const STALE_CHUNK_MS = 10 * 60_000;

const options = {
  entryPoints: ENTRY_POINTS.map((entry) => path.join(root, entry)),
  outbase: srcDir,
  outdir: outDir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // esbuild turns every regular expression literal holding a Unicode property escape (\p{L}) into
  // `new RegExp(source, flags)` for any target but esnext, since an engine that lacks a property name
  // rejects the whole module. Node 20 knows every property we use (general categories, Script=), and
  // the constructor ran at each call: a literal keeps one compiled object per site, where
  // `new RegExp` looked its source up in V8's cache again at each call (22,000 times in
  // `r2p analyze` of 300 reports) and compiled it again whenever a full GC had emptied that cache.
  // A top-level literal, evaluated once, is made a constructor call anyway (propertyEscapeLiterals).
  supported: { "regexp-unicode-property-escapes": true },
  sourcemap: "linked",
  sourcesContent: false,
  chunkNames: "chunks/[name]-[hash]",
  legalComments: "linked",
  logLevel: "warning",
};

/** Leaves bare imports of packages outside BUNDLED_PACKAGES (and node: built-ins) to Node. */
const externalPackages = {
  name: "external-packages",
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) => {
      const name = args.path.startsWith("@")
        ? args.path.split("/").slice(0, 2).join("/")
        : args.path.split("/")[0];
      return BUNDLED_PACKAGES.has(name) ? undefined : { path: args.path, external: true };
    });
  },
};

/**
 * eld's n-gram table is a 1 MB object literal of about 50,000 n-grams: evaluating it cost about 0.45 s
 * of CPU in every process that ingests, and even as `JSON.parse` of a string it cost about 0.1 s and
 * 14 MB of heap (50,000 small objects the garbage collector then walks again and again). eld reads
 * the table only in detect(), as `ngrams[ngram]` for the 100 or so n-grams of the ~350 bytes it looks
 * at. So the bundled table module becomes two strings (the sorted n-grams and their scores) behind a
 * Proxy that answers such a read by binary search and decodes just that entry (cached): nothing is
 * built at start-up. Each entry decodes to an object equal to the package's own ({ languageIndex:
 * score }), so detect() computes the same scores; build:ts checks every entry round-trips.
 */
const ngramsLazy = {
  name: "eld-ngrams-lazy",
  setup(builder) {
    builder.onLoad({ filter: /[\\/]eld[\\/]src[\\/]ngrams[\\/][^\\/]+\.js$/ }, async (args) => {
      const { ngramsData } = await import(pathToFileURL(args.path).href);
      const table = ngramsData?.ngrams;
      if (typeof ngramsData?.type !== "string" || typeof table !== "object" || table === null)
        throw new Error(
          `build:ts: ${args.path} no longer exports an n-gram table (ngramsData); check the eld version`,
        );
      return { contents: lazyNgramsModule(ngramsData), loader: "js" };
    });
  },
};

/**
 * zod's classic API re-exports its 60-odd message locales as `z.locales`, so bundling zod brought in
 * 366 KB of translations (half the zod chunk) that every process parsed at start-up, while we only
 * ever use zod's default, English. The bundled locale index keeps just `en`; `z.locales.en` works,
 * other locales would be undefined (nothing in src/ asks for one).
 */
const zodEnglishOnly = {
  name: "zod-english-only",
  setup(builder) {
    builder.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: 'export { default as en } from "./en.js";\n',
      resolveDir: path.dirname(args.path),
      loader: "js",
    }));
  },
};

/**
 * Our modules' regular-expression literals that hold a Unicode property escape become
 * `new RegExp(source, flags)` (scripts/property-escape-literals.mjs): in place at a module's top
 * level, and built once at first use inside functions where no use can tell one object from many;
 * the same objects, without the syntax check V8 runs on each such literal as it parses a script,
 * which builds the property's character set from ICU (~0.13 ms per `\p{…}`; the extraction chunk
 * holds some 170 top-level such literals). Importing the extraction chunk took 11% fewer instructions
 * (1,054 → 932 M, callgrind).
 */
const propertyEscapeLiterals = {
  name: "property-escape-literals",
  setup(builder) {
    let ts;
    builder.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (!args.path.startsWith(srcDir + path.sep)) return undefined;
      const text = readFileSync(args.path, "utf8");
      if (!/\\[pP]\{/.test(text)) return undefined;
      ts ??= (await import("typescript")).default;
      return { contents: constructPropertyEscapeLiterals(text, args.path, ts).text, loader: "ts" };
    });
  },
};

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return entry.isFile() ? [full] : [];
  });
}

/** What the output depends on: every source file (name and mtime), the lockfile, these scripts and their settings. */
function inputsFingerprint() {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ esbuildVersion, options, bundled: [...BUNDLED_PACKAGES] }));
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  hash.update(readFileSync(fileURLToPath(new URL("./lazy-ngrams.mjs", import.meta.url))));
  hash.update(readFileSync(fileURLToPath(new URL("./property-escape-literals.mjs", import.meta.url))));
  for (const file of walk(srcDir).sort()) hash.update(`${file}\0${statSync(file).mtimeMs}\0`);
  const lockfile = path.join(root, "package-lock.json");
  if (existsSync(lockfile)) hash.update(`lock\0${statSync(lockfile).mtimeMs}`);
  return hash.digest("hex");
}

/** Write then rename, so a process starting during a rebuild never reads half a file. */
function writeAtomically(file, content) {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}

/**
 * Builds dist/ unless it is up to date. Chunks first, entry points last, each written atomically.
 * @returns {{ built: boolean, files: number, removed: number }}
 */
export async function buildTs({ clean = false } = {}) {
  const stampFile = path.join(outDir, ".build-stamp");
  const fingerprint = inputsFingerprint();
  if (clean) rmSync(outDir, { recursive: true, force: true });
  else if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === fingerprint)
    return { built: false, files: 0, removed: 0 };

  const result = await build({
    ...options,
    write: false,
    plugins: [externalPackages, ngramsLazy, zodEnglishOnly, propertyEscapeLiterals],
  });
  const isEntry = (file) =>
    ENTRY_POINTS.some((entry) =>
      file.startsWith(path.join(outDir, path.relative("src", entry)).replace(/\.ts$/, ".js")),
    );
  const ordered = [...result.outputFiles].sort((a, b) => Number(isEntry(a.path)) - Number(isEntry(b.path)));
  for (const file of ordered) writeAtomically(file.path, file.contents);

  const produced = new Set(result.outputFiles.map((file) => file.path));
  let removed = 0;
  for (const file of walk(outDir)) {
    if (produced.has(file) || file === stampFile || file.endsWith(".tmp")) continue;
    // Old chunks may still be imported lazily by a process started before this build.
    if (file.includes(`${path.sep}chunks${path.sep}`) && Date.now() - statSync(file).mtimeMs < STALE_CHUNK_MS)
      continue;
    rmSync(file);
    removed++;
  }
  writeAtomically(stampFile, fingerprint);
  return { built: true, files: result.outputFiles.length, removed };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const result = await buildTs({ clean: process.argv.includes("--clean") });
  if (!process.argv.includes("--quiet"))
    console.log(
      result.built
        ? `build:ts: ${result.files} files written to dist/${result.removed ? `, ${result.removed} stale removed` : ""} (${Math.round(performance.now() - started)} ms)`
        : `build:ts: dist/ is up to date (${Math.round(performance.now() - started)} ms)`,
    );
}
