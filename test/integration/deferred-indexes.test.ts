/**
 * The indexes a bulk resolution builds after its time-ordered pass (storage/deferred-indexes.ts), on
 * both backends: their definitions are those the migrations made; dropped, the next open of the store
 * builds them again; and a bulk run builds them again however it ends, whole or stopped by an error
 * in its first pass.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { resolveBacklog } from "../../src/services/backlog-resolve.js";
import { resolveDeps, type PreparedReport } from "../../src/services/resolve-service.js";
import { openRuntime } from "../../src/services/runtime.js";
import { backendTraits } from "../../src/storage/backend-traits.js";
import { DEFERRED_INDEXES, presentDeferredIndexes } from "../../src/storage/deferred-indexes.js";
import { createPostgresDb } from "../../src/storage/postgres/postgres-dialect.js";
import { createSqliteDb } from "../../src/storage/sqlite/sqlite-dialect.js";
import { preparedSyntheticReport, syntheticReports } from "../fixtures/resolve/synthetic-claims.js";

const pgUrl = process.env.R2P_TEST_DATABASE_URL || null;
const dirs: string[] = [];
const schemas: string[] = [];
afterAll(async () => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  if (schemas.length === 0) return;
  const client = new pg.Client({ connectionString: pgUrl as string });
  await client.connect();
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

const ALL = DEFERRED_INDEXES.map((index) => index.name).sort();

const backends = [
  {
    name: "sqlite",
    skip: false,
    location() {
      const dir = mkdtempSync(path.join(os.tmpdir(), "r2p-deferred-"));
      dirs.push(dir);
      return {
        open: () => openRuntime(loadConfig({ dataDir: dir }, {})),
        raw: async () => createSqliteDb(dir),
        traits: backendTraits.sqlite,
      };
    },
  },
  {
    name: "postgres",
    skip: !pgUrl,
    location() {
      const dir = mkdtempSync(path.join(os.tmpdir(), "r2p-deferred-pg-"));
      dirs.push(dir);
      const schema = `r2p_deferred_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      schemas.push(schema);
      const env = { R2P_DATABASE_URL: pgUrl as string, R2P_DATABASE_SCHEMA: schema };
      return {
        open: () => openRuntime(loadConfig({ dataDir: dir }, env)),
        raw: () => createPostgresDb(pgUrl as string, schema),
        traits: backendTraits.postgres,
      };
    },
  },
];

async function present(at: ReturnType<(typeof backends)[number]["location"]>): Promise<string[]> {
  const db = await at.raw();
  try {
    return [...(await presentDeferredIndexes(db, at.traits))].sort();
  } finally {
    await db.destroy();
  }
}

/** The columns of each deferred index as the database holds it. */
async function columnsOf(at: ReturnType<(typeof backends)[number]["location"]>) {
  const db = await at.raw();
  try {
    const out: Record<string, string> = {};
    for (const { name } of DEFERRED_INDEXES) {
      if (at.traits.backend === "sqlite") {
        const rows = await sql<{ name: string }>`select name from pragma_index_info(${name})`.execute(db);
        out[name] = rows.rows.map((row) => row.name).join(", ");
      } else {
        const rows = await sql<{
          indexdef: string;
        }>`select indexdef from pg_indexes where schemaname = current_schema() and indexname = ${name}`.execute(
          db,
        );
        out[name] = /\((.*)\)$/.exec(rows.rows[0]?.indexdef ?? "")?.[1] ?? "";
      }
    }
    return out;
  } finally {
    await db.destroy();
  }
}

function reports(deps: Awaited<ReturnType<typeof resolveDeps>>): PreparedReport[] {
  return [...syntheticReports(300, 10, 30)].map((report) => preparedSyntheticReport(report, deps));
}

describe.each(backends)("deferred indexes [$name]", (backend) => {
  it.skipIf(backend.skip)(
    "are the migrations' indexes, and an open of the store builds missing ones",
    async () => {
      const at = backend.location();
      const runtime = await at.open();
      const migrated = await columnsOf(at);
      expect(migrated).toEqual(
        Object.fromEntries(DEFERRED_INDEXES.map((index) => [index.name, index.columns.join(", ")])),
      );
      await runtime.store.incidents.deferIndexes();
      expect(await present(at)).toEqual([]);
      await runtime.close();
      const again = await at.open();
      await again.close();
      expect(await columnsOf(at)).toEqual(migrated);
    },
    60_000,
  );

  it.skipIf(backend.skip)(
    "are built again after a bulk run, whole or stopped in its first pass",
    async () => {
      const at = backend.location();
      const runtime = await at.open();
      try {
        const deps = await resolveDeps(runtime);
        const all = reports(deps);
        let seenWithout = false;
        async function* failing(): AsyncGenerator<PreparedReport> {
          for (const [i, report] of all.entries()) {
            if (i === 100) {
              seenWithout = (await present(at)).length === 0;
              throw new Error("the archive could not be read");
            }
            yield report;
          }
        }
        await expect(
          resolveBacklog(runtime, failing(), deps, "test", { closeEvery: 20, transactionClaims: 50 }),
        ).rejects.toThrow("the archive could not be read");
        expect(seenWithout).toBe(true);
        expect(await present(at)).toEqual(ALL);
        // Nothing was written before the error: the store is empty, and the run again is a bulk run.
        const summary = await resolveBacklog(runtime, all, deps, "test");
        expect(summary.bulk).toBe(true);
        expect(await runtime.store.incidents.countClaims()).toBe(summary.claims);
        expect(await present(at)).toEqual(ALL);
      } finally {
        await runtime.close();
      }
    },
    120_000,
  );
});
