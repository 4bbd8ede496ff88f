/**
 * Reads under load: seeds a data folder with ~10,000 synthetic reports (English, and Arabic for one in
 * six) and a viewer account with an API token, starts `r2p serve` from the compiled build as a user
 * would (bin/r2p.js, no inbox, no job runner, rate limit off, no bootstrap token) and drives it with
 * autocannon, each scenario bounded in time, every request authenticated with the viewer's token.
 * Prints per scenario: requests/s, p50/p95/p99/max latency, the server's CPU time (all its threads)
 * and the load average before and after, because the 2 cores are shared and wall figures are noisy.
 * Targets (issue 7): `/api/reports?limit=50` ≥ 1,000 req/s with p99 ≤ 300 ms at 100 connections; search
 * in English and Arabic p99 ≤ 500 ms at 50 connections.
 *
 * Run: `npm run bench:load [-- --reports 10000 --seconds 10 --root <project tree> --only list,search]`.
 * `--root` runs the server of another checkout (to measure a "before"); `--keep <dir>` reuses (or
 * keeps) the seeded data; `--only` runs the scenarios whose label contains one of the words.
 * Also honours R2P_DATABASE_URL + R2P_DATABASE_SCHEMA to bench PostgreSQL.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const argument = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
};
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(argument("root", path.join(here, "..")));
const reportCount = Number(argument("reports", "10000"));
const seconds = Number(argument("seconds", "10"));
const keep = argument("keep", "");
const only = argument("only", "")
  .split(",")
  .map((word) => word.trim())
  .filter(Boolean);

const places = [
  "Saraqib",
  "Ariha",
  "Kafr Nabl",
  "Maarat al-Numan",
  "Atarib",
  "Darat Izza",
  "Binnish",
  "Sarmin",
];
const actors = ["Regime forces", "Russian warplanes", "Government artillery", "Pro-government militias"];
const verbs = ["shelled", "struck", "bombarded", "attacked", "raided"];
const arPlaces = ["سراقب", "أريحا", "كفرنبل", "معرة النعمان", "الأتارب", "دارة عزة", "بنش", "سرمين"];
const arOpen = [
  "قصفت قوات النظام",
  "استهدف الطيران الروسي",
  "شنت الطائرات الحربية غارات على",
  "قصفت المدفعية",
];
const arTail = [
  "ما أدى إلى مقتل مدنيين بينهم أطفال",
  "وأفاد الدفاع المدني بأن القصف استمر حتى المساء",
  "وتسبب القصف بدمار في المنازل والمدرسة",
  "بحسب المرصد السوري لحقوق الإنسان",
];

/** One synthetic report; `i` makes every text distinct, and roughly one in three mentions shelling. */
function reportText(i: number): string {
  const pick = <T>(list: T[], salt: number) => list[(i * 7 + salt) % list.length]!;
  if (i % 6 === 5) {
    const paragraphs = Array.from(
      { length: 6 },
      (_, p) =>
        `${pick(arOpen, p)} ${pick(arPlaces, p)} في ريف إدلب يوم ${p + 1}، ${pick(arTail, p)} (${i}).`,
    );
    return `${i % 2 ? "قصف" : "غارات"} على ${pick(arPlaces, 0)} (${i})\n\n${paragraphs.join("\n\n")}\n`;
  }
  const paragraphs = Array.from(
    { length: 8 },
    (_, p) =>
      `${pick(actors, p)} ${i % 3 === 0 && p === 2 ? "shelling" : pick(verbs, p)} residential areas of ${pick(places, p)} in the Idlib countryside on day ${p + 1}, report ${i}, according to local rescuers who said the attack damaged a school and a bakery.`,
  );
  return `Attack on ${pick(places, 0)} (${i})\n\n${paragraphs.join("\n\n")}\n`;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });

async function waitForHealth(base: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("server did not answer /health within 60 s");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

interface Scenario {
  label: string;
  path: string;
  connections: number;
  target: string;
}

/** User + system CPU seconds of a process, all its threads included (Linux /proc; 0 elsewhere). */
function cpuSeconds(pid: number | undefined): number {
  if (!pid || !existsSync(`/proc/${pid}/stat`)) return 0;
  // Fields after the command name, which is in parentheses and may hold spaces: utime is the 12th.
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((sorted.length * p) / 100) - 1)]!;

const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(" ");

async function run(base: string, scenario: Scenario, token: string, serverPid: number | undefined) {
  const latencies: number[] = [];
  const loadBefore = load();
  const cpuBefore = cpuSeconds(serverPid);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${base}${scenario.path}`,
        connections: scenario.connections,
        duration: seconds,
        headers: { authorization: `Bearer ${token}` },
      },
      (error, outcome) => (error ? reject(error) : resolve(outcome)),
    );
    // Every response's latency, so p95 can be given (autocannon's summary has p90 and p97.5).
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const cpu = cpuSeconds(serverPid) - cpuBefore;
  latencies.sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    scenario: scenario.label,
    conn: scenario.connections,
    "req/s": Math.round(result.requests.average),
    "p50 ms": round(percentile(latencies, 50)),
    "p95 ms": round(percentile(latencies, 95)),
    "p99 ms": round(percentile(latencies, 99)),
    "max ms": round(latencies[latencies.length - 1] ?? 0),
    "2xx": result["2xx"],
    "non-2xx": result.non2xx,
    errors: result.errors + result.timeouts,
    "server CPU s": round(cpu),
    "CPU ms/req": result["2xx"] ? round((cpu * 1000) / result["2xx"]) : 0,
    "load before/after": `${loadBefore} / ${load()}`,
    target: scenario.target,
  };
}

/** A viewer account and its API token, created once per data folder, as an API client would have. */
function viewerToken(bin: string, env: NodeJS.ProcessEnv, dataDir: string): string {
  const file = path.join(dataDir, "bench-token");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const cli = (args: string[]) => {
    const result = spawnSync(process.execPath, [bin, ...args], { env, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`r2p ${args.join(" ")} failed: ${result.stderr}`);
    return result.stdout.trim();
  };
  cli(["users", "add", "bench-viewer", "--role", "viewer"]);
  const token = cli(["users", "token", "bench-viewer", "--label", "bench"]);
  writeFileSync(file, token);
  return token;
}

async function main() {
  const dataDir = keep || mkdtempSync(path.join(os.tmpdir(), "r2p-bench-load-"));
  const env = {
    ...process.env,
    R2P_DATA_DIR: dataDir,
    R2P_LOG_LEVEL: "warn",
    R2P_RATE_LIMIT: "0",
    // No bootstrap token: requests carry a user's API token, looked up as for any API client.
    R2P_API_TOKEN: "",
  };
  const bin = path.join(root, "bin/r2p.js");
  let server: ChildProcess | null = null;
  try {
    const seeded = existsSync(path.join(dataDir, "seeded"));
    if (!seeded) {
      const corpus = path.join(dataDir, "corpus");
      mkdirSync(corpus, { recursive: true });
      for (let i = 0; i < reportCount; i++)
        writeFileSync(path.join(corpus, `r${String(i).padStart(5, "0")}.txt`), reportText(i));
      const started = Date.now();
      const ingest = spawnSync(process.execPath, [bin, "ingest", corpus, "--no-extract", "--json"], {
        env,
        stdio: ["ignore", "ignore", "inherit"],
      });
      if (ingest.status !== 0 && ingest.status !== 2) throw new Error(`seeding failed (${ingest.status})`);
      rmSync(corpus, { recursive: true, force: true });
      writeFileSync(path.join(dataDir, "seeded"), "");
      console.log(`seeded ${reportCount} reports in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    const token = viewerToken(bin, env, dataDir);
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    server = spawn(
      process.execPath,
      [bin, "serve", "--no-inbox", "--no-worker", "--no-alerts", "--port", String(port)],
      {
        env,
        stdio: ["ignore", "ignore", "inherit"],
      },
    );
    await waitForHealth(base, server);
    const scenarios: Scenario[] = [
      {
        label: "list ?limit=50",
        path: "/api/reports?limit=50",
        connections: 100,
        target: "≥1000 req/s, p99 ≤300",
      },
      {
        label: "search shelling",
        path: "/api/reports/search?q=shelling",
        connections: 50,
        target: "p99 ≤500",
      },
      {
        label: "search قصف",
        path: `/api/reports/search?q=${encodeURIComponent("قصف")}`,
        connections: 50,
        target: "p99 ≤500",
      },
      { label: "list ?limit=500", path: "/api/reports?limit=500", connections: 100, target: "(no target)" },
    ];
    const rows = [];
    for (const scenario of scenarios)
      if (only.length === 0 || only.some((word) => scenario.label.includes(word)))
        rows.push(await run(base, scenario, token, server.pid));
    const arabic = (await (
      await fetch(`${base}/api/reports/search?q=${encodeURIComponent("القصف")}&limit=5`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json()) as { items?: unknown[] };
    console.log(
      `${reportCount} reports, ${seconds} s per scenario, ${os.availableParallelism()} cores, server: ${root}, load average (1/5/15 min) now ${load()}`,
    );
    console.table(rows);
    console.log(`search "القصف" finds ${arabic.items?.length ?? 0} (limit 5)`);
  } finally {
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((resolve) => server!.once("exit", resolve));
    }
    if (!keep) rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
