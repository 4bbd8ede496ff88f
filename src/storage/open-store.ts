/**
 * Entry point of the storage layer: opens the embedded SQLite file or a PostgreSQL database, runs
 * pending migrations, and returns the Store with every port wired to the same connection.
 */
import type { Kysely } from "kysely";
import { backendTraits, type BackendTraits } from "./backend-traits.js";
import { KyselyAlertStore } from "./kysely-alert-store.js";
import { KyselyAssessmentStore } from "./kysely-assessment-store.js";
import { KyselyAuditLog } from "./kysely-audit-log.js";
import { KyselyClaimStore } from "./kysely-claim-store.js";
import { KyselyIncidentStore } from "./kysely-incident-store.js";
import { KyselyIncidentMapStore } from "./kysely-incident-map-store.js";
import { KyselyJobQueue } from "./kysely-job-queue.js";
import { KyselyOutboxStore } from "./kysely-outbox-store.js";
import { KyselyPlaceStore } from "./kysely-place-store.js";
import { KyselyReportStore } from "./kysely-report-store.js";
import { KyselyUserStore } from "./kysely-user-store.js";
import { KyselySubscriptionStore } from "./kysely-subscription-store.js";
import { KyselySourceStore } from "./kysely-source-store.js";
import { restoreDeferredIndexes } from "./deferred-indexes.js";
import { settlePendingCells } from "./pending-cells.js";
import { runMigrations } from "./migrate.js";
import { createReadMemo, type ReadMemo } from "./read-memo.js";
import type { Store } from "./ports.js";
import type { Database } from "./schema.js";
import { createSqliteDb } from "./sqlite/sqlite-dialect.js";
import type { StoreContext } from "./store-context.js";
import { inWriteTransaction } from "./transaction.js";

export interface OpenStoreOptions {
  /** Folder for the SQLite file (`<dataDir>/r2p.sqlite`); created if missing. */
  dataDir: string;
  /** postgres://… to use PostgreSQL; null for the embedded SQLite file. */
  databaseUrl: string | null;
  /** PostgreSQL schema (created if missing); default "public". Ignored for SQLite. */
  databaseSchema?: string;
  /** PostgreSQL connections in the pool; default 10. Ignored for SQLite. */
  databasePoolSize?: number;
  /** Clock for timestamps, leases and backoff; tests pass a controllable one. Default: the system clock. */
  now?: () => Date;
  /**
   * SQLite only: run reads on this many worker threads with their own connections (the server: reads
   * must not queue behind one another on the event loop). Default 0: reads on the main connection.
   */
  readThreads?: number;
  /**
   * Leaves the deferred indexes as they are at open (a bulk resolution's own writer thread, opened
   * while the run defers them: the run builds them, `restoreIndexes`). Default false: built if missing.
   */
  keepDeferredIndexes?: boolean;
}

/**
 * Opens the store and brings its schema up to date. Safe when several processes open the same
 * database at once. Call `close()` when done.
 *
 * @example const store = await openStore({ dataDir: "./r2p-data", databaseUrl: null });
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const traits = options.databaseUrl === null ? backendTraits.sqlite : backendTraits.postgres;
  const db =
    options.databaseUrl === null
      ? createSqliteDb(options.dataDir)
      : await openPostgres(options.databaseUrl, options.databaseSchema ?? "public", options.databasePoolSize);
  try {
    await runMigrations(db, traits);
    // A bulk resolution that stopped before building its deferred indexes again left them missing, and
    // may have left index rows pending.
    if (!options.keepDeferredIndexes) {
      await settlePendingCells(db, traits);
      await restoreDeferredIndexes(db, traits);
    }
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const readDb =
    options.databaseUrl === null && (options.readThreads ?? 0) > 0
      ? await openSqliteReadPool(options.dataDir, options.readThreads ?? 0)
      : db;
  return buildStore(db, readDb, traits, options.now ?? (() => new Date()), createReadMemo());
}

async function openSqliteReadPool(dataDir: string, threads: number): Promise<Kysely<Database>> {
  const { createSqliteReadDb } = await import("./sqlite/sqlite-read-pool.js");
  return createSqliteReadDb(dataDir, threads);
}

/** pg is loaded only when PostgreSQL is asked for; the embedded store never pays for it. */
async function openPostgres(
  databaseUrl: string,
  schema: string,
  poolSize?: number,
): Promise<Kysely<Database>> {
  const { createPostgresDb } = await import("./postgres/postgres-dialect.js");
  return createPostgresDb(databaseUrl, schema, poolSize);
}

function buildStore(
  db: Kysely<Database>,
  readDb: Kysely<Database>,
  traits: BackendTraits,
  now: () => Date,
  memo: ReadMemo,
  close?: () => Promise<void>,
): Store {
  const ctx: StoreContext = { db, readDb, traits, now, memo };
  let closed: Promise<void> | null = null;
  return {
    backend: traits.backend,
    reports: new KyselyReportStore(ctx),
    claims: new KyselyClaimStore(ctx),
    audit: new KyselyAuditLog(ctx),
    jobs: new KyselyJobQueue(ctx),
    places: new KyselyPlaceStore(ctx),
    users: new KyselyUserStore(ctx),
    incidentMap: new KyselyIncidentMapStore(ctx),
    batch: (work) =>
      // The batch's store shares this transaction; closing it is the outer store's business.
      // Reads inside the batch must see its own writes: they use the transaction too.
      inWriteTransaction(db, traits, (trx) =>
        work(buildStore(trx, trx, traits, now, memo, async () => undefined)),
      ),
    assessments: new KyselyAssessmentStore(ctx),
    alerts: new KyselyAlertStore(ctx),
    subscriptions: new KyselySubscriptionStore(ctx),
    outbox: new KyselyOutboxStore(ctx),
    incidents: new KyselyIncidentStore(ctx),
    sources: new KyselySourceStore(ctx),
    close() {
      // Idempotent: closing twice (e.g. in a finally and a signal handler) must not throw.
      closed ??= close
        ? close()
        : Promise.all([readDb === db ? null : readDb.destroy(), db.destroy()]).then(() => undefined);
      return closed;
    },
  };
}
