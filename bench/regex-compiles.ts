/**
 * Deterministic cost figures of `r2p analyze <dir> --jsonl` over the bench reports (bench-reports.ts),
 * for a machine whose CPU time is too noisy (±15% at load 10) to show a change of a few per cent:
 *   compilations: the regular expressions V8 compiled to machine code (--trace-regexp-tier-up prints one
 *     line per compilation; bin/r2p.js compiles at the first run, so a line is a (pattern, subject
 *     width) pair). Compiling is a fixed cost of every process: over 60 reports it was 28% of all
 *     instructions (callgrind), the case-insensitive Unicode patterns (`\p{L}` under /iu, ~0.25 ms per
 *     class) most of it.
 *   instructions (with --valgrind, minutes per run): instructions executed by every thread, from
 *     callgrind; two runs of the same tree differ by ~0.3%.
 * Run: `npx tsx bench/regex-compiles.ts [--reports N] [--valgrind]` after `npm run build:ts`.
 * Figures (2026-12-06): 300 reports, 1,556 compilations before asTwoByte (regex-matches.ts), 1,248 after;
 * 60 reports, 8.80 G instructions before, 8.45 G after. Of the remaining compilations, most second
 * widths come from one-character sentences ("1", "-", "A": one-byte whatever the text).
 * What a compilation costs: each `\p{L}` class under /iu is a Unicode set V8 builds from ICU and then
 * case-closes, again for every copy V8 makes of it (a small bounded quantifier such as `{0,2}` is
 * unrolled), ~1 ms at load 15; the same pattern with ASCII ranges compiles 3-10 times faster.
 * Figures (2026-12-06, load 15-20, so CPU time is noise; counts and instructions are not): 300 reports,
 * 1,327 compilations before, 1,316 after esbuild kept `\p{…}` literals as literals (they had been
 * `new RegExp` calls: 21,822 constructions per run, 176 after); COUNT_RE's compound unit word checked
 * against "to"/"or" instead of `(?![\p{L}])` (24 `\p{L}` fewer): its compilation 37 → 10 ms.
 * Figures (2026-12-06, later): 300 reports, 1,333 compilations before, 1,322 after twelve large patterns
 * tried on the context around a name or count skip an empty or one-character context
 * (regex-matches.ts testUnlessShort): such a string is one-byte even when sliced from a two-byte text.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { dataRoot, sourceDocuments, writeBenchReports } from "./bench-reports.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const argValue = (name: string) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const reports = Number(argValue("--reports")) || 300;
const valgrind = process.argv.includes("--valgrind");

const docs = sourceDocuments();
if (docs.length === 0) {
  console.log(`regex-compiles bench skipped: no documents under ${dataRoot}`);
  process.exit(0);
}
const work = mkdtempSync(path.join(os.tmpdir(), "r2p-bench-regex-"));
try {
  const corpus = path.join(work, "corpus");
  writeBenchReports(docs, corpus, reports);
  const env = { ...process.env, R2P_DATA_DIR: path.join(work, "data"), R2P_DATABASE_URL: "" };
  const cli = [path.join(root, "bin/r2p.js"), "analyze", corpus, "--jsonl"];
  const traced = spawnSync(process.execPath, ["--trace-regexp-tier-up", ...cli], {
    env,
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  if (traced.status !== 0)
    throw new Error(`r2p analyze exited ${traced.status}: ${traced.stderr.slice(-2000)}`);
  const compilations = traced.stdout.split("\n").filter((l) => l.startsWith("JSRegExp object")).length;
  let instructions: string | null = null;
  if (valgrind && existsSync("/usr/bin/valgrind")) {
    rmSync(env.R2P_DATA_DIR, { recursive: true, force: true });
    const out = path.join(work, "callgrind.out");
    const run = spawnSync(
      "/usr/bin/valgrind",
      [
        "--tool=callgrind",
        `--callgrind-out-file=${out}`,
        "--smc-check=all-non-file",
        process.execPath,
        ...cli,
      ],
      { env, encoding: "utf8", maxBuffer: 1 << 30 },
    );
    if (run.status !== 0) throw new Error(`valgrind exited ${run.status}: ${run.stderr.slice(-2000)}`);
    const total = /summary: (\d+)/.exec(readFileSync(out, "utf8"))?.[1];
    instructions = total ? `${(Number(total) / 1e9).toFixed(3)} G` : null;
  }
  console.table([
    { command: "r2p analyze <dir> --jsonl", reports, "regex compilations": compilations, instructions },
  ]);
} finally {
  rmSync(work, { recursive: true, force: true });
}
