/**
 * Migration 017 on both backends: a store whose claim and incident rows were written whole (as the
 * release before it wrote them) gets them rewritten compact, reads back every incident key for key as
 * before, and a resolution writing the same incidents again finds nothing to write (the content hashes
 * were taken again). An incident stored whole with its claims (saved, not resolved) stays as it was.
 */
import { expect, it } from "vitest";
import { useMigrationBackends } from "./migration-backends.js";
import type { Incident } from "../../src/domain/incident.js";
import { incidentRow } from "../../src/storage/incident-rows.js";
import { sha256Hex } from "../../src/storage/hash.js";
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

const backends = useMigrationBackends("compact");

const R1 = "c".repeat(64);
const R2 = "d".repeat(64);

/** An incident's row as the release before migration 017 wrote it: the slim body, hashed whole. */
function previousRow(incident: Incident, claimsInRows: boolean) {
  const stored = claimsInRows
    ? { ...incident, casualties: { ...incident.casualties, bySource: null }, claims: null }
    : incident;
  const body = JSON.stringify(stored);
  const hash = sha256Hex(JSON.stringify({ ...stored, updatedAt: null }));
  return incidentRow({ incident, meta: meta(incident.id) }, body, hash);
}

for (const { name, open, declare } of backends) {
  declare(`migration 017 (compact resolution rows) [${name}]`, () => {
    it("rewrites whole rows compact and reads every incident back as before", async () => {
      const { db, reopen, traits, options } = await open();
      const upTo017 = migrations.findIndex((m) => m.name === "017_compact_resolution_rows");
      expect(upTo017).toBeGreaterThan(0);
      await runMigrations(db, traits, migrations.slice(0, upTo017));
      const claims = [
        ...resolvable(R1, [makeClaim("2025-02-27"), makeClaim(null)]),
        ...resolvable(R2, [makeClaim("2025-02-27")]),
      ];
      const resolved = incidentOf("inc_00000000000000d1", claims);
      const saved = incidentOf("inc_00000000000000d2", resolvable(R2, [makeClaim("2025-03-01")]));
      for (const p of placed(resolved.id, claims))
        await db
          .insertInto("incident_claims")
          .values({
            claim_id: p.claim.id,
            report_id: p.claim.reportId,
            incident_id: p.incidentId,
            source_id: p.claim.source.id,
            layer: p.claim.anchor.layer,
            day_from: p.claim.anchor.from,
            day_to: p.claim.anchor.to,
            pinned: 0,
            body: JSON.stringify(p.claim),
            match: JSON.stringify(p.match),
          })
          .execute();
      await db
        .insertInto("incidents")
        .values([previousRow(resolved, true), previousRow(saved, false)])
        .execute();
      const savedBody = previousRow(saved, false).body;
      await db.destroy();

      const store = await openStore(options);
      const raw = await reopen();
      try {
        const rows = await raw.selectFrom("incident_claims").select(["body"]).execute();
        expect(rows).toHaveLength(3);
        for (const row of rows) expect(row.body).not.toMatch(/[cd]{64}/);
        const incidents = await raw
          .selectFrom("incidents")
          .select(["id", "body", "content_hash"])
          .orderBy("id")
          .execute();
        expect(incidents[0]!.body).toContain('"reports":null');
        expect(incidents[0]!.body).not.toContain(R1);
        expect(incidents[0]!.content_hash).toBe(sha256Hex(incidents[0]!.body));
        expect(incidents[1]!.body).toBe(savedBody);
        expect(JSON.stringify(await store.incidents.get(resolved.id))).toBe(JSON.stringify(resolved));
        expect(JSON.stringify(await store.incidents.get(saved.id))).toBe(JSON.stringify(saved));
        // The next resolution of the same claims compares them equal to what the migration wrote.
        const again = await store.incidents.transact((tx) =>
          tx.apply(
            {
              placements: placed(resolved.id, claims),
              incidents: [{ incident: resolved, meta: meta(resolved.id), claimsInRows: true }],
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
