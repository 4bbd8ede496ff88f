/**
 * The place + day index as one compact table, `claim_cells`, keyed (key, day_from, claim_id) — on
 * SQLite WITHOUT ROWID, so the table is its own index. `incident_claim_keys` kept three B-trees (the
 * table, its primary key and a claim index, plus the covering overlap index of 010): resolving wrote
 * every index row four times, and those writes were the largest cost of a batch. Rows are removed by
 * their full key (the store knows a claim's keys from its stored body), so no claim index is needed.
 * Each row also says enough to screen what a lookup finds before reading it: the event type, the point
 * (grid-cell rows), and on a dated claim's place-key rows what an undated claim's join rule reads of it
 * (UndatedAnchor, `anchor`), so the history of a place is screened in the index.
 * Existing claims are indexed again from their stored bodies, a page at a time.
 */
import { sql, type Kysely } from "kysely";
import { undatedAnchorOf, type ResolvableClaim } from "../../domain/resolution.js";
import { cellRows } from "../incident-rows.js";
import type { Database } from "../schema.js";
import type { Migration } from "./index.js";

const PAGE = 1000;
const ROWS_PER_INSERT = 500;

export const claimCellsMigration: Migration = {
  name: "012_claim_cells",
  async up(db: Kysely<Database>, traits) {
    let table = db.schema
      .createTable("claim_cells")
      .addColumn("key", "text", (c) => c.notNull())
      .addColumn("day_from", "text", (c) => c.notNull())
      .addColumn("claim_id", "text", (c) => c.notNull())
      .addColumn("day_to", "text", (c) => c.notNull())
      .addColumn("event_type", "text", (c) => c.notNull())
      .addColumn("lat", "double precision")
      .addColumn("lon", "double precision")
      .addColumn("anchor", "text")
      .addPrimaryKeyConstraint("claim_cells_pk", ["key", "day_from", "claim_id"]);
    if (traits.backend === "sqlite") table = table.modifyEnd(sql`without rowid`);
    await table.execute();

    let after = "";
    for (;;) {
      const rows = await db
        .selectFrom("incident_claims")
        .select(["claim_id", "body"])
        .where("claim_id", ">", after)
        .orderBy("claim_id")
        .limit(PAGE)
        .execute();
      if (rows.length === 0) break;
      after = rows[rows.length - 1]!.claim_id;
      // The columns of this migration only (013 adds the toll columns and fills them from the JSON
      // anchor of a dated claim's place-key rows, which cellRows no longer writes: migration 016).
      const cells = rows.flatMap((row) => {
        const claim = JSON.parse(row.body) as ResolvableClaim;
        const anchor = claim.anchor.layer === "undated" ? null : undatedAnchorOf(claim);
        return cellRows(claim).map(
          ({ killed_min: _km, killed_max: _kx, injured_min: _im, injured_max: _ix, attackers, ...cell }) => ({
            ...cell,
            anchor: anchor && attackers !== null ? JSON.stringify(anchor) : null,
          }),
        );
      });
      for (let i = 0; i < cells.length; i += ROWS_PER_INSERT)
        await db
          .insertInto("claim_cells")
          .values(cells.slice(i, i + ROWS_PER_INSERT))
          .execute();
    }
    await db.schema.dropTable("incident_claim_keys").execute();
  },
};
