/**
 * The backends the contract suite runs on, Hono-style: a list of factories, each able to open a
 * fresh, empty store (own SQLite folder or own PostgreSQL schema), plus a raw SQL handle that tests use
 * to tamper with rows behind the store's back. `contractSuite` runs one suite body on every backend.
 * On PostgreSQL a suite migrates one schema and empties its tables before each test (migrating a new
 * schema took about a second per test); a suite about opening stores asks for a new schema per test.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { afterAll, afterEach, beforeEach, describe } from "vitest";
import { openStore } from "../../src/storage/open-store.js";
import type { Store } from "../../src/storage/ports.js";
import { SQLITE_FILE_NAME } from "../../src/storage/sqlite/sqlite-dialect.js";

/** Runs SQL with `?` placeholders on the backend's own connection, outside the store. */
export interface RawSql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

/** A controllable clock shared by every store a harness opens. */
export class TestClock {
  current = new Date("2025-03-01T12:00:00.000Z");
  readonly now = (): Date => new Date(this.current.getTime());
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface Harness {
  store: Store;
  raw: RawSql;
  clock: TestClock;
  /** Opens another Store (another connection or pool) on the same database, like a second process. */
  openAnother(): Promise<Store>;
  /** Options that open this harness's database; for tests of openStore itself. */
  openOptions: { dataDir: string; databaseUrl: string | null; databaseSchema?: string };
  dispose(): Promise<void>;
}

/** A database a suite's tests take turns on (PostgreSQL): migrated once, emptied before each test. */
export class SharedDatabase {
  schema: string | null = null;
  tables: string[] | null = null;
  /** Removes the database; runs after the suite, whatever happened in it. */
  dispose: () => Promise<void> = async () => undefined;
}

export interface StoreBackend {
  name: "sqlite" | "postgres";
  /** A second way of running the same backend (e.g. SQLite reads on worker threads). */
  variant?: string;
  /** Why the backend is skipped, when it is. */
  skip?: string;
  /** A fresh, empty store; given `shared`, the backend may reuse that suite's database, emptied. */
  create(shared?: SharedDatabase): Promise<Harness>;
}

export const PG_SKIP_MESSAGE =
  "PostgreSQL contract tests skipped: set R2P_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test to run them";

const pgUrl = process.env.R2P_TEST_DATABASE_URL || null;
if (!pgUrl) console.warn(PG_SKIP_MESSAGE);

async function harnessFor(
  openOptions: Harness["openOptions"],
  raw: RawSql,
  cleanup: () => Promise<void>,
  readThreads = 0,
): Promise<Harness> {
  const clock = new TestClock();
  const opened: Store[] = [];
  const open = async () => {
    const store = await openStore({ ...openOptions, now: clock.now, readThreads });
    opened.push(store);
    return store;
  };
  let store: Store;
  try {
    store = await open();
  } catch (error) {
    await cleanup();
    throw error;
  }
  return {
    store,
    raw,
    clock,
    openAnother: open,
    openOptions,
    async dispose() {
      try {
        await Promise.all(opened.map((s) => s.close()));
      } finally {
        await cleanup();
      }
    },
  };
}

/** SQLite with its main connection only, or with reads on worker threads as `r2p serve` runs it. */
const sqliteBackend = (readThreads: number): StoreBackend => ({
  name: "sqlite",
  variant: readThreads > 0 ? `${readThreads} read threads` : undefined,
  async create() {
    // One folder (one database) per test, removed by dispose().
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "r2p-contract-"));
    let rawDb: BetterSqlite3.Database | null = null;
    const raw: RawSql = {
      async query<T>(text: string, params: unknown[] = []) {
        rawDb ??= new BetterSqlite3(path.join(dataDir, SQLITE_FILE_NAME), { timeout: 5000 });
        const statement = rawDb.prepare(text);
        return (statement.reader ? statement.all(...params) : (statement.run(...params), [])) as T[];
      },
    };
    return harnessFor(
      { dataDir, databaseUrl: null },
      raw,
      async () => {
        rawDb?.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
      readThreads,
    );
  },
});

const postgresBackend: StoreBackend = {
  name: "postgres",
  skip: pgUrl ? undefined : PG_SKIP_MESSAGE,
  async create(shared) {
    if (!pgUrl) throw new Error(PG_SKIP_MESSAGE);
    const schema = shared?.schema ?? `r2p_test_${process.pid}_${randomBytes(4).toString("hex")}`;
    const client = new pg.Client({ connectionString: pgUrl, options: `-c search_path=${schema}` });
    await client.connect();
    const dropSchema = async () => {
      await client.query(`drop schema if exists ${schema} cascade`);
    };
    const raw: RawSql = {
      async query<T>(text: string, params: unknown[] = []) {
        let n = 0;
        const result = await client.query(
          text.replace(/\?/g, () => `$${++n}`),
          params,
        );
        return result.rows as T[];
      },
    };
    const dataDir = path.join(os.tmpdir(), "r2p-unused");
    if (shared?.tables) {
      // Every table but the migration record, emptied: the same as a freshly migrated schema, since
      // no migration inserts rows and no table has a sequence.
      await client.query(`truncate table ${shared.tables.join(", ")} cascade`);
    }
    const harness = await harnessFor(
      { dataDir, databaseUrl: pgUrl, databaseSchema: schema },
      raw,
      async () => {
        if (!shared) await dropSchema();
        await client.end();
      },
    );
    if (shared && !shared.tables) {
      shared.schema = schema;
      const rows = await client.query<{ tablename: string }>(
        "select tablename from pg_tables where schemaname = $1 and tablename <> 'schema_migrations'",
        [schema],
      );
      shared.tables = rows.rows.map((row) => `"${row.tablename}"`);
      shared.dispose = async () => {
        const admin = new pg.Client({ connectionString: pgUrl });
        await admin.connect();
        try {
          await admin.query(`drop schema if exists ${schema} cascade`);
        } finally {
          await admin.end();
        }
      };
    }
    return harness;
  },
};

export const backends: StoreBackend[] = [sqliteBackend(0), sqliteBackend(2), postgresBackend];

/**
 * Declares `body` once per backend; each test gets a fresh harness from `h()`. Skipped backends are
 * declared with describe.skip and their reason in the title.
 */
export function contractSuite(
  title: string,
  body: (h: () => Harness, backend: StoreBackend) => void,
  options: { freshDatabasePerTest?: boolean } = {},
): void {
  for (const backend of backends) {
    const declare = backend.skip ? describe.skip : describe;
    const name = backend.variant ? `${backend.name}, ${backend.variant}` : backend.name;
    const label = backend.skip ? `${title} [${name}] (${backend.skip})` : `${title} [${name}]`;
    declare(label, () => {
      let harness: Harness | null = null;
      const shared = options.freshDatabasePerTest ? undefined : new SharedDatabase();
      beforeEach(async () => {
        harness = await backend.create(shared);
      });
      afterEach(async () => {
        await harness?.dispose();
        harness = null;
      });
      afterAll(async () => {
        await shared?.dispose();
      });
      body(() => {
        if (!harness) throw new Error("harness used outside a test");
        return harness;
      }, backend);
    });
  }
}
