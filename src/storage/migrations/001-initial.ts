/**
 * The initial schema, written once with Kysely's schema builder for both backends; the few backend
 * differences (blob type, full-text index) come from BackendTraits.
 */
import type { Kysely } from "kysely";
import type { Database } from "../schema.js";
import type { Migration } from "./index.js";

// "double precision" is a 64-bit float on PostgreSQL and REAL affinity on SQLite; Kysely's "real" would
// be a 32-bit float on PostgreSQL and lose coordinate precision.
const FLOAT = "double precision";

export const initialMigration: Migration = {
  name: "001_initial",
  async up(db: Kysely<Database>, traits) {
    await db.schema
      .createTable("sources")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("name", "text", (c) => c.notNull().unique())
      .addColumn("kind", "text")
      .addColumn("partisan", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("reliability", "text", (c) => c.notNull().defaultTo("F"))
      .addColumn("language", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("reports")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("byte_length", "integer", (c) => c.notNull())
      .addColumn("media_type", "text", (c) => c.notNull())
      .addColumn("encoding", "text", (c) => c.notNull())
      .addColumn("original_name", "text")
      .addColumn("retrieved_at", "text", (c) => c.notNull())
      .addColumn("url", "text")
      .addColumn("publisher", "text")
      .addColumn("source_id", "text", (c) => c.references("sources.id"))
      .addColumn("originators", "text", (c) => c.notNull())
      .addColumn("published_at", "text")
      .addColumn("language", "text")
      .addColumn("title", "text")
      .addColumn("byline", "text")
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("removed", "text", (c) => c.notNull())
      .addColumn("related", "text", (c) => c.notNull())
      .addColumn("keywords", "text", (c) => c.notNull())
      .addColumn("caveats", "text", (c) => c.notNull())
      .addColumn("stored_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("reports_retrieved_at_idx")
      .on("reports")
      .columns(["retrieved_at", "id"])
      .execute();
    await db.schema.createIndex("reports_source_idx").on("reports").column("source_id").execute();
    await traits.fts.createIndex(db);

    // No foreign key to reports: originals are written first and verified on their own (a report row
    // without its original is reported by verifyOriginals, not prevented).
    await db.schema
      .createTable("originals")
      .addColumn("sha256", "text", (c) => c.primaryKey())
      .addColumn("bytes", traits.blobType, (c) => c.notNull())
      .addColumn("byte_length", "integer", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("claims")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("report_id", "text", (c) => c.notNull().references("reports.id"))
      .addColumn("ordinal", "integer", (c) => c.notNull())
      .addColumn("event_type", "text", (c) => c.notNull())
      .addColumn("place_mention", "text", (c) => c.notNull())
      .addColumn("gazetteer_id", "text")
      .addColumn("lat", FLOAT)
      .addColumn("lon", FLOAT)
      .addColumn("admin1", "text")
      .addColumn("date_start", "text")
      .addColumn("date_end", "text")
      .addColumn("group_id", "text")
      .addColumn("body", "text", (c) => c.notNull())
      .addUniqueConstraint("claims_report_ordinal_uq", ["report_id", "ordinal"])
      .execute();
    await db.schema.createIndex("claims_date_idx").on("claims").columns(["date_start", "admin1"]).execute();
    await db.schema.createIndex("claims_gazetteer_idx").on("claims").column("gazetteer_id").execute();

    await db.schema
      .createTable("statements")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("report_id", "text", (c) => c.notNull().references("reports.id"))
      .addColumn("ordinal", "integer", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("body", "text", (c) => c.notNull())
      .addUniqueConstraint("statements_report_ordinal_uq", ["report_id", "ordinal"])
      .execute();

    await db.schema
      .createTable("extractions")
      .addColumn("report_id", "text", (c) => c.primaryKey().references("reports.id"))
      .addColumn("extractor_version", "text", (c) => c.notNull())
      .addColumn("extracted_at", "text", (c) => c.notNull())
      .addColumn("header", "text", (c) => c.notNull())
      .addColumn("content_hash", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("incidents")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("place_key", "text", (c) => c.notNull())
      .addColumn("day", "text")
      .addColumn("body", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("incidents_place_day_idx")
      .on("incidents")
      .columns(["place_key", "day"])
      .execute();

    // seq is assigned by the appender (last seq + 1 under the audit lock), not by a sequence: a
    // sequence leaves gaps on rollback, and gaps are how deletions are detected.
    await db.schema
      .createTable("audit_events")
      .addColumn("seq", "integer", (c) => c.primaryKey())
      .addColumn("at", "text", (c) => c.notNull())
      .addColumn("actor", "text", (c) => c.notNull())
      .addColumn("action", "text", (c) => c.notNull())
      .addColumn("subject_type", "text", (c) => c.notNull())
      .addColumn("subject_id", "text", (c) => c.notNull())
      .addColumn("before_hash", "text")
      .addColumn("after_hash", "text")
      .addColumn("detail", "text", (c) => c.notNull())
      .addColumn("prev_hash", "text", (c) => c.notNull())
      .addColumn("hash", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("audit_subject_idx")
      .on("audit_events")
      .columns(["subject_id", "seq"])
      .execute();

    await db.schema
      .createTable("jobs")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("key", "text", (c) => c.notNull())
      .addColumn("payload", "text", (c) => c.notNull())
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("last_error", "text")
      .addColumn("run_after", "text", (c) => c.notNull())
      .addColumn("locked_by", "text")
      .addColumn("locked_until", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addUniqueConstraint("jobs_name_key_uq", ["name", "key"])
      .execute();
    await db.schema.createIndex("jobs_runnable_idx").on("jobs").columns(["state", "run_after"]).execute();

    await db.schema
      .createTable("places")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("dataset", "text", (c) => c.notNull())
      .addColumn("body", "text", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("admin1", "text")
      .addColumn("lat", FLOAT, (c) => c.notNull())
      .addColumn("lon", FLOAT, (c) => c.notNull())
      .execute();
    await db.schema.createIndex("places_dataset_idx").on("places").column("dataset").execute();
  },
};
