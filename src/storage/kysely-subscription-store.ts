/** Alert subscriptions (webhook or e-mail) with their filters; webhook secrets are kept for signing. */
import { randomBytes, randomUUID } from "node:crypto";
import type { Selectable } from "kysely";
import type { Subscription, SubscriptionChannel, SubscriptionFilter } from "../domain/alert.js";
import { errors } from "../domain/errors.js";
import { canonicalJson } from "./canonical-json.js";
import { sha256Hex } from "./hash.js";
import { appendAuditEvent } from "./kysely-audit-log.js";
import type { Actor, NewSubscription, SubscriptionStore } from "./ports.js";
import type { SubscriptionsTable } from "./schema.js";
import { parseJson, type StoreContext } from "./store-context.js";
import { inWriteTransaction } from "./transaction.js";

function toSubscription(row: Selectable<SubscriptionsTable>): Subscription {
  return {
    id: row.id,
    name: row.name,
    channel: row.channel as SubscriptionChannel,
    target: row.target,
    filter: parseJson<SubscriptionFilter>(row.filter),
    active: Number(row.active) === 1,
    createdAt: row.created_at,
  };
}

export class KyselySubscriptionStore implements SubscriptionStore {
  constructor(private readonly ctx: StoreContext) {}

  async create(
    input: NewSubscription,
    actor: Actor,
  ): Promise<{ subscription: Subscription; secret: string | null }> {
    const { db, traits } = this.ctx;
    const secret = input.channel === "webhook" ? (input.secret ?? randomBytes(32).toString("hex")) : null;
    return inWriteTransaction(db, traits, async (trx) => {
      const now = this.ctx.now();
      const row = {
        id: `sub_${randomUUID().slice(0, 8)}`,
        name: input.name,
        channel: input.channel,
        target: input.target,
        secret,
        filter: canonicalJson(input.filter),
        active: 1,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      };
      await trx.insertInto("subscriptions").values(row).execute();
      const subscription = toSubscription(row);
      await appendAuditEvent(trx, traits, now, {
        actor,
        action: "subscription.created",
        subjectType: "subscription",
        subjectId: row.id,
        beforeHash: null,
        afterHash: sha256Hex(canonicalJson(subscription)),
        // The secret is never written to the audit log.
        detail: { name: input.name, channel: input.channel, target: input.target, filter: input.filter },
      });
      return { subscription, secret };
    });
  }

  async list(): Promise<Subscription[]> {
    const rows = await this.ctx.db
      .selectFrom("subscriptions")
      .selectAll()
      .orderBy("created_at")
      .orderBy("id")
      .execute();
    return rows.map(toSubscription);
  }

  async get(id: string): Promise<Subscription | null> {
    const row = await this.ctx.db
      .selectFrom("subscriptions")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    return row ? toSubscription(row) : null;
  }

  async secret(id: string): Promise<string | null> {
    const row = await this.ctx.db
      .selectFrom("subscriptions")
      .select("secret")
      .where("id", "=", id)
      .executeTakeFirst();
    return row?.secret ?? null;
  }

  async setActive(id: string, active: boolean, actor: Actor): Promise<Subscription> {
    const { db, traits } = this.ctx;
    return inWriteTransaction(db, traits, async (trx) => {
      const now = this.ctx.now();
      const row = await trx
        .updateTable("subscriptions")
        .set({ active: active ? 1 : 0, updated_at: now.toISOString() })
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirst();
      if (!row) throw errors.notFound("subscription", id);
      await appendAuditEvent(trx, traits, now, {
        actor,
        action: active ? "subscription.resumed" : "subscription.paused",
        subjectType: "subscription",
        subjectId: id,
        beforeHash: null,
        afterHash: null,
        detail: {},
      });
      return toSubscription(row);
    });
  }

  async remove(id: string, actor: Actor): Promise<void> {
    const { db, traits } = this.ctx;
    await inWriteTransaction(db, traits, async (trx) => {
      const now = this.ctx.now();
      // Delivered and dead rows are history of what was sent; they go with the subscription all the same,
      // because the outbox references it. The audit log keeps the deliveries.
      await trx.deleteFrom("outbox").where("subscription_id", "=", id).execute();
      const result = await trx.deleteFrom("subscriptions").where("id", "=", id).executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) throw errors.notFound("subscription", id);
      await appendAuditEvent(trx, traits, now, {
        actor,
        action: "subscription.removed",
        subjectType: "subscription",
        subjectId: id,
        beforeHash: null,
        afterHash: null,
        detail: {},
      });
    });
  }
}
