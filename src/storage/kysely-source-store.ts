/**
 * The source registry in the store: seeded once from the built-in list (new built-in entries are added
 * later, stored ones never overwritten), added to and edited by analysts. Every change is audited with
 * the hashes of the record before and after.
 */
import { errors } from "../domain/errors.js";
import { SourceRecord } from "../domain/source.js";
import { canonicalJson } from "./canonical-json.js";
import { chunk } from "./chunk.js";
import { sha256Hex } from "./hash.js";
import { appendAuditEvent } from "./kysely-audit-log.js";
import type { Actor, SourceStore } from "./ports.js";
import { toNumber } from "./schema.js";
import { parseJson, type StoreContext } from "./store-context.js";
import { inWriteTransaction } from "./transaction.js";

const ROWS = 100;

function row(record: SourceRecord, origin: "seed" | "user", at: string) {
  return {
    id: record.id,
    name: record.name,
    kind: record.kind,
    reliability: record.reliability,
    partisan: record.partisan ? 1 : 0,
    body: canonicalJson(record),
    origin,
    created_at: at,
    updated_at: at,
  };
}

export class KyselySourceStore implements SourceStore {
  constructor(private readonly ctx: StoreContext) {}

  async seed(records: readonly SourceRecord[], actor: Actor): Promise<number> {
    const { db, traits } = this.ctx;
    // Cheap check first: every process calls this once, and usually nothing is missing.
    const known = new Set((await db.selectFrom("source_registry").select("id").execute()).map((r) => r.id));
    if (records.every((r) => known.has(r.id))) return 0;
    return inWriteTransaction(db, traits, async (trx) => {
      const stored = new Set(
        (await trx.selectFrom("source_registry").select("id").execute()).map((r) => r.id),
      );
      const missing = records.filter((r) => !stored.has(r.id));
      if (missing.length === 0) return 0;
      const now = this.ctx.now();
      for (const batch of chunk(missing, ROWS))
        await trx
          .insertInto("source_registry")
          .values(batch.map((r) => row(SourceRecord.parse(r), "seed", now.toISOString())))
          .onConflict((oc) => oc.column("id").doNothing())
          .execute();
      await appendAuditEvent(trx, traits, now, {
        actor,
        action: "sources.seeded",
        subjectType: "source_registry",
        subjectId: "seed",
        beforeHash: null,
        afterHash: sha256Hex(canonicalJson(missing)),
        detail: { added: missing.map((r) => r.id) },
      });
      return missing.length;
    });
  }

  async list(): Promise<SourceRecord[]> {
    const rows = await this.ctx.db.selectFrom("source_registry").select("body").orderBy("id").execute();
    return rows.map((r) => parseJson<SourceRecord>(r.body));
  }

  async get(id: string): Promise<SourceRecord | null> {
    const found = await this.ctx.db
      .selectFrom("source_registry")
      .select("body")
      .where("id", "=", id)
      .executeTakeFirst();
    return found ? parseJson<SourceRecord>(found.body) : null;
  }

  async add(record: SourceRecord, actor: Actor): Promise<void> {
    const parsed = SourceRecord.parse(record);
    const { db, traits } = this.ctx;
    await inWriteTransaction(db, traits, async (trx) => {
      const now = this.ctx.now();
      const inserted = await trx
        .insertInto("source_registry")
        .values(row(parsed, "user", now.toISOString()))
        .onConflict((oc) => oc.column("id").doNothing())
        .executeTakeFirst();
      if (toNumber(inserted.numInsertedOrUpdatedRows) === 0) throw errors.sourceExists(parsed.id);
      await appendAuditEvent(trx, traits, now, {
        actor,
        action: "source.added",
        subjectType: "source",
        subjectId: parsed.id,
        beforeHash: null,
        afterHash: sha256Hex(canonicalJson(parsed)),
        detail: { name: parsed.name, kind: parsed.kind, reliability: parsed.reliability },
      });
    });
  }

  async update(record: SourceRecord, actor: Actor): Promise<{ changed: boolean }> {
    const parsed = SourceRecord.parse(record);
    const { db, traits } = this.ctx;
    return inWriteTransaction(db, traits, async (trx) => {
      const old = await trx
        .selectFrom("source_registry")
        .select(["body", "created_at"])
        .where("id", "=", parsed.id)
        .executeTakeFirst();
      if (!old) throw errors.notFound("source", parsed.id);
      const body = canonicalJson(parsed);
      if (old.body === body) return { changed: false };
      const now = this.ctx.now();
      await trx
        .updateTable("source_registry")
        .set({ ...row(parsed, "user", now.toISOString()), created_at: old.created_at })
        .where("id", "=", parsed.id)
        .execute();
      const before = parseJson<Record<string, unknown>>(old.body);
      const changedFields = Object.keys(parsed)
        .sort()
        .filter(
          (key) => canonicalJson(before[key]) !== canonicalJson((parsed as Record<string, unknown>)[key]),
        );
      await appendAuditEvent(trx, traits, now, {
        actor,
        action: "source.edited",
        subjectType: "source",
        subjectId: parsed.id,
        beforeHash: sha256Hex(old.body),
        afterHash: sha256Hex(body),
        detail: { fields: changedFields },
      });
      return { changed: true };
    });
  }
}
