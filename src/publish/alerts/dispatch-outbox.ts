/**
 * The outbox dispatcher: leases due deliveries, sends each through its channel, and records the
 * outcome — delivered; failed and retried after an exponential backoff (30 s, 1 min, 2 min, … capped
 * at 6 h); or dead-lettered after the last attempt. At-least-once: a crash between sending and
 * recording means the receiver may see a delivery twice, with the same delivery id.
 */
import type { Actor, OutboxStore } from "../../storage/ports.js";
import type { Sender } from "./senders.js";

export interface DispatchOptions {
  senders: { webhook: Sender; email: Sender };
  now: () => Date;
  /** Attempts before the dead-letter state (default 8). */
  maxAttempts?: number;
  /** First retry delay (default 30 s); doubles each attempt. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  batch?: number;
  leaseMs?: number;
  actor?: Actor;
}

export interface DispatchResult {
  delivered: number;
  retried: number;
  dead: number;
  /** One line per attempt, for logs and tests. */
  log: string[];
}

/** Delay before attempt number `attempts + 1`, after `attempts` failures. */
export function backoffMs(attempts: number, baseDelayMs = 30_000, maxDelayMs = 6 * 3_600_000): number {
  return Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempts - 1));
}

/** Sends every delivery due now, once; call it again later for retries. */
export async function dispatchOutbox(outbox: OutboxStore, options: DispatchOptions): Promise<DispatchResult> {
  const maxAttempts = options.maxAttempts ?? 8;
  const actor = options.actor ?? "dispatcher";
  const result: DispatchResult = { delivered: 0, retried: 0, dead: 0, log: [] };
  const due = await outbox.claimDue(options.batch ?? 50, options.leaseMs ?? 120_000);
  for (const { item, alert, subscription, secret } of due) {
    const attempt = item.attempts + 1;
    try {
      await options.senders[subscription.channel]({ deliveryId: item.id, alert, subscription, secret });
      await outbox.markDelivered(item.id, actor);
      result.delivered++;
      result.log.push(`${options.now().toISOString()} ${item.id} attempt ${attempt}: delivered`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const retryAt =
        attempt >= maxAttempts
          ? null
          : new Date(options.now().getTime() + backoffMs(attempt, options.baseDelayMs, options.maxDelayMs));
      await outbox.markFailed(item.id, message, retryAt, actor);
      if (retryAt) result.retried++;
      else result.dead++;
      result.log.push(
        `${options.now().toISOString()} ${item.id} attempt ${attempt}: failed (${message}); ${retryAt ? `retry at ${retryAt.toISOString()}` : "dead letter"}`,
      );
    }
  }
  return result;
}
