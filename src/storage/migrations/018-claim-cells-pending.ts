/**
 * `claim_cells_pending`: index rows (claim_cells' columns) that a bulk resolution into an empty store
 * appends instead of inserting them into claim_cells, and moves there in key order every few hundred
 * thousand rows and at the end of its time-ordered pass (pending-cells.ts). claim_cells is keyed by
 * place key first, so each transaction of that pass wrote a page of it per place key its claims had
 * (thousands), almost all of them again in the next transaction; appended, the rows take one page per
 * page's worth of rows. No primary key, no index: it is only ever appended to, read whole and emptied.
 */
import type { Kysely } from "kysely";
import type { Database } from "../schema.js";
import type { Migration } from "./index.js";

const FLOAT = "double precision";

export const claimCellsPendingMigration: Migration = {
  name: "018_claim_cells_pending",
  async up(db: Kysely<Database>) {
    await db.schema
      .createTable("claim_cells_pending")
      .addColumn("key", "text", (c) => c.notNull())
      .addColumn("day_from", "text", (c) => c.notNull())
      .addColumn("claim_id", "text", (c) => c.notNull())
      .addColumn("day_to", "text", (c) => c.notNull())
      .addColumn("event_type", "text", (c) => c.notNull())
      .addColumn("lat", FLOAT)
      .addColumn("lon", FLOAT)
      .addColumn("killed_min", "integer")
      .addColumn("killed_max", "integer")
      .addColumn("injured_min", "integer")
      .addColumn("injured_max", "integer")
      .addColumn("attackers", "text")
      .execute();
  },
};
