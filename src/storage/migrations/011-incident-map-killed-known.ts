/**
 * `incident_map.killed_known`: the list showed "killed 0" for incidents whose toll no source gave,
 * which reads as "nobody died". The column tells unknown from zero; existing rows are re-derived from
 * their incident's own record (only rows with killed 0 can be unknown). The clustering index is rebuilt
 * with the new column, so map clusters still read only the index, never the table rows.
 */
import { sql, type Kysely } from "kysely";
import type { Database } from "../schema.js";
import type { Migration } from "./index.js";

export const incidentMapKilledKnownMigration: Migration = {
  name: "011_incident_map_killed_known",
  async up(db: Kysely<Database>) {
    await db.schema
      .alterTable("incident_map")
      .addColumn("killed_known", "integer", (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema
      .createIndex("incident_map_cluster_known_idx")
      .on("incident_map")
      .columns(["lat", "lon", "grade", "killed", "killed_known", "event_type", "incident_id"])
      .execute();
    await db.schema.dropIndex("incident_map_cluster_idx").execute();
    const zeroes = await db
      .selectFrom("incident_map")
      .innerJoin("incidents", "incidents.id", "incident_map.incident_id")
      .select(["incident_map.incident_id as id", "incidents.body as body"])
      .where("incident_map.killed", "=", 0)
      .execute();
    const unknown = zeroes
      .filter((row) => {
        const body = JSON.parse(row.body) as { casualties?: { killed?: { point?: unknown } | null } };
        return body.casualties?.killed?.point == null;
      })
      .map((row) => row.id);
    for (let i = 0; i < unknown.length; i += 500) {
      await db
        .updateTable("incident_map")
        .set({ killed_known: sql.lit(0) })
        .where("incident_id", "in", unknown.slice(i, i + 500))
        .execute();
    }
  },
};
