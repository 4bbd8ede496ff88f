/**
 * Index rows waiting to enter the place + day index (claim_cells_pending, migration 018). A bulk
 * resolution into an empty store writes every claim once, in time order, and reads no index row in
 * its time-ordered pass; claim_cells is keyed by place key first, so inserting each transaction's rows
 * there wrote a page per place key (thousands of pages a transaction, nearly all of them written again
 * by the next one). That pass appends them here instead, and they are moved into claim_cells in key
 * order, each page once, every PENDING_MOVE_ROWS rows and when the pass ends.
 *
 * The pending rows are part of the index: whoever reads claim_cells (`settlePendingCells` at the start
 * of a transaction's first lookup, and every open of the store) moves them first, under the resolution
 * lock, so a lookup answers the same whether they were moved or not. A run that stops leaves them to
 * its `finally` or to the next open.
 */
import { sql, type Kysely } from "kysely";
import type { BackendTraits } from "./backend-traits.js";
import type { Database } from "./schema.js";
import { inWriteTransaction, serialise } from "./transaction.js";

/**
 * Pending rows at which a bulk run moves them (about 35 MB): each move writes a page per place key
 * once, and the pages the pending rows took are free again for the next ones, so the store file does
 * not keep the whole pass's worth of them.
 */
export const PENDING_MOVE_ROWS = 300_000;

/** A store's pending index rows since they were last moved, and how many it moves at once. */
export interface PendingCount {
  rows: number;
  moveEvery: number;
}

const COLUMNS = sql.raw(
  "key, day_from, claim_id, day_to, event_type, lat, lon, killed_min, killed_max, injured_min, injured_max, attackers",
);

/** Whether any row is pending (a read of one row at most). */
export async function hasPendingCells(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom("claim_cells_pending").select("key").limit(1).executeTakeFirst();
  return row !== undefined;
}

/**
 * Moves the pending rows into claim_cells in key order and empties the table, inside the caller's
 * transaction, which must hold the resolution lock (nobody appends meanwhile). A row already in
 * claim_cells (none should be) is kept once. `where true`: SQLite's parser needs a WHERE before an
 * upsert's ON CONFLICT in an INSERT … SELECT.
 */
export async function movePendingCells(trx: Kysely<Database>): Promise<void> {
  await sql`insert into claim_cells (${COLUMNS}) select ${COLUMNS} from claim_cells_pending where true order by key, day_from, claim_id on conflict do nothing`.execute(
    trx,
  );
  await trx.deleteFrom("claim_cells_pending").execute();
}

/**
 * Moves pending rows, if any, in a write transaction of its own holding the resolution lock (at the
 * open of the store and at the end of a bulk run's time-ordered pass). None pending, it only reads.
 */
export async function settlePendingCells(db: Kysely<Database>, traits: BackendTraits): Promise<void> {
  if (!(await hasPendingCells(db))) return;
  await inWriteTransaction(db, traits, async (trx) => {
    await serialise(trx, traits, "resolve");
    if (await hasPendingCells(trx)) await movePendingCells(trx);
  });
}
