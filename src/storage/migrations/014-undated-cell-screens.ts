/**
 * An undated claim's own attackers and tolls (its `UndatedAnchor`) in the screening columns of its
 * place-key rows in claim_cells (killed_min … attackers, added by migration 013 for dated rows). A dated
 * claim looks up the undated claims at its place that it might anchor: only those whose attackers and
 * tolls agree with its own can fit it, and they are now the only ones read in full. Before, every
 * undated claim at the place was read, and a place gathers undated claims as the store grows. The JSON
 * `anchor` column stays null on undated rows. Existing undated claims' rows are filled from their stored
 * bodies, a page at a time.
 */
import type { Kysely } from "kysely";
import type { ResolvableClaim } from "../../domain/resolution.js";
import { cellRows } from "../incident-rows.js";
import type { Database } from "../schema.js";
import type { Migration } from "./index.js";

const PAGE = 1000;

export const undatedCellScreensMigration: Migration = {
  name: "014_undated_cell_screens",
  async up(db: Kysely<Database>) {
    let after = "";
    for (;;) {
      const rows = await db
        .selectFrom("incident_claims")
        .select(["claim_id", "body"])
        .where("layer", "=", "undated")
        .where("claim_id", ">", after)
        .orderBy("claim_id")
        .limit(PAGE)
        .execute();
      if (rows.length === 0) break;
      after = rows[rows.length - 1]!.claim_id;
      for (const row of rows)
        for (const cell of cellRows(JSON.parse(row.body) as ResolvableClaim)) {
          if (cell.attackers === null) continue;
          await db
            .updateTable("claim_cells")
            .set({
              killed_min: cell.killed_min,
              killed_max: cell.killed_max,
              injured_min: cell.injured_min,
              injured_max: cell.injured_max,
              attackers: cell.attackers,
            })
            .where("key", "=", cell.key)
            .where("day_from", "=", cell.day_from)
            .where("claim_id", "=", cell.claim_id)
            .execute();
        }
    }
  },
};
