/**
 * `incident_store_version`: one row holding a write stamp of resolution's tables (incident_claims,
 * claim_cells, incidents), a new random value set by every `apply` in its own transaction. A resolver
 * keeps the place + day index of recent days in memory between batches (claim-cell-cache.ts) while the
 * stamp is the one its last write left. The audit chain head said the same but moved with every report saved, so a live
 * system, where ingestion and resolution take turns, emptied that memory at every batch.
 * No row until the first write (an upsert makes it).
 */
import type { Kysely } from "kysely";
import type { Database } from "../schema.js";
import type { Migration } from "./index.js";

export const incidentStoreVersionMigration: Migration = {
  name: "015_incident_store_version",
  async up(db: Kysely<Database>) {
    await db.schema
      .createTable("incident_store_version")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("version", "bigint", (c) => c.notNull())
      .execute();
  },
};
