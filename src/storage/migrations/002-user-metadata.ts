/**
 * Adds reports.user_metadata: the metadata the user asserted (publication date, publisher, URL, media
 * type), as JSON, so that re-deriving a report from its original bytes (`r2p reports reparse`) keeps the
 * user's word over whatever the improved ingest stage detects. NULL marks rows stored before this
 * migration, whose provenance is unknown (see KyselyReportStore.userMetadata for how they are read).
 */
import type { Kysely } from "kysely";
import type { Database } from "../schema.js";
import type { Migration } from "./index.js";

export const userMetadataMigration: Migration = {
  name: "002_user_metadata",
  async up(db: Kysely<Database>) {
    await db.schema.alterTable("reports").addColumn("user_metadata", "text").execute();
  },
};
