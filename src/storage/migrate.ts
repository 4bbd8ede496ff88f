/**
 * A small migration runner: applies pending migrations in order, inside one write transaction guarded
 * by a lock, so two processes opening the same database at once apply each migration exactly once.
 * Both backends have transactional DDL, so a failed migration leaves nothing half-done.
 */
import { sql, type Kysely } from "kysely";
import type { BackendTraits } from "./backend-traits.js";
import { migrations as allMigrations, type Migration } from "./migrations/index.js";
import type { Database } from "./schema.js";
import { inWriteTransaction, serialise } from "./transaction.js";

/**
 * Applies every migration not yet recorded in schema_migrations; returns the names applied now.
 *
 * @example await runMigrations(db, backendTraits.sqlite); // ["001_initial"] the first time, then []
 */
export async function runMigrations(
  db: Kysely<Database>,
  traits: BackendTraits,
  migrations: readonly Migration[] = allMigrations,
): Promise<string[]> {
  return inWriteTransaction(db, traits, async (trx) => {
    // SQLite: BEGIN IMMEDIATE already excludes other writers. PostgreSQL: an advisory lock, because
    // two CREATE TABLE IF NOT EXISTS racing in separate transactions can still collide.
    await serialise(trx, traits, "migrations");
    await sql`create table if not exists schema_migrations (
      name text primary key, applied_at text not null
    )`.execute(trx);
    const applied = new Set(
      (await trx.selectFrom("schema_migrations").select("name").execute()).map((r) => r.name),
    );
    const ran: string[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.name)) continue;
      await migration.up(trx, traits);
      await trx
        .insertInto("schema_migrations")
        .values({ name: migration.name, applied_at: new Date().toISOString() })
        .execute();
      ran.push(migration.name);
    }
    return ran;
  });
}
