/**
 * Ingest throughput: a folder of 1,000 distinct news-length text files ingested through the same
 * service the CLI uses (decode, clean, hash, store original + row + FTS + audit + extraction job),
 * on SQLite and — when R2P_BENCH_DATABASE_URL or R2P_TEST_DATABASE_URL is set — PostgreSQL in a fresh
 * schema. Prints a table of reports/s. Run: `npm run bench:ingest [-- --files 1000]`.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { openStore } from "../src/storage/open-store.js";
import { ingestPath } from "../src/services/ingest-service.js";

const files = Number(process.argv[process.argv.indexOf("--files") + 1]) || 1000;
const villages = [
  "Sarmin",
  "Saraqib",
  "Ariha",
  "Kafr Nabl",
  "Maarat al-Numan",
  "Atarib",
  "Darat Izza",
  "Binnish",
];
const actors = ["Regime forces", "Russian warplanes", "Government artillery", "Pro-government militias"];

function makeCorpus(dir: string) {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < files; i++) {
    const village = villages[i % villages.length]!;
    const actor = actors[i % actors.length]!;
    const paragraphs = Array.from(
      { length: 8 },
      (_, p) =>
        `${actor} shelled residential areas of ${village} in the Idlib countryside on day ${p + 1} of the offensive, report ${i}, killing ${(i + p) % 9} civilians including children, according to local rescuers who said the bombardment continued into the night and damaged a school and a bakery.`,
    );
    writeFileSync(
      path.join(dir, `report-${String(i).padStart(4, "0")}.txt`),
      `Shelling on ${village} (${i})\n\n${paragraphs.join("\n\n")}\n`,
    );
  }
}

async function measure(
  label: string,
  open: () => Promise<Awaited<ReturnType<typeof openStore>>>,
  corpus: string,
) {
  const store = await open();
  try {
    const started = process.hrtime.bigint();
    const summary = await ingestPath(store, corpus, { maxBytes: 10 * 1024 * 1024, actor: "bench" });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const again = process.hrtime.bigint();
    const second = await ingestPath(store, corpus, { maxBytes: 10 * 1024 * 1024, actor: "bench" });
    const secondSeconds = Number(process.hrtime.bigint() - again) / 1e9;
    return {
      backend: label,
      files,
      ingested: summary.ingested,
      "first pass reports/s": Math.round(summary.ingested / seconds),
      "re-ingest (already present) reports/s": Math.round(second.alreadyPresent / secondSeconds),
      rejected: summary.rejected.length + second.rejected.length,
    };
  } finally {
    await store.close();
  }
}

const root = mkdtempSync(path.join(os.tmpdir(), "r2p-bench-ingest-"));
const corpus = path.join(root, "corpus");
makeCorpus(corpus);
const rows = [
  await measure("sqlite", () => openStore({ dataDir: path.join(root, "sqlite"), databaseUrl: null }), corpus),
];
const pgUrl = process.env.R2P_BENCH_DATABASE_URL ?? process.env.R2P_TEST_DATABASE_URL;
if (pgUrl) {
  const schema = `r2p_bench_${process.pid}`;
  rows.push(
    await measure(
      "postgres",
      () => openStore({ dataDir: path.join(root, "pg"), databaseUrl: pgUrl, databaseSchema: schema }),
      corpus,
    ),
  );
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
} else {
  console.log(
    "PostgreSQL skipped: set R2P_BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test to include it",
  );
}
console.table(rows);
rmSync(root, { recursive: true, force: true });
