/**
 * The delivery outbox: one row per (alert, subscription), written with the alert, so delivery is
 * at-least-once even if the process dies between storing and sending. Dispatchers lease due rows
 * (FOR UPDATE SKIP LOCKED on PostgreSQL, BEGIN IMMEDIATE on SQLite); a lease that runs out returns the
 * row to whoever claims next. Failures are retried at the time the dispatcher chooses, then dead-lettered.
 */
import type { Selectable } from "kysely";
import type {
  Alert,
  OutboxItem,
  OutboxState,
  Subscription,
  SubscriptionChannel,
  SubscriptionFilter,
} from "../domain/alert.js";
import { errors } from "../domain/errors.js";
import { appendAuditEvent } from "./kysely-audit-log.js";
import type { Actor, OutboxDelivery, OutboxStore } from "./ports.js";
import { toNumber, type OutboxTable } from "./schema.js";
import { parseJson, type StoreContext } from "./store-context.js";
import { inWriteTransaction } from "./transaction.js";

const STATES: readonly OutboxState[] = ["pending", "delivered", "dead"];

function toItem(row: Selectable<OutboxTable>): OutboxItem {
  return {
    id: row.id,
    alertId: row.alert_id,
    subscriptionId: row.subscription_id,
    state: row.state as OutboxState,
    attempts: toNumber(row.attempts),
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    deliveredAt: row.delivered_at,
    createdAt: row.created_at,
  };
}

export class KyselyOutboxStore implements OutboxStore {
  constructor(private readonly ctx: StoreContext) {}

  async claimDue(limit: number, leaseMs: number): Promise<OutboxDelivery[]> {
    const { db, traits } = this.ctx;
    return inWriteTransaction(db, traits, async (trx) => {
      const now = this.ctx.now();
      const nowIso = now.toISOString();
      const due = await trx
        .selectFrom("outbox")
        .select("id")
        .where("state", "=", "pending")
        .where("next_attempt_at", "<=", nowIso)
        .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<", nowIso)]))
        .orderBy("next_attempt_at")
        .orderBy("id")
        .limit(limit)
        .$if(traits.claimLocking === "for-update-skip-locked", (q) => q.forUpdate().skipLocked())
        .execute();
      if (!due.length) return [];
      const ids = due.map((d) => d.id);
      await trx
        .updateTable("outbox")
        .set({ locked_until: new Date(now.getTime() + leaseMs).toISOString() })
        .where("id", "in", ids)
        .execute();
      const rows = await trx
        .selectFrom("outbox")
        .innerJoin("alerts", "alerts.id", "outbox.alert_id")
        .innerJoin("subscriptions", "subscriptions.id", "outbox.subscription_id")
        .selectAll("outbox")
        .select([
          "alerts.body as alert_body",
          "subscriptions.name as sub_name",
          "subscriptions.channel as sub_channel",
          "subscriptions.target as sub_target",
          "subscriptions.filter as sub_filter",
          "subscriptions.active as sub_active",
          "subscriptions.created_at as sub_created_at",
          "subscriptions.secret as sub_secret",
        ])
        .where("outbox.id", "in", ids)
        .orderBy("outbox.next_attempt_at")
        .orderBy("outbox.id")
        .execute();
      return rows.map((row) => {
        const subscription: Subscription = {
          id: row.subscription_id,
          name: row.sub_name,
          channel: row.sub_channel as SubscriptionChannel,
          target: row.sub_target,
          filter: parseJson<SubscriptionFilter>(row.sub_filter),
          active: Number(row.sub_active) === 1,
          createdAt: row.sub_created_at,
        };
        return {
          item: toItem(row),
          alert: parseJson<Alert>(row.alert_body),
          subscription,
          secret: row.sub_secret,
        };
      });
    });
  }

  private async transition(
    id: string,
    actor: Actor,
    action: string,
    set: (row: Selectable<OutboxTable>, now: string) => Partial<OutboxTable>,
    detail: Record<string, unknown>,
  ): Promise<OutboxItem> {
    const { db, traits } = this.ctx;
    return inWriteTransaction(db, traits, async (trx) => {
      const now = this.ctx.now();
      const row = await trx.selectFrom("outbox").selectAll().where("id", "=", id).executeTakeFirst();
      if (!row) throw errors.notFound("outbox item", id);
      const updated = await trx
        .updateTable("outbox")
        .set(set(row, now.toISOString()))
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await appendAuditEvent(trx, traits, now, {
        actor,
        action,
        subjectType: "alert",
        subjectId: row.alert_id,
        beforeHash: null,
        afterHash: null,
        detail: {
          outbox: id,
          subscription: row.subscription_id,
          attempts: toNumber(updated.attempts),
          ...detail,
        },
      });
      return toItem(updated);
    });
  }

  async markDelivered(id: string, actor: Actor): Promise<void> {
    await this.transition(
      id,
      actor,
      "alert.delivered",
      (row, now) => ({
        state: "delivered",
        attempts: toNumber(row.attempts) + 1,
        delivered_at: now,
        locked_until: null,
        last_error: null,
      }),
      {},
    );
  }

  async markFailed(id: string, error: string, retryAt: Date | null, actor: Actor): Promise<OutboxItem> {
    const message = error.slice(0, 1000);
    return this.transition(
      id,
      actor,
      retryAt ? "alert.delivery-failed" : "alert.dead-lettered",
      (row, now) => ({
        state: retryAt ? "pending" : "dead",
        attempts: toNumber(row.attempts) + 1,
        next_attempt_at: retryAt ? retryAt.toISOString() : now,
        locked_until: null,
        last_error: message,
      }),
      { error: message, retryAt: retryAt?.toISOString() ?? null },
    );
  }

  async requeue(id: string, actor: Actor): Promise<void> {
    await this.transition(
      id,
      actor,
      "alert.requeued",
      (_row, now) => ({ state: "pending", next_attempt_at: now, locked_until: null }),
      {},
    );
  }

  async list(options: { state?: OutboxState; limit: number }): Promise<OutboxItem[]> {
    const rows = await this.ctx.db
      .selectFrom("outbox")
      .selectAll()
      .$if(options.state !== undefined, (q) => q.where("state", "=", options.state ?? "pending"))
      .orderBy("created_at")
      .orderBy("id")
      .limit(options.limit)
      .execute();
    return rows.map(toItem);
  }

  async counts(): Promise<Record<OutboxState, number>> {
    const rows = await this.ctx.db
      .selectFrom("outbox")
      .select(["state", (eb) => eb.fn.countAll().as("n")])
      .groupBy("state")
      .execute();
    const out = Object.fromEntries(STATES.map((s) => [s, 0])) as Record<OutboxState, number>;
    for (const row of rows) out[row.state as OutboxState] = toNumber(row.n);
    return out;
  }
}
