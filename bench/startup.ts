/**
 * Start-up cost of the `r2p` CLI as a user feels it: wall time of whole processes, median of N runs
 * (default 7), against a bare `node -e 0` measured in the same rounds so machine load affects both
 * alike. Targets from issue 6: `r2p --help` ≤ 6×, `r2p reports list` ≤ 10× a bare node.
 * Run: `npm run bench:startup [-- --runs 7 --launcher bin/r2p.js]`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const argValue = (name: string) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const runs = Number(argValue("--runs")) || 7;
const launcher = path.resolve(root, argValue("--launcher") ?? "bin/r2p.js");
const seed = path.resolve(root, "../shared/seed/000_73950fb0b43643e1.txt");

/** Runs one process to completion and returns its wall time in milliseconds; fails loudly on error. */
function timeRun(args: string[], env: NodeJS.ProcessEnv): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0)
    throw new Error(`node ${args.join(" ")} exited ${result.status}: ${result.stderr.slice(0, 2000)}`);
  return ms;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

const dataDir = mkdtempSync(path.join(os.tmpdir(), "r2p-bench-startup-"));
try {
  const env = { ...process.env, R2P_DATA_DIR: dataDir, R2P_DATABASE_URL: "" };
  // One stored report so `reports list` opens and reads a real store (migrated once, here).
  timeRun([launcher, "ingest", seed, "--no-extract"], env);
  const cases: Record<string, { args: string[]; target?: number; times: number[] }> = {
    "node -e 0": { args: ["-e", "0"], times: [] },
    "r2p --help": { args: [launcher, "--help"], target: 6, times: [] },
    "r2p reports list": { args: [launcher, "reports", "list"], target: 10, times: [] },
  };
  // A warm-up round fills the OS file cache; then the cases take turns so load drifts hit all of them.
  for (const c of Object.values(cases)) timeRun(c.args, env);
  for (let round = 0; round < runs; round++)
    for (const c of Object.values(cases)) c.times.push(timeRun(c.args, env));
  const baseline = median(cases["node -e 0"]!.times);
  console.log(`launcher: ${path.relative(root, launcher)}; ${runs} runs each; ${os.cpus().length} cores`);
  console.table(
    Object.entries(cases).map(([name, c]) => ({
      command: name,
      "median ms": Math.round(median(c.times)),
      "min ms": Math.round(Math.min(...c.times)),
      "× node -e 0": Number((median(c.times) / baseline).toFixed(1)),
      target: c.target ? `≤ ${c.target}×` : "",
      met: c.target ? (median(c.times) / baseline <= c.target ? "yes" : "NO") : "",
    })),
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
