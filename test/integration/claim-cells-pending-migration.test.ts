/**
 * Migration 018 on both backends: a store resolved before it (claims, their index rows and an
 * incident, as the release before wrote them) gains an empty claim_cells_pending and keeps its index:
 * a lookup finds the claims as before, and a resolution writing the same incident again writes nothing.
 */
import { expect, it } from "vitest";
import { useMigrationBackends } from "./migration-backends.js";
import { cellRows, claimRow, incidentRow, serialiseIncident } from "../../src/storage/incident-rows.js";
import { runMigrations } from "../../src/storage/migrate.js";
import { migrations } from "../../src/storage/migrations/index.js";
import { openStore } from "../../src/storage/open-store.js";
import {
  incidentOf,
  makeClaim,
  meta,
  placed,
  resolvable,
  resolvedAudit,
} from "../contracts/incident-fixtures.js";

const backends = useMigrationBackends("pending");

const R1 = "c".repeat(64);
const R2 = "d".repeat(64);

for (const { name, open, declare } of backends) {
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
            resolvedAudit,
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
