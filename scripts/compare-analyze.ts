/**
 * Checks that a change is output-neutral: runs `r2p analyze <dir> --jsonl` from this tree and from a
 * base tree (default ../main, which must be built) over the bench reports (bench/bench-reports.ts) and
 * every document folder under ../shared/data (gold sets, corpus, Airwars' Syria texts), and compares
 * the outputs byte for byte. Each run gets a fresh SQLite data folder. Prints one line per folder and
 * exits 1 on any difference, leaving both outputs in a temporary folder to diff.
 * Run: `npx tsx scripts/compare-analyze.ts [--base <tree>] [--reports N]` after `npm run build:ts`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { dataRoot, sourceDocuments, writeBenchReports } from "../bench/bench-reports.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const argValue = (name: string) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const base = path.resolve(argValue("--base") ?? path.join(root, "../main"));
const work = mkdtempSync(path.join(os.tmpdir(), "r2p-compare-"));

const bench = path.join(work, "bench-reports");
writeBenchReports(sourceDocuments(), bench, Number(argValue("--reports")) || 300);
const gold = path.join(dataRoot, "gold");
const folders = [
  bench,
  ...(existsSync(gold) ? readdirSync(gold).map((set) => path.join(gold, set, "docs")) : []),
  ...["corpus/news", "corpus/syrian-archive", "external/airwars-syria/docs"].map((d) =>
    path.join(dataRoot, d),
  ),
].filter((dir) => existsSync(dir));

/** `r2p analyze <dir> --jsonl` from `tree`, on a fresh data folder; the exact stdout bytes. */
function analyze(tree: string, dir: string, tag: string): Buffer {
  const env = { ...process.env, R2P_DATA_DIR: path.join(work, `data-${tag}`), R2P_DATABASE_URL: "" };
  const result = spawnSync(process.execPath, [path.join(tree, "bin/r2p.js"), "analyze", dir, "--jsonl"], {
    env,
    maxBuffer: 1 << 30,
  });
  if (result.status !== 0)
    throw new Error(
      `${tree}: r2p analyze ${dir} exited ${result.status}: ${result.stderr.toString().slice(-2000)}`,
    );
  rmSync(env.R2P_DATA_DIR, { recursive: true, force: true });
  return result.stdout;
}

let differing = 0;
folders.forEach((dir, i) => {
  const before = analyze(base, dir, `base-${i}`);
  const after = analyze(root, dir, `tree-${i}`);
  const lines = before.toString("utf8").split("\n").filter(Boolean).length;
  const same = before.equals(after);
  console.log(`${same ? "same" : "DIFFERENT"}  ${lines} documents, ${before.length} bytes  ${dir}`);
  if (!same) {
    differing++;
    writeFileSync(path.join(work, `${i}-base.jsonl`), before);
    writeFileSync(path.join(work, `${i}-tree.jsonl`), after);
  }
});
if (differing > 0) {
  console.log(`${differing} folder(s) differ; outputs kept in ${work}`);
  process.exit(1);
}
rmSync(work, { recursive: true, force: true });
console.log(`identical to ${base} over ${folders.length} folders`);
