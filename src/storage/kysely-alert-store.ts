/**
 * Alerts keyed by their deterministic id: recording the same alert again changes nothing, a changed
 * body is updated in place, and only new alerts are put in the outbox — once per matching active
 * subscription, in the same transaction, so an alert is never stored without its deliveries.
 */
import type { Selectable } from "kysely";
import { subscriptionMatches, type Alert, type SubscriptionFilter } from "../domain/alert.js";
import { canonicalJson } from "./canonical-json.js";
import { sha256Hex } from "./hash.js";
import { appendAuditEvent } from "./kysely-audit-log.js";
import type { Actor, AlertQuery, AlertStore } from "./ports.js";
import { toNumber, type AlertsTable } from "./schema.js";
import { parseJson, type StoreContext } from "./store-context.js";
import { inWriteTransaction } from "./transaction.js";

const toAlert = (row: Pick<Selectable<AlertsTable>, "body">) => parseJson<Alert>(row.body);

export class KyselyAlertStore implements AlertStore {
  constructor(private readonly ctx: StoreContext) {}

  async recordAlerts(alerts: Alert[], actor: Actor): Promise<{ created: Alert[]; updated: number }> {
    const { db, traits } = this.ctx;
    return inWriteTransaction(db, traits, async (trx) => {
      const now = this.ctx.now().toISOString();
      const subscriptions = (
        await trx.selectFrom("subscriptions").select(["id", "filter"]).where("active", "=", 1).execute()
      ).map((s) => ({ id: s.id, filter: parseJson<SubscriptionFilter>(s.filter) }));
      const created: Alert[] = [];
      let updated = 0;
      for (const alert of alerts) {
        const body = canonicalJson(alert);
        const hash = sha256Hex(body);
        const existing = await trx
          .selectFrom("alerts")
          .select("content_hash")
          .where("id", "=", alert.id)
          .executeTakeFirst();
        if (existing?.content_hash === hash) continue;
        const columns = {
          situation_id: alert.situationId,
          kind: alert.kind,
          scope: alert.scope,
          admin1: alert.area.admin1,
          admin2: alert.area.admin2,
          perpetrator_id: alert.perpetrator?.actorId ?? null,
          date: alert.date,
          raised_as_of: alert.raisedAsOf,
          grade: alert.grade,
          body,
          content_hash: hash,
          updated_at: now,
        };
        if (existing) {
          await trx.updateTable("alerts").set(columns).where("id", "=", alert.id).execute();
          updated++;
        } else {
          await trx
            .insertInto("alerts")
            .values({ id: alert.id, ...columns, created_at: now })
            .execute();
          const matching = subscriptions.filter((s) => subscriptionMatches(s.filter, alert));
          for (const s of matching) {
            await trx
              .insertInto("outbox")
              .values({
                id: `ob_${alert.id}_${s.id}`,
                alert_id: alert.id,
                subscription_id: s.id,
                state: "pending",
                attempts: 0,
                next_attempt_at: now,
                locked_until: null,
                last_error: null,
                delivered_at: null,
                created_at: now,
              })
              .onConflict((oc) => oc.columns(["alert_id", "subscription_id"]).doNothing())
              .execute();
          }
          created.push(alert);
        }
        await appendAuditEvent(trx, traits, this.ctx.now(), {
          actor,
          action: existing ? "alert.updated" : "alert.raised",
          subjectType: "alert",
          subjectId: alert.id,
          beforeHash: existing?.content_hash ?? null,
          afterHash: hash,
          detail: {
            kind: alert.kind,
            date: alert.date,
            raisedAsOf: alert.raisedAsOf,
            incidents: alert.incidents.length,
          },
        });
      }
      return { created, updated };
    });
  }

  async get(id: string): Promise<Alert | null> {
    const row = await this.ctx.db.selectFrom("alerts").select("body").where("id", "=", id).executeTakeFirst();
    return row ? toAlert(row) : null;
  }

  private filtered(query: Omit<AlertQuery, "limit" | "offset">) {
    return this.ctx.db
      .selectFrom("alerts")
      .$if(query.situationId !== undefined, (q) => q.where("situation_id", "=", query.situationId ?? ""))
      .$if(query.from !== undefined, (q) => q.where("date", ">=", query.from ?? ""))
      .$if(query.to !== undefined, (q) => q.where("date", "<=", query.to ?? ""))
      .$if((query.kinds?.length ?? 0) > 0, (q) => q.where("kind", "in", query.kinds ?? []))
      .$if(query.admin1 !== undefined, (q) => q.where("admin1", "=", query.admin1 ?? ""));
  }

  async list(query: AlertQuery): Promise<Alert[]> {
    const rows = await this.filtered(query)
      .select("body")
      .orderBy("date", "desc")
      .orderBy("raised_as_of", "desc")
      .orderBy("id")
      .limit(query.limit)
      .offset(query.offset ?? 0)
      .execute();
    return rows.map(toAlert);
  }

  async count(query: Omit<AlertQuery, "limit" | "offset">): Promise<number> {
    const row = await this.filtered(query)
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    return toNumber(row.n);
  }
}
