/**
 * Does the web app stay fast with 100,000 incidents? Fills a fresh store (SQLite by default, or
 * PostgreSQL with --database-url) with synthetic incidents spread over Syria and five years, then
 * times what the map page asks for, through the real HTTP stack (fastify inject: routing, auth,
 * validation, JSON): clusters for the visible box, the first and a deep cursor page of the list, the
 * timeline, filtered variants, and a streamed export of everything. Target: map + list < 1 s.
 * Run: `npm run bench:web -- [--count 100000] [--database-url postgres://…]`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { loadConfig } from "../src/config/config.js";
import { buildApp } from "../src/server/app.js";
import { openRuntime } from "../src/services/runtime.js";
import { makeIncident } from "../test/fixtures/make-incident.js";

const args = process.argv.slice(2);
const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const count = Number(flag("--count") ?? 100_000);
const databaseUrl = flag("--database-url") ?? null;
const token = randomBytes(24).toString("hex");
const noise = (i: number, k: number) => {
  const x = Math.sin(i * 12.9898 + k * 78.233) * 43758.5453;
  return x - Math.floor(x);
};

const dataDir = mkdtempSync(path.join(os.tmpdir(), "r2p-bench-web-"));
const schema = `bench_web_${process.pid}`;
const runtime = await openRuntime(
  loadConfig(
    { dataDir, databaseUrl: databaseUrl ?? undefined },
    {
      R2P_API_TOKEN: token,
      R2P_DATABASE_SCHEMA: databaseUrl ? schema : "public",
    },
  ),
);
try {
  const fillStarted = performance.now();
  const batch = 2_000;
  for (let start = 0; start < count; start += batch) {
    const incidents = Array.from({ length: Math.min(batch, count - start) }, (_, k) => {
      const i = start + k;
      const base = makeIncident(i);
      const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(noise(i, 3) * 5 * 365) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      return {
        ...base,
        date: { ...base.date, start: day, end: day },
        // Spread over Syria's box, denser in the north-west like the real conflict data.
        place: {
          ...base.place,
          lat: 32.4 + noise(i, 4) ** 1.5 * 4.8,
          lon: 35.8 + noise(i, 5) ** 1.5 * 6.4,
        },
      };
    });
    await runtime.store.incidentMap.save(incidents, "bench");
  }
  const fillSeconds = (performance.now() - fillStarted) / 1000;
  const app = await buildApp(runtime);
  await app.ready();
  const headers = { authorization: `Bearer ${token}` };

  const time = async (url: string) => {
    const started = performance.now();
    const response = await app.inject({ method: "GET", url, headers });
    if (response.statusCode !== 200)
      throw new Error(`${url}: ${response.statusCode} ${response.body.slice(0, 200)}`);
    return { ms: performance.now() - started, bytes: response.rawPayload.length, body: response.body };
  };
  const measure = async (label: string, url: string, rounds = 5) => {
    await time(url);
    const runs: number[] = [];
    let bytes = 0;
    for (let r = 0; r < rounds; r++) {
      const result = await time(url);
      runs.push(result.ms);
      bytes = result.bytes;
    }
    runs.sort((a, b) => a - b);
    return {
      request: label,
      "median ms": Math.round(runs[Math.floor(runs.length / 2)]!),
      "max ms": Math.round(runs.at(-1)!),
      KiB: Math.round(bytes / 1024),
    };
  };

  const syria = "bbox=35.5,32.2,42.5,37.4";
  const idlib = "bbox=36.2,35.4,37.0,36.2";
  let deepCursor = "";
  let url = "/api/incidents?limit=100";
  for (let page = 0; page < 50; page++) {
    const body = JSON.parse((await time(url)).body) as { nextCursor: string };
    deepCursor = body.nextCursor;
    url = `/api/incidents?limit=100&cursor=${deepCursor}`;
  }
  const rows = [
    await measure("clusters, all Syria, zoom 7", `/api/map/clusters?zoom=7&${syria}`),
    await measure("clusters, Idlib box, zoom 10", `/api/map/clusters?zoom=10&${idlib}`),
    await measure(
      "clusters, zoom 7, grade=confirmed, 2023",
      `/api/map/clusters?zoom=7&${syria}&grade=confirmed&from=2023-01-01&to=2023-12-31`,
    ),
    await measure("list, first 100", "/api/incidents?limit=100"),
    await measure("list, page 51 (cursor)", `/api/incidents?limit=100&cursor=${deepCursor}`),
    await measure(
      "list, area=Idlib, perpetrator",
      "/api/incidents?limit=100&area=Idlib&perpetrator=SY_GOV_ASSAD",
    ),
    await measure("timeline, all days", "/api/map/timeline"),
  ];
  // The map page issues clusters + list + timeline at once; measure that as one load.
  const pageLoad: number[] = [];
  for (let r = 0; r < 5; r++) {
    const started = performance.now();
    await Promise.all([
      time(`/api/map/clusters?zoom=7&${syria}`),
      time("/api/incidents?limit=50"),
      time("/api/map/timeline"),
    ]);
    pageLoad.push(performance.now() - started);
  }
  pageLoad.sort((a, b) => a - b);
  rows.push({
    request: "map page load (clusters + list + timeline)",
    "median ms": Math.round(pageLoad[2]!),
    "max ms": Math.round(pageLoad[4]!),
    KiB: 0,
  });
  const exportStarted = performance.now();
  const exported = await time("/api/export?format=acled-csv");
  rows.push({
    request: `export acled-csv, all ${count.toLocaleString("en")}`,
    "median ms": Math.round(performance.now() - exportStarted),
    "max ms": 0,
    KiB: Math.round(exported.bytes / 1024),
  });

  process.stdout.write(
    `web-scale: ${count.toLocaleString("en")} incidents on ${runtime.store.backend}, filled in ${fillSeconds.toFixed(1)} s (${Math.round(count / fillSeconds)} incidents/s)\n`,
  );
  console.table(rows);
  await app.close();
} finally {
  if (databaseUrl) {
    const pg = await import("pg");
    const client = new pg.default.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`drop schema if exists ${schema} cascade`);
    await client.end();
  }
  await runtime.close();
  rmSync(dataDir, { recursive: true, force: true });
}
