/**
 * The indexes a bulk resolution builds after its time-ordered pass (storage/deferred-indexes.ts), on
 * both backends: their definitions are those the migrations made; dropped, the next open of the store
 * builds them again; and a bulk run builds them again however it ends, whole or stopped by an error
 * in its first pass. Its index rows (storage/pending-cells.ts) wait in claim_cells_pending during that
 * pass, are moved into claim_cells whenever as many wait as the run moves at once (PENDING_MOVE_ROWS
 * or its pendingMoveRows), are all in claim_cells after it however it ends, exactly those of the
 * stored claims, and a lookup or an open of the store meanwhile moves them first.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { sql, type Kysely } from "kysely";
import type { Database } from "../../src/storage/schema.js";
import { inWriteTransaction, serialise } from "../../src/storage/transaction.js";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { resolveBacklog } from "../../src/services/backlog-resolve.js";
import { resolveDeps, type PreparedReport } from "../../src/services/resolve-service.js";
import { openRuntime } from "../../src/services/runtime.js";
import { backendTraits } from "../../src/storage/backend-traits.js";
import {
  DEFERRED_INDEXES,
  dropDeferredIndexes,
  presentDeferredIndexes,
  restoreDeferredIndexes,
} from "../../src/storage/deferred-indexes.js";
import { cellRows, claimJson } from "../../src/storage/incident-rows.js";
import type { ResolvableClaim } from "../../src/domain/resolution.js";
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

async function present(at: Location): Promise<string[]> {
  const db = await at.raw();
  try {
    return [...(await presentDeferredIndexes(db, at.traits))].sort();
  } finally {
    await db.destroy();
  }
}

/** The columns of each deferred index as the database holds it. */
async function columnsOf(at: Location) {
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

/**
 * Rows of claim_cells and claim_cells_pending, and the index rows the stored claims have, read in one
 * snapshot (a writer thread may commit meanwhile).
 */
async function cellsOf(at: Location) {
  const raw = await at.raw();
  try {
    const read = raw.transaction();
    return await (
      at.traits.backend === "postgres" ? read.setIsolationLevel("repeatable read") : read
    ).execute((db) => cellsIn(db));
  } finally {
    await raw.destroy();
  }
}

type Cells = Awaited<ReturnType<typeof cellsOf>>;

/**
 * cellsOf once `ready` holds of it (at most 10 s): a writer thread commits what the main thread sent
 * a moment later.
 */
async function cellsOnce(at: Location, ready: (cells: Cells) => boolean) {
  const until = Date.now() + 10_000;
  for (;;) {
    const cells = await cellsOf(at);
    if (ready(cells) || Date.now() > until) return cells;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** cellsOf once some index row was written, pending or moved. */
const cellsWritten = (at: Location) =>
  cellsOnce(at, (cells) => cells.pending.length + cells.indexed.length > 0);

/** cellsOf once some index row was moved into claim_cells. */
const cellsMoved = (at: Location) => cellsOnce(at, (cells) => cells.indexed.length > 0);

/** The reports in order, `look` awaited before the one at `index` is given (it may throw to stop the run). */
async function* lookingAt(
  all: PreparedReport[],
  index: number,
  look: () => Promise<void>,
): AsyncGenerator<PreparedReport> {
  for (const [i, report] of all.entries()) {
    if (i === index) await look();
    yield report;
  }
}

/** Both ways of writing a bulk run's transactions. */
const BOTH_THREADS = [
  { writerThread: true, thread: "on its writer thread" },
  { writerThread: false, thread: "in one thread" },
];

async function cellsIn(db: Kysely<Database>) {
  const line = (r: Record<string, unknown>) =>
    [r.key, r.day_from, r.claim_id, r.day_to, r.event_type, r.lat, r.lon, r.killed_min, r.killed_max]
      .concat([r.injured_min, r.injured_max, r.attackers])
      .map((v) => (v === null ? "" : String(v)))
      .join("|");
  const indexed = (await db.selectFrom("claim_cells").selectAll().execute()).map(line).sort();
  const pending = (await db.selectFrom("claim_cells_pending").selectAll().execute()).map(line).sort();
  const claims = await db.selectFrom("incident_claims").select(["claim_id", "report_id", "body"]).execute();
  const expected = claims
    .flatMap((row) => cellRows(JSON.parse(claimJson(row)) as ResolvableClaim))
    .map(line)
    .sort();
  return { indexed, pending, expected };
}

function reports(deps: Awaited<ReturnType<typeof resolveDeps>>): PreparedReport[] {
  return [...syntheticReports(300, 10, 30)].map((report) => preparedSyntheticReport(report, deps));
}

type Location = ReturnType<(typeof backends)[number]["location"]>;

/** Runs `body` on a fresh store of `backend` with the synthetic backlog's reports, closing the store after. */
async function onFreshStore(
  backend: (typeof backends)[number],
  body: (store: {
    at: Location;
    runtime: Awaited<ReturnType<Location["open"]>>;
    deps: Awaited<ReturnType<typeof resolveDeps>>;
    all: PreparedReport[];
  }) => Promise<void>,
): Promise<void> {
  const at = backend.location();
  const runtime = await at.open();
  try {
    const deps = await resolveDeps(runtime);
    await body({ at, runtime, deps, all: reports(deps) });
  } finally {
    await runtime.close();
  }
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
      await onFreshStore(backend, async ({ at, runtime, deps, all }) => {
        let seenWithout = false;
        const failing = lookingAt(all, 100, async () => {
          seenWithout = (await present(at)).length === 0;
          throw new Error("the archive could not be read");
        });
        await expect(
          resolveBacklog(runtime, failing, deps, "test", { closeEvery: 20, transactionClaims: 50 }),
        ).rejects.toThrow("the archive could not be read");
        expect(seenWithout).toBe(true);
        expect(await present(at)).toEqual(ALL);
        // Nothing was written before the error: the store is empty, and the run again is a bulk run.
        const summary = await resolveBacklog(runtime, all, deps, "test");
        expect(summary.bulk).toBe(true);
        expect(await runtime.store.incidents.countClaims()).toBe(summary.claims);
        expect(await present(at)).toEqual(ALL);
      });
    },
    120_000,
  );

  it.skipIf(backend.skip).each(BOTH_THREADS)(
    "are only those resolution reads during a bulk run's second pass, all of them after it ($thread)",
    async ({ writerThread }) => {
      await onFreshStore(backend, async ({ at, runtime, deps, all }) => {
        const byId = new Map(all.map((report) => [report.reportId, report]));
        // The second pass prepares its late and undated claims' reports again: look then.
        const seen: string[][] = [];
        const summary = await resolveBacklog(runtime, all, deps, "test", {
          writerThread,
          reprepare: async (reportId) => {
            seen.push(await present(at));
            return byId.get(reportId) ?? null;
          },
        });
        expect(summary.undated).toBeGreaterThan(0);
        const resolution = DEFERRED_INDEXES.filter((index) => index.resolution)
          .map((index) => index.name)
          .sort();
        expect(resolution).toEqual(["incident_claims_incident_idx", "incident_claims_report_idx"]);
        expect(new Set(seen.map((names) => names.join(",")))).toEqual(new Set([resolution.join(",")]));
        expect(await present(at)).toEqual(ALL);
      });
    },
    120_000,
  );

  it.skipIf(backend.skip).each(BOTH_THREADS)(
    "move a bulk run's pending index rows into claim_cells during its first pass once enough wait ($thread)",
    async ({ writerThread }) => {
      await onFreshStore(backend, async ({ at, runtime, deps, all }) => {
        let during: Cells | null = null;
        const watched = lookingAt(all, Math.floor(all.length * 0.8), async () => {
          during = await cellsMoved(at);
        });
        const options = {
          closeEvery: 20,
          transactionClaims: 50,
          lagDays: 1,
          writerThread,
          pendingMoveRows: 100,
        };
        await resolveBacklog(runtime, watched, deps, "test", options);
        const seen = during as Cells | null;
        // Moved in the pass, not only at its end (with PENDING_MOVE_ROWS, 300,000, none would be yet):
        // some rows indexed, together with those pending exactly the stored claims' rows.
        expect(seen?.indexed.length).toBeGreaterThanOrEqual(100);
        expect([...(seen?.indexed ?? []), ...(seen?.pending ?? [])].sort()).toEqual(seen?.expected);
        const after = await cellsOf(at);
        expect(after.pending).toEqual([]);
        expect(after.indexed).toEqual(after.expected);
      });
    },
    120_000,
  );

  it.skipIf(backend.skip).each(BOTH_THREADS)(
    "keep a bulk run's index rows pending in its first pass ($thread), then in claim_cells however it ends",
    async ({ writerThread }) => {
      await onFreshStore(backend, async ({ at, runtime, deps, all }) => {
        const options = { closeEvery: 20, transactionClaims: 50, lagDays: 1, writerThread };
        let during: Cells | null = null;
        const failing = lookingAt(all, 150, async () => {
          during = await cellsWritten(at);
          throw new Error("the archive could not be read");
        });
        await expect(resolveBacklog(runtime, failing, deps, "test", options)).rejects.toThrow(
          "the archive could not be read",
        );
        const seen = during as Cells | null;
        expect(seen?.indexed).toEqual([]);
        expect(seen?.pending.length).toBeGreaterThan(0);
        expect(seen?.pending).toEqual(seen?.expected);
        const after = await cellsOf(at);
        expect(after.pending).toEqual([]);
        expect(after.indexed).toEqual(after.expected);
        // The rows of every transaction committed when it stopped, moved (with the writer thread, it
        // wrote what was sent before the error after the look above).
        expect(after.indexed).toEqual(expect.arrayContaining(seen?.pending ?? []));
        if (!writerThread) expect(after.indexed).toEqual(seen?.pending);
      });
    },
    120_000,
  );

  it.skipIf(backend.skip).each(BOTH_THREADS)(
    "move a bulk run's pending index rows into claim_cells when it ends whole or its writes fail ($thread)",
    async ({ writerThread }) => {
      const options = { closeEvery: 20, transactionClaims: 50, lagDays: 1, writerThread };
      // Whole: pending during the pass, all in claim_cells after it, nothing pending.
      const whole = backend.location();
      let runtime = await whole.open();
      try {
        const deps = await resolveDeps(runtime);
        const all = reports(deps);
        let during: Cells | null = null;
        const looked = lookingAt(all, 150, async () => {
          during = await cellsWritten(whole);
        });
        const summary = await resolveBacklog(runtime, looked, deps, "test", options);
        expect(summary.bulk).toBe(true);
        const seen = during as Cells | null;
        expect(seen?.indexed).toEqual([]);
        expect(seen?.pending.length).toBeGreaterThan(0);
        const after = await cellsOf(whole);
        expect(after.pending).toEqual([]);
        expect(after.indexed.length).toBeGreaterThan(0);
        expect(after.indexed).toEqual(after.expected);
      } finally {
        await runtime.close();
      }

      // Its writes failing: another resolver's write (a new write stamp) stops the next transaction,
      // on the writer thread or in this one; what was committed before it is indexed, nothing pending.
      const failed = backend.location();
      runtime = await failed.open();
      try {
        const deps = await resolveDeps(runtime);
        const all = reports(deps);
        let during: Cells | null = null;
        const interleaved = lookingAt(all, 150, async () => {
          during = await cellsWritten(failed);
          const db = await failed.raw();
          try {
            // As another resolver writes: holding the resolution lock.
            await inWriteTransaction(db, failed.traits, async (trx) => {
              await serialise(trx, failed.traits, "resolve");
              await trx.updateTable("incident_store_version").set({ version: -1 }).execute();
            });
          } finally {
            await db.destroy();
          }
        });
        await expect(resolveBacklog(runtime, interleaved, deps, "test", options)).rejects.toMatchObject({
          code: "BACKLOG_INTERLEAVED",
        });
        const seen = during as Cells | null;
        expect(seen?.indexed).toEqual([]);
        expect(seen?.pending.length).toBeGreaterThan(0);
        const after = await cellsOf(failed);
        expect(after.pending).toEqual([]);
        expect(after.indexed).toEqual(after.expected);
        expect(after.indexed).toEqual(expect.arrayContaining(seen?.pending ?? []));
        // Stopped mid-run.
        expect(await runtime.store.incidents.countClaims()).toBeLessThan(
          all.reduce((n, r) => n + r.claims.length, 0),
        );
      } finally {
        await runtime.close();
      }
    },
    120_000,
  );

  it.skipIf(backend.skip)(
    "move pending index rows before a lookup, and at the next open of the store",
    async () => {
      const at = backend.location();
      let runtime = await at.open();
      try {
        const deps = await resolveDeps(runtime);
        const all = reports(deps);
        await resolveBacklog(runtime, all, deps, "test");
        // As a bulk run that stopped with index rows pending: every row of claim_cells moved there.
        const pend = async () => {
          const db = await at.raw();
          try {
            await sql`insert into claim_cells_pending select key, day_from, claim_id, day_to, event_type, lat, lon, killed_min, killed_max, injured_min, injured_max, attackers from claim_cells`.execute(
              db,
            );
            await db.deleteFrom("claim_cells").execute();
          } finally {
            await db.destroy();
          }
        };
        await pend();
        const claim = all.flatMap((r) => r.claims).find((c) => c.anchor.layer === "day")!;
        const found = await runtime.store.incidents.transact((tx) =>
          tx.findClaims([{ keys: claim.place.keys, anyDated: true }]),
        );
        expect(found.map((p) => p.claim.id)).toContain(claim.id);
        const looked = await cellsOf(at);
        expect(looked.pending).toEqual([]);
        expect(looked.indexed).toEqual(looked.expected);
        await pend();
        await runtime.close();
        runtime = await at.open();
        const opened = await cellsOf(at);
        expect(opened.pending).toEqual([]);
        expect(opened.indexed).toEqual(opened.expected);
      } finally {
        await runtime.close();
      }
    },
    120_000,
  );
});

describe("the deferred indexes' build on SQLite", () => {
  it("maps the file into memory for the build only: the connection's mmap_size is as before after it", async () => {
    const at = backends[0]!.location();
    const runtime = await at.open();
    await runtime.close();
    const db = await at.raw();
    try {
      await dropDeferredIndexes(db);
      await db.connection().execute(async (conn) => {
        await sql`pragma mmap_size = 65536`.execute(conn);
        await restoreDeferredIndexes(conn, at.traits, "resolution");
        const partly = await presentDeferredIndexes(conn, at.traits);
        expect([...partly].sort()).toEqual(
          DEFERRED_INDEXES.filter((index) => index.resolution)
            .map((index) => index.name)
            .sort(),
        );
        await restoreDeferredIndexes(conn, at.traits);
        expect([...(await presentDeferredIndexes(conn, at.traits))].sort()).toEqual(ALL);
        const after = await sql<{ mmap_size: number }>`pragma mmap_size`.execute(conn);
        expect(Number(after.rows[0]?.mmap_size)).toBe(65536);
      });
    } finally {
      await db.destroy();
    }
  });
});
