/**
 * Alerts raised by the assessment stage (escalation beyond an area's own baseline, and rule alerts such
 * as attacks on rescuers), the subscriptions that receive them, and the outbox that delivers them at
 * least once.
 */
import { z } from "zod";
import { CorroborationGrade } from "./incident.js";
import { isoDate } from "./report.js";

export const AlertKind = z.enum([
  "escalation_incidents",
  "escalation_killed",
  "attack_on_rescuers_or_medical",
  "double_tap",
  "mass_casualty",
  "new_perpetrator",
]);
export type AlertKind = z.infer<typeof AlertKind>;

/** What a series is keyed by: an admin1, an admin2, or a perpetrator (anywhere in the situation). */
export const AlertScope = z.enum(["admin1", "admin2", "perpetrator", "incident"]);
export type AlertScope = z.infer<typeof AlertScope>;

/** The statistic that raised the alert: enough to recompute it by hand. */
export const AlertStatistic = z.object({
  method: z.string(),
  observed: z.number(),
  /** Expected count on the day from the baseline, when the method has one. */
  expected: z.number().nullable(),
  baselineDays: z.number().int().nonnegative().nullable(),
  baselineTotal: z.number().nullable(),
  /** Tail probability P(X ≥ observed) under the baseline, when the method has one. */
  pValue: z.number().nullable(),
  threshold: z.number().nullable(),
  note: z.string(),
});
export type AlertStatistic = z.infer<typeof AlertStatistic>;

export const Alert = z.object({
  /** Deterministic: a hash of kind, scope key and date, so re-running never duplicates an alert. */
  id: z.string(),
  kind: AlertKind,
  scope: AlertScope,
  situationId: z.string(),
  area: z.object({ admin1: z.string().nullable(), admin2: z.string().nullable() }),
  perpetrator: z.object({ actorId: z.string().nullable(), name: z.string() }).nullable(),
  /** The day the violence happened. */
  date: isoDate,
  /** The day on which what was known first raised it (publication dates drive this, not ingestion). */
  raisedAsOf: isoDate,
  statistic: AlertStatistic,
  incidents: z.array(z.string()),
  /** Best corroboration grade among the incidents (for subscription filters). */
  grade: CorroborationGrade,
  /** One plain sentence for people: what happened against what baseline. */
  summary: z.string(),
});
export type Alert = z.infer<typeof Alert>;

export const SubscriptionChannel = z.enum(["webhook", "email"]);
export type SubscriptionChannel = z.infer<typeof SubscriptionChannel>;

export const SubscriptionFilter = z.object({
  /** admin1 names (case-insensitive); empty = everywhere. */
  admin1: z.array(z.string()),
  kinds: z.array(AlertKind),
  /** Lowest corroboration grade to send; null = any grade. */
  minGrade: CorroborationGrade.nullable(),
});
export type SubscriptionFilter = z.infer<typeof SubscriptionFilter>;

export const Subscription = z.object({
  id: z.string(),
  name: z.string(),
  channel: SubscriptionChannel,
  /** Webhook URL or e-mail address. */
  target: z.string(),
  filter: SubscriptionFilter,
  active: z.boolean(),
  createdAt: z.string(),
});
export type Subscription = z.infer<typeof Subscription>;

export const OutboxState = z.enum(["pending", "delivered", "dead"]);
export type OutboxState = z.infer<typeof OutboxState>;

export const OutboxItem = z.object({
  id: z.string(),
  alertId: z.string(),
  subscriptionId: z.string(),
  state: OutboxState,
  attempts: z.number().int().nonnegative(),
  nextAttemptAt: z.string(),
  lastError: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  createdAt: z.string(),
});
export type OutboxItem = z.infer<typeof OutboxItem>;

const GRADE_RANK: Record<CorroborationGrade, number> = {
  confirmed: 4,
  fair: 3,
  weak: 2,
  contested: 1,
  discounted: 0,
};

/** Whether `grade` is at least `min` on the Airwars scale (confirmed > fair > weak > contested > discounted). */
export function gradeAtLeast(grade: CorroborationGrade, min: CorroborationGrade): boolean {
  return GRADE_RANK[grade] >= GRADE_RANK[min];
}

/** Whether a subscription's filter lets `alert` through (area by admin1, kind, lowest grade). */
export function subscriptionMatches(filter: SubscriptionFilter, alert: Alert): boolean {
  if (filter.kinds.length && !filter.kinds.includes(alert.kind)) return false;
  if (filter.minGrade && !gradeAtLeast(alert.grade, filter.minGrade)) return false;
  if (filter.admin1.length) {
    const area = alert.area.admin1?.toLowerCase();
    if (!area || !filter.admin1.some((a) => a.toLowerCase() === area)) return false;
  }
  return true;
}
