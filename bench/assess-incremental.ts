/**
 * What assessment costs per ingested report, through the SQLite store, as the `assess-report` job
 * runs it: a record of N synthetic incidents (one report each, see synthetic-incidents.ts) is stored
 * and fully assessed once; then reports arrive one at a time, each with its incident, and each is
 * assessed incrementally (`storeAssessment` with that report). Prints wall and CPU time of the full
 * run and, per arriving report, the median and 90th percentile, with how many incidents were
 * qualified again and how many series replayed. Run: `npm run bench:assess-incremental [N…]`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Incident } from "../src/domain/incident.js";
import { unpinnedMeta } from "../src/domain/resolution.js";
import { storeAssessment } from "../src/services/assessment-service.js";
import { ingestBytes } from "../src/services/ingest-service.js";
import { openStore } from "../src/storage/open-store.js";
import type { Store } from "../src/storage/ports.js";
import { records } from "./synthetic-incidents.js";

const ARRIVALS = 30;
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);

/** Stores the reports (through the ingest stage) and their incidents; returns the incidents as stored. */
async function storeRecords(store: Store, n: number, first: number): Promise<Incident[]> {
  const { incidents, reports } = records(n, first);
  const stored: Incident[] = [];
  await store.batch(async (batch) => {
    for (const incident of incidents) {
      const report = reports[incident.reports[0]!]!;
      const outcome = await ingestBytes(
        batch,
        new TextEncoder().encode(`${report.text}\n\nSynthetic report ${incident.id}.\n`),
        { originalName: `${incident.id}.txt` },
        {
          publishedAt: report.publishedAt,
          maxBytes: 1 << 20,
          actor: "bench",
          queueExtraction: false,
          now: () => new Date(report.retrievedAt),
        },
      );
      if (outcome.status === "rejected") throw new Error(outcome.reason);
      const id = outcome.report.id;
      stored.push({
        ...incident,
        reports: [id],
        sources: incident.sources.map((s) => ({ ...s, reportIds: [id] })),
        claims: incident.claims.map((c) => ({ ...c, id: `${id}:0`, reportId: id })),
      });
    }
  });
  await store.incidents.transact((tx) =>
    tx.apply(
      {
        placements: [],
        incidents: stored.map((incident) => ({
          incident,
          meta: unpinnedMeta(incident),
        })),
        deleted: [],
      },
      { actor: "bench", action: "bench.incidents", subjectType: "bench", subjectId: "bench", detail: {} },
    ),
  );
  return stored;
}

/** Wall and CPU milliseconds of `work` (CPU: user + system of this process). */
async function timed<T>(work: () => Promise<T>): Promise<{ result: T; wallMs: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  const result = await work();
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const used = process.cpuUsage(cpu);
  return { result, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

console.log(
  `load average: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")} (${os.availableParallelism()} cores)`,
);
const rows = [];
for (const n of sizes.length ? sizes : [1_000, 5_000]) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "r2p-bench-assess-"));
  const store = await openStore({ dataDir, databaseUrl: null });
  try {
    await storeRecords(store, n, 0);
    const full = await timed(() => storeAssessment(store, "syria", { actor: "bench", forcedReports: "all" }));
    const wall: number[] = [];
    const cpu: number[] = [];
    const requalified: number[] = [];
    const replayed: number[] = [];
    let replayedAll = 0;
    for (let k = 0; k < ARRIVALS; k++) {
      const [incident] = await storeRecords(store, 1, n + k);
      const step = await timed(() =>
        storeAssessment(store, "syria", { actor: "bench", forcedReports: incident!.reports }),
      );
      wall.push(step.wallMs);
      cpu.push(step.cpuMs);
      requalified.push(step.result.requalified);
      if (step.result.replayed === "all") replayedAll++;
      else replayed.push(step.result.replayed);
    }
    const fullAfter = await timed(() =>
      storeAssessment(store, "syria", { actor: "bench", forcedReports: "all" }),
    );
    rows.push({
      incidents: n,
      "full wall ms": Math.round(full.wallMs),
      "full cpu ms": Math.round(full.cpuMs),
      "per report wall ms p50": Math.round(quantile(wall, 0.5)),
      p90: Math.round(quantile(wall, 0.9)),
      "per report cpu ms p50": Math.round(quantile(cpu, 0.5)),
      "cpu p90": Math.round(quantile(cpu, 0.9)),
      "requalified p50": quantile(requalified, 0.5),
      "series replayed p50": replayed.length ? quantile(replayed, 0.5) : "-",
      "replayed all": `${replayedAll}/${ARRIVALS}`,
      "full again wall ms": Math.round(fullAfter.wallMs),
    });
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
console.table(rows);
console.log(
  `load average after: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
