/**
 * Reads under load: seeds a data folder with ~10,000 synthetic reports (English, and Arabic for one in
 * six), starts `r2p serve` as a separate process (no inbox, no job runner, rate limit off) and drives it
 * with autocannon, each scenario bounded in time. Prints requests/s and latency percentiles per scenario.
 * Targets (issue 7): `/api/reports?limit=50` ≥ 1,000 req/s with p99 ≤ 300 ms at 100 connections; search
 * in English and Arabic p99 ≤ 500 ms at 50 connections.
 *
 * Run: `npm run bench:load [-- --reports 10000 --seconds 10 --root <project tree>]`. `--root` runs the
 * server of another checkout (to measure a "before"); `--keep <dir>` reuses (or keeps) the seeded data.
 * Also honours R2P_DATABASE_URL + R2P_DATABASE_SCHEMA to bench PostgreSQL.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
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
const token = "bench-token-0123456789abcdef";

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

async function run(base: string, scenario: Scenario) {
  const result = await autocannon({
    url: `${base}${scenario.path}`,
    connections: scenario.connections,
    duration: seconds,
    headers: { authorization: `Bearer ${token}` },
  });
  return {
    scenario: scenario.label,
    connections: scenario.connections,
    "req/s": Math.round(result.requests.average),
    "p50 ms": result.latency.p50,
    "p99 ms": result.latency.p99,
    "max ms": result.latency.max,
    "2xx": result["2xx"],
    "non-2xx": result.non2xx,
    errors: result.errors + result.timeouts,
    target: scenario.target,
  };
}

async function main() {
  const dataDir = keep || mkdtempSync(path.join(os.tmpdir(), "r2p-bench-load-"));
  const env = {
    ...process.env,
    R2P_DATA_DIR: dataDir,
    R2P_LOG_LEVEL: "warn",
    R2P_RATE_LIMIT: "0",
    R2P_API_TOKEN: token,
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
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [bin, "serve", "--no-inbox", "--no-worker", "--port", String(port)], {
      env,
      stdio: ["ignore", "ignore", "inherit"],
    });
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
    for (const scenario of scenarios) rows.push(await run(base, scenario));
    const arabic = (await (
      await fetch(`${base}/api/reports/search?q=${encodeURIComponent("القصف")}&limit=5`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json()) as { items?: unknown[] };
    console.log(
      `${reportCount} reports, ${seconds} s per scenario, ${os.availableParallelism()} cores, server: ${root}`,
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
