/**
 * Migration 012 on both backends: a store whose claims were indexed in `incident_claim_keys` (as the
 * release before it wrote them) gets them indexed again in `claim_cells` from their stored bodies —
 * dated, window and undated claims, with the undated-join anchor only where a claim has one — and the
 * old table is gone; then migration 013 copies the anchors' tolls and attackers into their columns, and
 * 014 fills those columns on an undated claim's place-key rows with its own attackers and tolls; 016
 * drops the JSON anchor, which those columns now hold.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { sql, type Kysely } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { backendTraits, type BackendTraits } from "../../src/storage/backend-traits.js";
import { runMigrations } from "../../src/storage/migrate.js";
import { migrations } from "../../src/storage/migrations/index.js";
import { anchorOfColumns } from "../../src/storage/incident-rows.js";
import { createPostgresDb } from "../../src/storage/postgres/postgres-dialect.js";
import type { Database } from "../../src/storage/schema.js";
import { createSqliteDb } from "../../src/storage/sqlite/sqlite-dialect.js";
import { makeClaim, resolvable } from "../contracts/incident-fixtures.js";

const pgUrl = process.env.R2P_TEST_DATABASE_URL || null;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function openSqlite(): Promise<{ db: Kysely<Database>; traits: BackendTraits }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "r2p-cells-"));
  const db = createSqliteDb(dir);
  cleanups.push(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });
  return { db, traits: backendTraits.sqlite };
}

async function openPostgres(): Promise<{ db: Kysely<Database>; traits: BackendTraits }> {
  const schema = `r2p_cells_${randomBytes(4).toString("hex")}`;
  const db = await createPostgresDb(pgUrl!, schema);
  cleanups.push(async () => {
    await db.destroy();
    const admin = await createPostgresDb(pgUrl!, "public");
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin);
    await admin.destroy();
  });
  return { db, traits: backendTraits.postgres };
}

const R1 = "a".repeat(64);
const R2 = "b".repeat(64);

for (const [name, open] of [
  ["sqlite", openSqlite],
  ["postgres", openPostgres],
] as const) {
  const declare = name === "postgres" && !pgUrl ? describe.skip : describe;
  declare(`migration 012 (claim_cells) [${name}]`, () => {
    it("indexes the stored claims again from their bodies and drops the old index", async () => {
      const { db, traits } = await open();
      const before = migrations.findIndex((m) => m.name === "012_claim_cells");
      expect(before).toBeGreaterThan(0);
      await runMigrations(db, traits, migrations.slice(0, before));
      const [dated, nobody] = resolvable(R1, [
        makeClaim("2025-02-27"),
        makeClaim("2025-02-27", { perpetrators: [] }),
      ]);
      const [undated] = resolvable(R2, [makeClaim(null)]);
      for (const claim of [dated!, nobody!, undated!]) {
        const day = claim.anchor.layer === "undated" ? null : claim.anchor.from;
        await db
          .insertInto("incident_claims")
          .values({
            claim_id: claim.id,
            report_id: claim.reportId,
            incident_id: "inc_00000000000000e1",
            source_id: claim.source.id,
            layer: claim.anchor.layer,
            day_from: day,
            day_to: day,
            pinned: 0,
            body: JSON.stringify(claim),
            match: "null",
          })
          .execute();
        for (const key of [...claim.place.keys, claim.place.cell!])
          await db
            .insertInto("incident_claim_keys")
            .values({ key, claim_id: claim.id, day_from: day, day_to: day })
            .execute();
      }

      const upTo014 = migrations.findIndex((m) => m.name === "014_undated_cell_screens");
      expect(await runMigrations(db, traits, migrations.slice(0, upTo014))).toEqual(
        migrations.slice(before, upTo014).map((m) => m.name),
      );
      const cells = await db
        .selectFrom("claim_cells")
        .selectAll()
        .orderBy("claim_id")
        .orderBy("key")
        .execute();
      const keys = dated!.place.keys.length + 1;
      expect(cells).toHaveLength(keys * 3);
      const of = (id: string) => cells.filter((c) => c.claim_id === id);
      expect(of(dated!.id).map((c) => [c.day_from, c.day_to])).toEqual(
        Array(keys).fill(["2025-02-27", "2025-02-27"]),
      );
      expect(of(dated!.id)[0]!.key.startsWith("e:")).toBe(true);
      expect(JSON.parse(of(dated!.id)[0]!.anchor!)).toEqual({
        eventType: "shelling",
        actors: ["SY_GOV_ASSAD"],
        killed: { min: 2, max: 2 },
        injured: null,
      });
      // Every row screens on the type; grid-cell rows carry the point and no anchor (undated claims
      // search place keys only).
      expect(cells.every((c) => c.event_type === "shelling")).toBe(true);
      for (const c of cells) {
        const cell = c.key.startsWith("g:");
        expect([c.lat !== null, c.lon !== null]).toEqual([cell, cell]);
        if (cell) expect(c.anchor).toBeNull();
      }
      // No attacker named: no undated claim can join through it.
      expect(of(nobody!.id).every((c) => c.anchor === null)).toBe(true);
      expect(of(undated!.id).map((c) => [c.day_from, c.anchor])).toEqual(Array(keys).fill(["", null]));
      await expect(db.selectFrom("incident_claim_keys").selectAll().execute()).rejects.toThrow();
      // Migration 013: the anchor's tolls as numbers, on the rows that carry an anchor only.
      const tolls = (c: (typeof cells)[number]) =>
        [c.killed_min, c.killed_max, c.injured_min, c.injured_max].map((v) =>
          v === null ? null : Number(v),
        );
      for (const c of cells)
        expect(tolls(c)).toEqual(c.anchor ? [2, 2, null, null] : [null, null, null, null]);
      expect(cells.filter((c) => c.anchor !== null)).toHaveLength(dated!.place.keys.length);
      for (const c of cells) expect(c.attackers).toBe(c.anchor ? "|SY_GOV_ASSAD|" : null);

      // Migration 014: the undated claim's own attackers and tolls on its place-key rows (not on its
      // grid-cell row), its JSON anchor still null; dated rows unchanged.
      const upTo016 = migrations.findIndex((m) => m.name === "016_drop_unread_resolution_columns");
      expect(await runMigrations(db, traits, migrations.slice(0, upTo016))).toEqual(
        migrations.slice(upTo014, upTo016).map((m) => m.name),
      );
      const after = await db
        .selectFrom("claim_cells")
        .selectAll()
        .orderBy("claim_id")
        .orderBy("key")
        .execute();
      for (const c of after) {
        const undatedPlaceRow = c.claim_id === undated!.id && !c.key.startsWith("g:");
        const old = cells.find((o) => o.claim_id === c.claim_id && o.key === c.key)!;
        expect(c.anchor).toBe(old.anchor);
        expect(tolls(c)).toEqual(undatedPlaceRow ? [2, 2, null, null] : tolls(old));
        expect(c.attackers).toBe(undatedPlaceRow ? "|SY_GOV_ASSAD|" : old.attackers);
      }
      expect(after.filter((c) => c.claim_id === undated!.id && c.attackers !== null)).toHaveLength(
        undated!.place.keys.length,
      );

      // Migration 016: the JSON anchor goes; every other column stays, and the anchor read back from
      // the screening columns is the one the JSON held.
      expect(await runMigrations(db, traits)).toEqual(migrations.slice(upTo016).map((m) => m.name));
      const slim = await db
        .selectFrom("claim_cells")
        .selectAll()
        .orderBy("claim_id")
        .orderBy("key")
        .execute();
      expect(slim).toEqual(after.map(({ anchor: _anchor, ...rest }) => rest));
      for (const [i, c] of after.entries())
        if (c.anchor !== null)
          expect(anchorOfColumns(slim[i]!.event_type, slim[i]!)).toEqual(JSON.parse(c.anchor!));
    });
  });
}
