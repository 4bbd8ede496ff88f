/**
 * Migration 018 on both backends: a store resolved before it (claims, their index rows and an
 * incident, as the release before wrote them) gains an empty claim_cells_pending and keeps its index:
 * a lookup finds the claims as before, and a resolution writing the same incident again writes nothing.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { sql, type Kysely } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { backendTraits, type BackendTraits } from "../../src/storage/backend-traits.js";
import { cellRows, claimRow, incidentRow, serialiseIncident } from "../../src/storage/incident-rows.js";
import { runMigrations } from "../../src/storage/migrate.js";
import { migrations } from "../../src/storage/migrations/index.js";
import { openStore, type OpenStoreOptions } from "../../src/storage/open-store.js";
import { createPostgresDb } from "../../src/storage/postgres/postgres-dialect.js";
import type { Database } from "../../src/storage/schema.js";
import { createSqliteDb } from "../../src/storage/sqlite/sqlite-dialect.js";
import { incidentOf, makeClaim, meta, placed, resolvable } from "../contracts/incident-fixtures.js";

const pgUrl = process.env.R2P_TEST_DATABASE_URL || null;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

type Opened = {
  db: Kysely<Database>;
  reopen: () => Promise<Kysely<Database>>;
  traits: BackendTraits;
  options: OpenStoreOptions;
};

async function openSqlite(): Promise<Opened> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "r2p-pending-"));
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  return {
    db: createSqliteDb(dataDir),
    reopen: async () => createSqliteDb(dataDir),
    traits: backendTraits.sqlite,
    options: { dataDir, databaseUrl: null },
  };
}

async function openPostgres(): Promise<Opened> {
  const schema = `r2p_pending_${randomBytes(4).toString("hex")}`;
  cleanups.push(async () => {
    const admin = await createPostgresDb(pgUrl!, "public");
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin);
    await admin.destroy();
  });
  return {
    db: await createPostgresDb(pgUrl!, schema),
    reopen: () => createPostgresDb(pgUrl!, schema),
    traits: backendTraits.postgres,
    options: { dataDir: os.tmpdir(), databaseUrl: pgUrl, databaseSchema: schema },
  };
}

const R1 = "c".repeat(64);
const R2 = "d".repeat(64);

for (const [name, open] of [
  ["sqlite", openSqlite],
  ["postgres", openPostgres],
] as const) {
  const declare = name === "postgres" && !pgUrl ? describe.skip : describe;
  declare(`migration 018 (pending index rows) [${name}]`, () => {
    it("adds an empty claim_cells_pending; the index and the incidents read as before", async () => {
      const { db, reopen, traits, options } = await open();
      const upTo018 = migrations.findIndex((m) => m.name === "018_claim_cells_pending");
      expect(upTo018).toBeGreaterThan(0);
      await runMigrations(db, traits, migrations.slice(0, upTo018));
      const claims = [
        ...resolvable(R1, [makeClaim("2025-02-27"), makeClaim(null)]),
        ...resolvable(R2, [makeClaim("2025-02-27")]),
      ];
      const incident = incidentOf("inc_00000000000000e1", claims);
      const placements = placed(incident.id, claims);
      await db
        .insertInto("incident_claims")
        .values(placements.map((p) => claimRow(p)))
        .execute();
      await db
        .insertInto("claim_cells")
        .values(claims.flatMap((c) => cellRows(c)))
        .execute();
      const { body, hash } = serialiseIncident(incident, true, meta(incident.id));
      await db
        .insertInto("incidents")
        .values(incidentRow({ incident, meta: meta(incident.id) }, body, hash))
        .execute();
      await db.destroy();

      const store = await openStore(options);
      const raw = await reopen();
      try {
        expect(await raw.selectFrom("claim_cells_pending").selectAll().execute()).toEqual([]);
        expect(await raw.selectFrom("claim_cells").select("claim_id").execute()).toHaveLength(
          claims.flatMap((c) => cellRows(c)).length,
        );
        const dated = claims[0]!;
        const found = await store.incidents.transact((tx) =>
          tx.findClaims([{ keys: dated.place.keys, overlapping: { from: "2025-02-27", to: "2025-02-27" } }]),
        );
        expect(found.map((p) => p.claim.id).sort()).toEqual([claims[0]!.id, claims[2]!.id].sort());
        expect(JSON.stringify(await store.incidents.get(incident.id))).toBe(JSON.stringify(incident));
        const again = await store.incidents.transact((tx) =>
          tx.apply(
            {
              placements,
              incidents: [{ incident, meta: meta(incident.id), claimsInRows: true }],
              deleted: [],
            },
            {
              actor: "test",
              action: "incidents.resolved",
              subjectType: "reports",
              subjectId: "r",
              detail: {},
            },
          ),
        );
        expect(again).toEqual({ changed: false, written: 0, deleted: 0 });
      } finally {
        await raw.destroy();
        await store.close();
      }
    });
  });
}
