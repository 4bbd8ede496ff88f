/**
 * Gazetteer entries imported by the user, kept in the store so every worker builds the same index.
 * An import upserts by id in one transaction, counts only new or changed entries, and is audited.
 */
import type { PlaceEntry } from "../domain/places.js";
import { canonicalJson } from "./canonical-json.js";
import { chunk } from "./chunk.js";
import { sha256Hex } from "./hash.js";
import { appendAuditEvent } from "./kysely-audit-log.js";
import type { Actor, PlaceStore } from "./ports.js";
import { toNumber } from "./schema.js";
import { parseJson, type StoreContext } from "./store-context.js";
import { inWriteTransaction } from "./transaction.js";

/** Entries per batch: 7 columns × 500 stays far below SQLite's bound-parameter limit. */
const BATCH = 500;

export class KyselyPlaceStore implements PlaceStore {
  constructor(private readonly ctx: StoreContext) {}

  async importPlaces(
    entries: PlaceEntry[],
    dataset: string,
    actor: Actor,
  ): Promise<{ inserted: number; updated: number }> {
    const { db, traits } = this.ctx;
    // Last one wins when the input repeats an id, as a sequential upsert would.
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    return inWriteTransaction(db, traits, async (trx) => {
      let inserted = 0;
      let updated = 0;
      for (const batch of chunk([...byId.values()], BATCH)) {
        const existing = await trx
          .selectFrom("places")
          .select(["id", "dataset", "body"])
          .where(
            "id",
            "in",
            batch.map((entry) => entry.id),
          )
          .execute();
        const stored = new Map(existing.map((row) => [row.id, row]));
        // Canonical JSON makes "unchanged" a plain string comparison.
        const changed = batch
          .map((entry) => ({ entry, body: canonicalJson(entry) }))
          .filter(({ entry, body }) => {
            const row = stored.get(entry.id);
            return !row || row.body !== body || row.dataset !== dataset;
          });
        for (const { entry } of changed) {
          if (stored.has(entry.id)) updated += 1;
          else inserted += 1;
        }
        if (changed.length === 0) continue;
        await trx
          .insertInto("places")
          .values(
            changed.map(({ entry, body }) => ({
              id: entry.id,
              dataset,
              body,
              name: entry.name,
              admin1: entry.admin1,
              lat: entry.lat,
              lon: entry.lon,
            })),
          )
          .onConflict((oc) =>
            oc.column("id").doUpdateSet((eb) => ({
              dataset: eb.ref("excluded.dataset"),
              body: eb.ref("excluded.body"),
              name: eb.ref("excluded.name"),
              admin1: eb.ref("excluded.admin1"),
              lat: eb.ref("excluded.lat"),
              lon: eb.ref("excluded.lon"),
            })),
          )
          .execute();
      }
      await appendAuditEvent(trx, traits, this.ctx.now(), {
        actor,
        action: "places.imported",
        subjectType: "dataset",
        subjectId: dataset,
        beforeHash: null,
        afterHash: sha256Hex(canonicalJson([...byId.values()])),
        detail: { entries: byId.size, inserted, updated },
      });
      return { inserted, updated };
    });
  }

  async allPlaces(): Promise<PlaceEntry[]> {
    const rows = await this.ctx.db.selectFrom("places").select("body").orderBy("id").execute();
    return rows.map((row) => parseJson<PlaceEntry>(row.body));
  }

  async countPlaces(): Promise<number> {
    const row = await this.ctx.db
      .selectFrom("places")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    return toNumber(row.n);
  }
}
