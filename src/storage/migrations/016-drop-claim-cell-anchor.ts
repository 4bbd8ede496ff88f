/**
 * Drops the JSON `anchor` of claim_cells. Since migration 013 the screening columns (killed_min …
 * attackers) hold all of it (the event type is the row's own), and the two lookups that still read
 * the JSON now rebuild it from them (`anchorOfColumns`). It was the widest column of the index: about
 * ninety bytes on every place-key row of a dated claim, written again with every claim resolved, in
 * the one table whose pages each batch writes most of.
 */
import type { Kysely } from "kysely";
import type { Database } from "../schema.js";
import type { Migration } from "./index.js";

export const dropClaimCellAnchorMigration: Migration = {
  name: "016_drop_claim_cell_anchor",
  async up(db: Kysely<Database>) {
    await db.schema.alterTable("claim_cells").dropColumn("anchor").execute();
  },
};
