/**
 * Migration 006 (issue 7, staying up under hostile input), in steps that are applied once each:
 * - `006_job_quarantine`: jobs remember the code of their last failure and how many failures in a row
 *   had it, so a job failing twice for the same reason is quarantined instead of retried forever.
 * - `006_search_folded`: the full-text index holds text folded for search (Arabic normalised, clitics
 *   stripped; see search-text.ts), written by the stores; existing reports are re-indexed.
 */
import type { Kysely } from "kysely";
import type { Database } from "../schema.js";
import type { Migration } from "./index.js";

export const jobQuarantineMigration: Migration = {
  name: "006_job_quarantine",
  async up(db: Kysely<Database>) {
    await db.schema.alterTable("jobs").addColumn("last_error_code", "text").execute();
    await db.schema
      .alterTable("jobs")
      .addColumn("failure_streak", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
    // `r2p jobs failed` lists quarantined jobs newest first.
    await db.schema
      .createIndex("jobs_state_updated_idx")
      .on("jobs")
      .columns(["state", "updated_at"])
      .execute();
  },
};

export const searchFoldedMigration: Migration = {
  name: "006_search_folded",
  async up(db: Kysely<Database>, traits) {
    await traits.fts.indexFoldedText(db);
  },
};
