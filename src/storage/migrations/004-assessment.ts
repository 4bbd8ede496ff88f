/**
 * Assessment storage (issue 10): incident qualifications and the analyst queue, alerts, subscriptions,
 * the delivery outbox, and analyst-set risk indicators. Bodies are JSON text; the columns beside them
 * exist to filter and order without parsing.
 */
import type { Kysely } from "kysely";
import type { Database } from "../schema.js";
import type { Migration } from "./index.js";

export const assessmentMigration: Migration = {
  name: "004_assessment",
  async up(db: Kysely<Database>) {
    await db.schema
      .createTable("incident_assessments")
      .addColumn("incident_id", "text", (c) => c.primaryKey())
      .addColumn("situation_id", "text", (c) => c.notNull())
      .addColumn("rules_version", "text", (c) => c.notNull())
      .addColumn("max_level", "text", (c) => c.notNull())
      .addColumn("body", "text", (c) => c.notNull())
      .addColumn("content_hash", "text", (c) => c.notNull())
      .addColumn("assessed_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("incident_assessments_situation_idx")
      .on("incident_assessments")
      .column("situation_id")
      .execute();

    await db.schema
      .createTable("analyst_queue")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("incident_id", "text", (c) => c.notNull())
      .addColumn("code", "text", (c) => c.notNull())
      .addColumn("reason", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("resolved_by", "text")
      .addColumn("resolved_at", "text")
      .addColumn("note", "text")
      .execute();

    await db.schema
      .createTable("alerts")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("situation_id", "text", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("scope", "text", (c) => c.notNull())
      .addColumn("admin1", "text")
      .addColumn("admin2", "text")
      .addColumn("perpetrator_id", "text")
      .addColumn("date", "text", (c) => c.notNull())
      .addColumn("raised_as_of", "text", (c) => c.notNull())
      .addColumn("grade", "text", (c) => c.notNull())
      .addColumn("body", "text", (c) => c.notNull())
      .addColumn("content_hash", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("alerts_date_idx").on("alerts").columns(["situation_id", "date"]).execute();
    await db.schema.createIndex("alerts_raised_idx").on("alerts").columns(["raised_as_of", "id"]).execute();

    await db.schema
      .createTable("subscriptions")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("channel", "text", (c) => c.notNull())
      .addColumn("target", "text", (c) => c.notNull())
      .addColumn("secret", "text")
      .addColumn("filter", "text", (c) => c.notNull())
      .addColumn("active", "integer", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("outbox")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("alert_id", "text", (c) => c.notNull().references("alerts.id"))
      .addColumn("subscription_id", "text", (c) => c.notNull().references("subscriptions.id"))
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("attempts", "integer", (c) => c.notNull())
      .addColumn("next_attempt_at", "text", (c) => c.notNull())
      .addColumn("locked_until", "text")
      .addColumn("last_error", "text")
      .addColumn("delivered_at", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addUniqueConstraint("outbox_alert_subscription_uq", ["alert_id", "subscription_id"])
      .execute();
    await db.schema
      .createIndex("outbox_due_idx")
      .on("outbox")
      .columns(["state", "next_attempt_at"])
      .execute();

    await db.schema
      .createTable("analyst_indicators")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("situation_id", "text", (c) => c.notNull())
      .addColumn("indicator_id", "text", (c) => c.notNull())
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("note", "text", (c) => c.notNull())
      .addColumn("evidence", "text", (c) => c.notNull())
      .addColumn("set_by", "text", (c) => c.notNull())
      .addColumn("set_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("analyst_indicators_situation_idx")
      .on("analyst_indicators")
      .columns(["situation_id", "indicator_id", "set_at"])
      .execute();
  },
};
