/**
 * The two backends a migration test runs on, each a fresh database the test migrates by hand to the
 * release it imitates (a temporary SQLite folder, or a PostgreSQL schema of its own when
 * R2P_TEST_DATABASE_URL is set), and how to open it again raw or as a store. Shared by the migration
 * tests so that each says only what its migration changes.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { sql, type Kysely } from "kysely";
import { afterEach, describe } from "vitest";
import { backendTraits, type BackendTraits } from "../../src/storage/backend-traits.js";
import type { OpenStoreOptions } from "../../src/storage/open-store.js";
import { createPostgresDb } from "../../src/storage/postgres/postgres-dialect.js";
import type { Database } from "../../src/storage/schema.js";
import { createSqliteDb } from "../../src/storage/sqlite/sqlite-dialect.js";

/** A database at a migration of the test's choosing, and how to open it again (raw, or as a store). */
export type Opened = {
  db: Kysely<Database>;
  reopen: () => Promise<Kysely<Database>>;
  traits: BackendTraits;
  options: OpenStoreOptions;
};

export type MigrationBackend = {
  name: "sqlite" | "postgres";
  open: () => Promise<Opened>;
  /** `describe`, or `describe.skip` for PostgreSQL when no test database is configured. */
  declare: typeof describe | typeof describe.skip;
};

/** Call at the top of a test file: the backends, with their databases removed after each test. */
export function useMigrationBackends(prefix: string): MigrationBackend[] {
  const pgUrl = process.env.R2P_TEST_DATABASE_URL || null;
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function openSqlite(): Promise<Opened> {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), `r2p-${prefix}-`));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    return {
      db: createSqliteDb(dataDir),
      reopen: async () => createSqliteDb(dataDir),
      traits: backendTraits.sqlite,
      options: { dataDir, databaseUrl: null },
    };
  }

  async function openPostgres(): Promise<Opened> {
    const schema = `r2p_${prefix}_${randomBytes(4).toString("hex")}`;
    cleanups.push(async () => {
      const admin = await createPostgresDb(pgUrl!, "public");
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin);
      await admin.destroy();
    });
    return {
      db: await createPostgresDb(pgUrl!, schema),
      reopen: () => createPostgresDb(pgUrl!, schema),
      traits: backendTraits.postgres,
      options: { dataDir: os.tmpdir(), databaseUrl: pgUrl, databaseSchema: schema },
    };
  }

  return [
    { name: "sqlite", open: openSqlite, declare: describe },
    { name: "postgres", open: openPostgres, declare: pgUrl ? describe : describe.skip },
  ];
}
