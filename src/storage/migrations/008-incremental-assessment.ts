/**
 * Incremental assessment and analyst decisions (issue 10). Each stored assessment remembers the input it
 * was computed from (a hash of the incident, its reports' dates, the pattern around it and the rules
 * version) and the series it counted in (keys, event day, known day), so assessment after ingest
 * re-qualifies only incidents whose input changed and replays alerts only for the areas and
 * perpetrators they touch, old and new. NULL (rows from before) counts as changed. The analyst queue
 * gains the decision an analyst recorded with the note.
 */
import type { Kysely } from "kysely";
import type { Database } from "../schema.js";
import type { Migration } from "./index.js";

export const incrementalAssessmentMigration: Migration = {
  name: "008_incremental_assessment",
  async up(db: Kysely<Database>) {
    await db.schema.alterTable("incident_assessments").addColumn("input_hash", "text").execute();
    await db.schema.alterTable("incident_assessments").addColumn("series_view", "text").execute();
    await db.schema.alterTable("analyst_queue").addColumn("decision", "text").execute();
  },
};
