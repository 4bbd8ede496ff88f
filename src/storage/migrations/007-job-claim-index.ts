/**
 * An index in the claim's own order. The old (state, run_after) index left the created_at tie-break
 * to a sort of every queued job on each claim, so draining a queue of n jobs cost n² row reads
 * (1.5 ms per claim with 300 queued). With (state, run_after, created_at) the next job is the first
 * index entry; it replaces the old index, whose columns it starts with.
 */
import type { Kysely } from "kysely";
import type { Database } from "../schema.js";
import type { Migration } from "./index.js";

export const jobClaimIndexMigration: Migration = {
  name: "007_job_claim_index",
  async up(db: Kysely<Database>) {
    await db.schema
      .createIndex("jobs_claim_order_idx")
      .on("jobs")
      .columns(["state", "run_after", "created_at"])
      .execute();
    await db.schema.dropIndex("jobs_runnable_idx").execute();
  },
};
