/**
 * The append-only, hash-chained audit log. Other stores append inside their own write transactions
 * with `appendAuditEvent`, so a change and its audit event commit or roll back together.
 */
import { toNumber } from "./schema.js";
import type { Kysely, Selectable } from "kysely";
import type { BackendTraits } from "./backend-traits.js";
import { AuditChainVerifier, chainEvent } from "./audit-chain.js";
import { canonicalJson } from "./canonical-json.js";
import type { AuditEvent, AuditLog, AuditVerification } from "./ports.js";
import type { AuditEventsTable, Database } from "./schema.js";
import { parseJson, type StoreContext } from "./store-context.js";
import { inOpenWriteTransaction, serialise } from "./transaction.js";
import { reusableQuery } from "./reusable-query.js";

/** What a writer supplies; the log adds the sequence number, time and chain hashes. */
export type AuditEntry = Omit<AuditEvent, "seq" | "at" | "prevHash" | "hash">;

const VERIFY_PAGE = 1000;

/**
 * The chain head each open write transaction last appended. Within one such transaction nobody else
 * can append (SQLite holds the write lock, PostgreSQL the audit lock until commit), so a batch of
 * events need not read the head back every time. Keyed by the transaction's handle, which ends with it.
 */
const chainHeads = new WeakMap<Kysely<Database>, { seq: number; hash: string }>();

/** The audit row of one event (every report saved writes one: compiled once, see reusable-query.ts). */
const insertAuditEvent = reusableQuery<AuditEventsTable>((db, param) =>
  db.insertInto("audit_events").values({
    seq: param("seq"),
    at: param("at"),
    actor: param("actor"),
    action: param("action"),
    subject_type: param("subject_type"),
    subject_id: param("subject_id"),
    before_hash: param("before_hash"),
    after_hash: param("after_hash"),
    detail: param("detail"),
    prev_hash: param("prev_hash"),
    hash: param("hash"),
  }),
);

/**
 * Appends one event; call inside a write transaction. Takes the audit lock first (PostgreSQL) so two
 * transactions never read the same last hash and fork the chain.
 *
 * @example await appendAuditEvent(trx, traits, new Date(), { actor: "cli", action: "report.saved", ... });
 */
export async function appendAuditEvent(
  trx: Kysely<Database>,
  traits: BackendTraits,
  at: Date,
  entry: AuditEntry,
): Promise<AuditEvent> {
  await serialise(trx, traits, "audit");
  let last: { seq: number; hash: string } | null = chainHeads.get(trx) ?? null;
  if (!last) {
    const row = await trx
      .selectFrom("audit_events")
      .select(["seq", "hash"])
      .orderBy("seq", "desc")
      .limit(1)
      .executeTakeFirst();
    last = row ? { seq: Number(row.seq), hash: row.hash } : null;
  }
  // Round-trip detail through JSON so the hashed value is exactly what will be read back.
  const detail = parseJson<Record<string, unknown>>(canonicalJson(entry.detail));
  const event = chainEvent(last, {
    ...entry,
    detail,
    at: at.toISOString(),
  });
  await insertAuditEvent(trx, {
    seq: event.seq,
    at: event.at,
    actor: event.actor,
    action: event.action,
    subject_type: event.subjectType,
    subject_id: event.subjectId,
    before_hash: event.beforeHash,
    after_hash: event.afterHash,
    detail: canonicalJson(event.detail),
    prev_hash: event.prevHash,
    hash: event.hash,
  });
  if (inOpenWriteTransaction(trx)) chainHeads.set(trx, { seq: event.seq, hash: event.hash });
  return event;
}

function toAuditEvent(row: Selectable<AuditEventsTable>): AuditEvent {
  return {
    seq: Number(row.seq),
    at: row.at,
    actor: row.actor,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    beforeHash: row.before_hash,
    afterHash: row.after_hash,
    detail: parseJson<Record<string, unknown>>(row.detail),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export class KyselyAuditLog implements AuditLog {
  constructor(private readonly ctx: StoreContext) {}

  async list(options: { limit: number; afterSeq?: number; subjectId?: string }): Promise<AuditEvent[]> {
    const rows = await this.ctx.readDb
      .selectFrom("audit_events")
      .selectAll()
      .$if(options.afterSeq !== undefined, (q) => q.where("seq", ">", options.afterSeq ?? 0))
      .$if(options.subjectId !== undefined, (q) => q.where("subject_id", "=", options.subjectId ?? ""))
      .orderBy("seq")
      .limit(options.limit)
      .execute();
    return rows.map(toAuditEvent);
  }

  async lastSeq(): Promise<number> {
    const row = await this.ctx.readDb
      .selectFrom("audit_events")
      .select((eb) => eb.fn.max("seq").as("seq"))
      .executeTakeFirst();
    return toNumber(row?.seq ?? 0);
  }

  async verify(): Promise<AuditVerification> {
    const verifier = new AuditChainVerifier();
    // Keyset pages by seq: the log can be long and must not be held in memory at once. The first page
    // has no lower bound, so even a tampered seq of 0 or below is read and reported.
    let afterSeq: number | null = null;
    for (;;) {
      const from: number | null = afterSeq;
      const rows: Selectable<AuditEventsTable>[] = await this.ctx.db
        .selectFrom("audit_events")
        .selectAll()
        .$if(from !== null, (q) => q.where("seq", ">", from ?? 0))
        .orderBy("seq")
        .limit(VERIFY_PAGE)
        .execute();
      for (const row of rows) verifier.add(toAuditEvent(row));
      if (rows.length < VERIFY_PAGE) break;
      afterSeq = Number(rows[rows.length - 1]?.seq);
    }
    return verifier.result();
  }
}
