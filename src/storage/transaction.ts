/**
 * Write transactions that behave the same on both backends: SQLite begins IMMEDIATE (see
 * BackendTraits.writeTransaction), PostgreSQL uses Kysely's transaction. Serialising locks are taken
 * with `serialise` inside one. A write transaction opened inside another (a store method called
 * within `Store.batch`) joins it.
 */
import { sql, type Kysely } from "kysely";
import type { BackendTraits, LockPurpose } from "./backend-traits.js";
import type { Database } from "./schema.js";
import { beginImmediate } from "./sqlite/sqlite-dialect.js";
import { errors } from "../domain/errors.js";

/**
 * Handles inside a write transaction opened here, and whether a unit of work inside it failed. A
 * nested call joins the open transaction; if it throws, the whole transaction is rolled back even when
 * the caller caught the error, so a half-done unit can never be committed. (Savepoints would allow
 * finer undo, but SQLite's full-text index flushes at every savepoint, which is the cost batching
 * exists to avoid.)
 */
const openTransactions = new WeakMap<Kysely<Database>, { failed: unknown }>();

/** True when `db` is a handle inside a write transaction opened by inWriteTransaction. */
export function inOpenWriteTransaction(db: Kysely<Database>): boolean {
  return openTransactions.has(db);
}

/**
 * Runs `work` in one write transaction and returns its result; rolls back and rethrows on error.
 * Called with a handle already in a write transaction, `work` joins that transaction (see above).
 *
 * @example await inWriteTransaction(db, traits, async (trx) => trx.insertInto("jobs").values(row).execute());
 */
export async function inWriteTransaction<T>(
  db: Kysely<Database>,
  traits: BackendTraits,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  const open = openTransactions.get(db);
  if (open) {
    try {
      return await work(db);
    } catch (error) {
      open.failed ??= error;
      throw error;
    }
  }
  const run = async (trx: Kysely<Database>) => {
    const state = { failed: undefined as unknown };
    openTransactions.set(trx, state);
    try {
      const result = await work(trx);
      if (state.failed !== undefined) throw errors.batchFailed(state.failed);
      return result;
    } finally {
      openTransactions.delete(trx);
    }
  };
  if (traits.writeTransaction === "begin") return db.transaction().execute(run);
  // Kysely's own SQLite transaction issues a deferred BEGIN, so reserve the single connection and
  // issue BEGIN IMMEDIATE ourselves. The connection mutex also serialises callers within this store.
  return db.connection().execute(async (conn) => {
    await beginImmediate(conn);
    try {
      const result = await run(conn);
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
