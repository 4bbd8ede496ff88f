/**
 * Whole-process `r2p analyze --jsonl` of this tree against another built tree (default ../main), run in
 * alternation so that the load other work puts on a shared machine falls on both alike: each round runs
 * every case once per tree, the tree that goes first changing from round to round, each run on a fresh
 * SQLite data folder. Cases (issue 8's throughput target, ≥ 100 reports/s on one core):
 *   300, 1000  the bench reports (bench/bench-reports.ts), pinned to one core (taskset -c 1)
 *   texts      the 129 real texts of the user case (sohr-idlib gold + Airwars' Syria docs), pinned
 *   npx        `npx --prefix <tree> r2p analyze <texts> --jsonl` from the temporary folder, not pinned
 *              (as a user runs it; the first run of each tree in a session is its "cold" one)
 * CPU time is user + system from /usr/bin/time: on a shared machine it is the one-core figure, while
 * wall time also counts waiting for the core. Each run's stdout must be byte-identical to the other
 * tree's for the same case. Prints medians per case and tree, with the load average seen at each run.
 * Run: `npx tsx bench/compare-builds.ts [--base ../main] [--rounds 3] [--cases 300,1000,texts,npx]`
 * after `npm run build:ts` here and in the base tree.
 * Figures: see the issue 8 start-up note in bench/cli-throughput.ts.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { dataRoot, sourceDocuments, writeBenchReports } from "./bench-reports.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const argValue = (name: string) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const base = path.resolve(argValue("--base") ?? path.join(root, "../main"));
const rounds = Number(argValue("--rounds")) || 3;
const chosen = (argValue("--cases") ?? "300,1000,texts,npx").split(",");
const trees = { base, tree: root } as const;
type TreeName = keyof typeof trees;

for (const tree of Object.values(trees))
  if (!existsSync(path.join(tree, "dist/cli/main.js")))
    throw new Error(`${tree} has no dist/: run \`npm run build:ts\` there first`);

interface Run {
  cpu: number;
  wall: number;
  load: number;
  stdout: Buffer;
}

/** Runs `command` on a fresh data folder, timed by /usr/bin/time, and pinned to one core when `pin`. */
function timed(command: string[], cwd: string, pin: boolean): Run {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "r2p-compare-builds-data-"));
  const load = os.loadavg()[0]!;
  const wrapped = [
    ...(pin && existsSync("/usr/bin/taskset") ? ["/usr/bin/taskset", "-c", "1"] : []),
    "/usr/bin/time",
    "-f",
    "R2P_CPU %U %S",
    ...command,
  ];
  const started = process.hrtime.bigint();
  const result = spawnSync(wrapped[0]!, wrapped.slice(1), {
    cwd,
    env: { ...process.env, R2P_DATA_DIR: dataDir, R2P_DATABASE_URL: "" },
    maxBuffer: 1 << 30,
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  rmSync(dataDir, { recursive: true, force: true });
  const cpu = /R2P_CPU ([\d.]+) ([\d.]+)/.exec(result.stderr.toString());
  if (result.status !== 0 || !cpu)
    throw new Error(`${command.join(" ")} exited ${result.status}: ${result.stderr.toString().slice(-2000)}`);
  return { cpu: Number(cpu[1]) + Number(cpu[2]), wall, load, stdout: result.stdout };
}

const work = mkdtempSync(path.join(os.tmpdir(), "r2p-compare-builds-"));
try {
  const docs = sourceDocuments();
  const texts = path.join(work, "texts");
  mkdirSync(texts);
  for (const dir of ["gold/sohr-idlib/docs", "external/airwars-syria/docs"].map((d) =>
    path.join(dataRoot, d),
  ))
    if (existsSync(dir)) for (const f of readdirSync(dir)) cpSync(path.join(dir, f), path.join(texts, f));
  const folder = (count: number) => {
    const dir = path.join(work, `bench-${count}`);
    writeBenchReports(docs, dir, count);
    return dir;
  };
  const cases: Record<string, { reports: number; run: (tree: string) => Run }> = {};
  for (const name of chosen) {
    if (/^\d+$/.test(name)) {
      const dir = folder(Number(name));
      cases[name] = {
        reports: Number(name),
        run: (tree) =>
          timed([process.execPath, path.join(tree, "bin/r2p.js"), "analyze", dir, "--jsonl"], tree, true),
      };
    } else if (name === "texts" || name === "npx") {
      const npx = name === "npx";
      cases[name] = {
        reports: readdirSync(texts).length,
        run: (tree) =>
          npx
            ? timed(["npx", "--prefix", tree, "r2p", "analyze", texts, "--jsonl"], os.tmpdir(), false)
            : timed(
                [process.execPath, path.join(tree, "bin/r2p.js"), "analyze", texts, "--jsonl"],
                tree,
                true,
              ),
      };
    } else throw new Error(`unknown case ${name}: use 300, 1000 (any count), texts or npx`);
  }

  const runs: Record<string, Record<TreeName, Run[]>> = {};
  for (let round = 0; round < rounds; round++) {
    const order: TreeName[] = round % 2 === 0 ? ["base", "tree"] : ["tree", "base"];
    for (const [name, c] of Object.entries(cases)) {
      const got = (runs[name] ??= { base: [], tree: [] });
      for (const which of order) got[which].push(c.run(trees[which]));
      const [a, b] = [got.base.at(-1)!, got.tree.at(-1)!];
      if (!a.stdout.equals(b.stdout)) throw new Error(`case ${name}: the two trees' outputs differ`);
    }
  }

  const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
  const fixed = (value: number) => Number(value.toFixed(2));
  console.log(
    `r2p analyze --jsonl, ${rounds} alternating rounds; base ${path.relative(root, base) || "."}, tree .; ${os.cpus().length} cores`,
  );
  console.table(
    Object.entries(runs).flatMap(([name, byTree]) =>
      (Object.keys(trees) as TreeName[]).map((which) => {
        const list = byTree[which];
        const cpu = median(list.map((r) => r.cpu));
        return {
          case: name,
          tree: which,
          reports: cases[name]!.reports,
          "cpu s (median)": fixed(cpu),
          "cpu s (each)": list.map((r) => fixed(r.cpu)).join(" "),
          "wall s (median)": fixed(median(list.map((r) => r.wall))),
          "reports/cpu s": Math.round(cases[name]!.reports / cpu),
          "load (each)": list.map((r) => r.load.toFixed(1)).join(" "),
        };
      }),
    ),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
