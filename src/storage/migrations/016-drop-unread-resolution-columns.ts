/**
 * Drops what resolution writes in every batch and nothing reads:
 * - the JSON `anchor` of claim_cells. Since migration 013 the screening columns (killed_min …
 *   attackers) hold all of it (the event type is the row's own), and the two lookups that read the
 *   JSON now rebuild it from them (`anchorOfColumns`). It was the widest column of the index: about
 *   ninety bytes on every place-key row of a dated claim;
 * - `incidents_place_day_idx` (place_key, day), from the first schema: no query has used it since
 *   resolution found claims through their own index (incident_claim_keys, then claim_cells), and, keyed
 *   by place, it took a page per place each batch touched, like the index that replaced it.
 */
import type { Kysely } from "kysely";
import type { Database } from "../schema.js";
import type { Migration } from "./index.js";

export const dropUnreadResolutionColumnsMigration: Migration = {
  name: "016_drop_unread_resolution_columns",
  async up(db: Kysely<Database>) {
    await db.schema.alterTable("claim_cells").dropColumn("anchor").execute();
    await db.schema.dropIndex("incidents_place_day_idx").execute();
  },
};
