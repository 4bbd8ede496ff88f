/**
 * Write transactions that behave the same on both backends: SQLite begins IMMEDIATE (see
 * BackendTraits.writeTransaction), PostgreSQL uses Kysely's transaction. Serialising locks are taken
 * with `serialise` inside one.
 */
import { sql, type Kysely } from "kysely";
import type { BackendTraits, LockPurpose } from "./backend-traits.js";
import type { Database } from "./schema.js";
import { beginImmediate } from "./sqlite/sqlite-dialect.js";

/**
 * Runs `work` in one write transaction and returns its result; rolls back and rethrows on error.
 *
 * @example await inWriteTransaction(db, traits, async (trx) => trx.insertInto("jobs").values(row).execute());
 */
export async function inWriteTransaction<T>(
  db: Kysely<Database>,
  traits: BackendTraits,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (traits.writeTransaction === "begin") return db.transaction().execute(work);
  // Kysely's own SQLite transaction issues a deferred BEGIN, so reserve the single connection and
  // issue BEGIN IMMEDIATE ourselves. The connection mutex also serialises callers within this store.
  return db.connection().execute(async (conn) => {
    await beginImmediate(conn);
    try {
      const result = await work(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      await sql`rollback`.execute(conn).catch(() => undefined);
      throw error;
    }
  });
}

/** Takes the serialising lock for `purpose` inside the current transaction, where the backend needs one. */
export async function serialise(
  trx: Kysely<Database>,
  traits: BackendTraits,
  purpose: LockPurpose,
): Promise<void> {
  const statement = traits.serialiseStatement?.(purpose);
  if (statement) await statement.execute(trx);
}
