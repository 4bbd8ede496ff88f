/**
 * The server's assessment loop: every interval, when anything was written since the last run (or the
 * day changed), assess the situation as of today — incrementally: only incidents whose input changed
 * (an analyst's review, a report resolved elsewhere) are qualified again and only their series replayed;
 * new alerts go to the outbox in the same transaction — and then send whatever deliveries are due
 * (first tries and retries). Re-assessing unchanged data writes nothing, so the loop settles after one
 * quiet pass.
 */
import { storeAssessment, today } from "./assessment-service.js";
import { deliverDueAlerts } from "./delivery-service.js";
import type { Runtime } from "./runtime.js";

export interface AlertLoopOptions {
  situationId: string;
  intervalMs: number;
  onError: (error: unknown) => void;
  onRun?: (summary: { newAlerts: number; delivered: number; retried: number; dead: number }) => void;
}

async function lastAuditSeq(runtime: Runtime, after: number): Promise<number> {
  let seq = after;
  for (;;) {
    const page = await runtime.store.audit.list({ limit: 1000, afterSeq: seq });
    if (!page.length) return seq;
    seq = page[page.length - 1]!.seq;
  }
}

export function startAlertLoop(runtime: Runtime, options: AlertLoopOptions) {
  let stopped = false;
  let seenSeq = -1;
  let seenDay = "";
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    const seq = await lastAuditSeq(runtime, Math.max(0, seenSeq));
    let newAlerts = 0;
    if (seq !== seenSeq || today() !== seenDay) {
      const run = await storeAssessment(runtime.store, options.situationId, { actor: "job:assess" });
      newAlerts = run.newAlerts.length;
      seenSeq = await lastAuditSeq(runtime, seq);
      seenDay = run.asOf;
    }
    const delivery = await deliverDueAlerts(runtime);
    if (delivery.delivered + delivery.retried + delivery.dead > 0)
      seenSeq = await lastAuditSeq(runtime, seenSeq);
    options.onRun?.({
      newAlerts,
      delivered: delivery.delivered,
      retried: delivery.retried,
      dead: delivery.dead,
    });
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().catch(options.onError).finally(schedule);
    }, options.intervalMs);
    timer.unref();
  };
  running = tick().catch(options.onError).finally(schedule);
  return {
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
