/**
 * The tolls and attackers of a dated claim's anchor as columns of its claim_cells rows (killed_min,
 * killed_max, injured_min, injured_max, attackers), so that an undated claim's search of a place's
 * history tests toll agreement and screens attackers in SQL: at a busy place most rows fail them, and
 * each had been handed to JavaScript and its anchor parsed to learn so. Existing rows are filled from
 * their stored anchors.
 */
import { sql, type Kysely } from "kysely";
import type { UndatedAnchor } from "../../domain/resolution.js";
import { anchorColumns } from "../incident-rows.js";
import type { Database } from "../schema.js";
import type { Migration } from "./index.js";

const PAGE = 1000;

export const claimCellScreensMigration: Migration = {
  name: "013_claim_cell_screens",
  async up(db: Kysely<Database>) {
    for (const column of ["killed_min", "killed_max", "injured_min", "injured_max"])
      await db.schema.alterTable("claim_cells").addColumn(column, "integer").execute();
    await db.schema.alterTable("claim_cells").addColumn("attackers", "text").execute();
    // Page through the rows that carry an anchor by their primary key, filling the columns.
    let after: { key: string; day_from: string; claim_id: string } | null = null;
    for (;;) {
      let query = db
        .selectFrom("claim_cells")
        .select(["key", "day_from", "claim_id", "anchor"])
        .where("anchor", "is not", null);
      const cursor = after;
      if (cursor)
        query = query.where(
          sql<boolean>`(${sql.ref("key")}, ${sql.ref("day_from")}, ${sql.ref("claim_id")}) > (${cursor.key}, ${cursor.day_from}, ${cursor.claim_id})`,
        );
      const rows = await query.orderBy("key").orderBy("day_from").orderBy("claim_id").limit(PAGE).execute();
      if (rows.length === 0) break;
      for (const row of rows)
        await db
          .updateTable("claim_cells")
          .set(anchorColumns(JSON.parse(row.anchor as string) as UndatedAnchor))
          .where("key", "=", row.key)
          .where("day_from", "=", row.day_from)
          .where("claim_id", "=", row.claim_id)
          .execute();
      const last = rows[rows.length - 1]!;
      after = { key: last.key, day_from: last.day_from, claim_id: last.claim_id };
    }
  },
};
