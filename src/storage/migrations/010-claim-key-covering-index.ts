/**
 * The place + day index of resolved claims, covering. A claim looks for the claims whose days overlap
 * its own: those starting at most a month (the widest window) before it and ending on or after its
 * first day. With (key, day_from) only, every entry of that month cost a table row read to learn its
 * day_to and claim id; with (key, day_from, day_to, claim_id) the scan never leaves the index, which
 * at a million claims made these lookups the largest cost of resolving a batch. It replaces the old
 * index, whose columns it starts with.
 */
import type { Kysely } from "kysely";
import type { Database } from "../schema.js";
import type { Migration } from "./index.js";

export const claimKeyCoveringIndexMigration: Migration = {
  name: "010_claim_key_covering_index",
  async up(db: Kysely<Database>) {
    await db.schema
      .createIndex("incident_claim_keys_overlap_idx")
      .on("incident_claim_keys")
      .columns(["key", "day_from", "day_to", "claim_id"])
      .execute();
    await db.schema.dropIndex("incident_claim_keys_day_idx").execute();
  },
};
