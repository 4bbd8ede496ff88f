/**
 * Incidents, their claims and the source registry (issue 9):
 * - `source_registry`: the source registry (the whole SourceRecord as canonical JSON, plus columns for
 *   lists) and where a row came from (the built-in seed, or a user). It is a table of its own because
 *   `sources` (001) already holds one row per publisher name seen on a report, with a unique name, that
 *   the report store writes on every save; a registry entry and a publisher row may share a name;
 * - `incidents` gains the columns lists filter and sort on (date, admin1, grade, review status), the
 *   analyst's decisions (review, pinned, overrides) and a content hash that makes re-resolution a no-op
 *   when nothing changed;
 * - `incident_claims`: every resolved claim, its incident and why it is there;
 * - `incident_claim_keys`: the place + day index (one row per place key of a claim, with its first
 *   day) through which a new claim finds the claims it may belong with;
 * - `resolved_reports`: which extraction of a report was resolved, by which resolver version.
 */
import type { Kysely } from "kysely";
import type { Database } from "../schema.js";
import type { Migration } from "./index.js";

// See 001: a 64-bit float on PostgreSQL, REAL affinity on SQLite.
const FLOAT = "double precision";

export const incidentsMigration: Migration = {
  name: "003_incidents_sources",
  async up(db: Kysely<Database>) {
    await db.schema
      .createTable("source_registry")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("reliability", "text", (c) => c.notNull())
      .addColumn("partisan", "integer", (c) => c.notNull())
      .addColumn("body", "text", (c) => c.notNull())
      .addColumn("origin", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();

    // SQLite adds one column per ALTER TABLE statement.
    for (const [name, type] of [
      ["updated_at", "text"],
      ["event_type", "text"],
      ["date_start", "text"],
      ["date_end", "text"],
      ["admin1", "text"],
      ["place_name", "text"],
      ["grade", "text"],
      ["review", "text"],
      ["overrides", "text"],
      ["content_hash", "text"],
    ] as const)
      await db.schema.alterTable("incidents").addColumn(name, type).execute();
    await db.schema
      .alterTable("incidents")
      .addColumn("review_status", "text", (c) => c.notNull().defaultTo("unreviewed"))
      .execute();
    await db.schema
      .alterTable("incidents")
      .addColumn("pinned", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .alterTable("incidents")
      .addColumn("claim_count", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable("incidents").addColumn("lat", FLOAT).execute();
    await db.schema.alterTable("incidents").addColumn("lon", FLOAT).execute();
    await db.schema.createIndex("incidents_date_idx").on("incidents").columns(["date_start", "id"]).execute();
    await db.schema
      .createIndex("incidents_admin1_idx")
      .on("incidents")
      .columns(["admin1", "date_start"])
      .execute();
    await db.schema
      .createIndex("incidents_grade_idx")
      .on("incidents")
      .columns(["grade", "date_start"])
      .execute();

    await db.schema
      .createTable("incident_claims")
      .addColumn("claim_id", "text", (c) => c.primaryKey())
      .addColumn("report_id", "text", (c) => c.notNull())
      .addColumn("incident_id", "text", (c) => c.notNull())
      .addColumn("source_id", "text", (c) => c.notNull())
      .addColumn("layer", "text", (c) => c.notNull())
      .addColumn("day_from", "text")
      .addColumn("day_to", "text")
      .addColumn("pinned", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("body", "text", (c) => c.notNull())
      .addColumn("match", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("incident_claims_incident_idx")
      .on("incident_claims")
      .column("incident_id")
      .execute();
    await db.schema
      .createIndex("incident_claims_report_idx")
      .on("incident_claims")
      .column("report_id")
      .execute();
    await db.schema
      .createIndex("incident_claims_source_idx")
      .on("incident_claims")
      .column("source_id")
      .execute();

    await db.schema
      .createTable("incident_claim_keys")
      .addColumn("key", "text", (c) => c.notNull())
      .addColumn("claim_id", "text", (c) => c.notNull())
      .addColumn("day_from", "text")
      .addColumn("day_to", "text")
      .addPrimaryKeyConstraint("incident_claim_keys_pk", ["key", "claim_id"])
      .execute();
    await db.schema
      .createIndex("incident_claim_keys_day_idx")
      .on("incident_claim_keys")
      .columns(["key", "day_from"])
      .execute();
    await db.schema
      .createIndex("incident_claim_keys_claim_idx")
      .on("incident_claim_keys")
      .column("claim_id")
      .execute();

    await db.schema
      .createTable("resolved_reports")
      .addColumn("report_id", "text", (c) => c.primaryKey())
      .addColumn("extraction_hash", "text", (c) => c.notNull())
      .addColumn("resolver_version", "text", (c) => c.notNull())
      .addColumn("claims", "integer", (c) => c.notNull())
      .addColumn("resolved_at", "text", (c) => c.notNull())
      .execute();
  },
};
