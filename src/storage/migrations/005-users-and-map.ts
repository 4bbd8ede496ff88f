/**
 * Users, sessions and API tokens (issue 11), and `incident_map`: the filterable, indexed columns of
 * every incident (day, coordinates, grade, type, killed…) so the map and the list answer bounding-box
 * and filter queries over 100,000 incidents without parsing incident bodies.
 *
 * Secrets are never stored: sessions and API tokens are kept as sha256 of the random token, passwords
 * as scrypt hashes (src/server/auth/password-hash.ts).
 */
import type { Kysely } from "kysely";
import type { Database } from "../schema.js";
import type { Migration } from "./index.js";

const FLOAT = "double precision";

export const usersAndMapMigration: Migration = {
  name: "005_users_and_map",
  async up(db: Kysely<Database>) {
    await db.schema
      .createTable("users")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("name", "text", (c) => c.notNull().unique())
      .addColumn("role", "text", (c) => c.notNull())
      .addColumn("password_hash", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("sessions")
      .addColumn("token_hash", "text", (c) => c.primaryKey())
      .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
      .addColumn("csrf_token", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("expires_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("sessions_user_idx").on("sessions").column("user_id").execute();

    await db.schema
      .createTable("api_tokens")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("token_hash", "text", (c) => c.notNull().unique())
      .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
      .addColumn("label", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("revoked_at", "text")
      .execute();

    await db.schema
      .createTable("incident_map")
      .addColumn("incident_id", "text", (c) => c.primaryKey())
      // '' when the day is unknown, so keyset paging on (day, id) never meets a NULL.
      .addColumn("day", "text", (c) => c.notNull())
      .addColumn("lat", FLOAT)
      .addColumn("lon", FLOAT)
      .addColumn("event_type", "text", (c) => c.notNull())
      .addColumn("grade", "text", (c) => c.notNull())
      .addColumn("review_status", "text", (c) => c.notNull())
      .addColumn("killed", "integer", (c) => c.notNull())
      .addColumn("country", "text")
      .addColumn("admin1", "text")
      .addColumn("admin2", "text")
      .addColumn("place_name", "text")
      // Space-wrapped lists (" a b ") so one LIKE '% x %' matches a whole id on both backends.
      .addColumn("perpetrators", "text", (c) => c.notNull())
      .addColumn("sources", "text", (c) => c.notNull())
      .addColumn("crime_codes", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    // The list pages by (day desc, id desc); the map filters on day then on the coordinate box.
    await db.schema
      .createIndex("incident_map_day_idx")
      .on("incident_map")
      .columns(["day", "incident_id"])
      .execute();
    // Covering indexes: clustering and the timeline read only these columns, so they never touch the
    // table rows (100,000 random row lookups cost more than the whole scan).
    await db.schema
      .createIndex("incident_map_cluster_idx")
      .on("incident_map")
      .columns(["lat", "lon", "grade", "killed", "event_type", "incident_id"])
      .execute();
    await db.schema
      .createIndex("incident_map_day_killed_idx")
      .on("incident_map")
      .columns(["day", "killed"])
      .execute();
    await db.schema.createIndex("incident_map_admin1_idx").on("incident_map").column("admin1").execute();
    await db.schema.createIndex("incident_map_grade_idx").on("incident_map").column("grade").execute();
  },
};
