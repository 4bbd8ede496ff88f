/**
 * The embedded job queue: a `jobs` table with idempotent keys, leases that expire when a worker
 * crashes, and exponential backoff on failure. Claims are atomic: SQLite runs them under BEGIN
 * IMMEDIATE (one writer at a time); PostgreSQL locks the chosen row with FOR UPDATE SKIP LOCKED so
 * concurrent workers pass over each other's rows instead of waiting or double-claiming.
 */
import { randomUUID } from "node:crypto";
import type { Selectable } from "kysely";
import { errors } from "../domain/errors.js";
import type { Job, JobQueue, JobState } from "./ports.js";
import { toNumber, type JobsTable } from "./schema.js";
import { parseJson, type StoreContext } from "./store-context.js";
import { inWriteTransaction } from "./transaction.js";

const JOB_STATES: readonly JobState[] = ["queued", "running", "done", "failed"];

function toJob(row: Selectable<JobsTable>): Job {
  return {
    id: row.id,
    name: row.name,
    key: row.key,
    payload: parseJson<unknown>(row.payload),
    state: row.state as JobState,
    attempts: toNumber(row.attempts),
    lastError: row.last_error,
    runAfter: row.run_after,
    lockedBy: row.locked_by,
    lockedUntil: row.locked_until,
  };
}

/** Seconds to wait before the next try after `attempts` tries: 2, 4, 8, … */
export function backoffSeconds(attempts: number): number {
  return 2 ** attempts;
}

export class KyselyJobQueue implements JobQueue {
  constructor(private readonly ctx: StoreContext) {}

  async enqueue(name: string, key: string, payload: unknown): Promise<{ id: string; created: boolean }> {
    const { db, traits } = this.ctx;
    // A write transaction even for these two statements: on SQLite it is what waits for another
    // writer without blocking the event loop (see beginImmediate).
    return inWriteTransaction(db, traits, async (trx) => {
      const now = this.ctx.now().toISOString();
      const id = randomUUID();
      // JSON.stringify(undefined) is undefined; store null so the column stays valid JSON.
      const payloadJson = JSON.stringify(payload) ?? "null";
      const inserted = await trx
        .insertInto("jobs")
        .values({
          id,
          name,
          key,
          payload: payloadJson,
          state: "queued",
          attempts: 0,
          last_error: null,
          run_after: now,
          locked_by: null,
          locked_until: null,
          created_at: now,
          updated_at: now,
        })
        .onConflict((oc) => oc.columns(["name", "key"]).doNothing())
        .executeTakeFirst();
      if (toNumber(inserted.numInsertedOrUpdatedRows) > 0) return { id, created: true };
      const existing = await trx
        .selectFrom("jobs")
        .select("id")
        .where("name", "=", name)
        .where("key", "=", key)
        .executeTakeFirstOrThrow();
      return { id: existing.id, created: false };
    });
  }

  async claim(workerId: string, leaseMs: number, names?: string[]): Promise<Job | null> {
    if (names !== undefined && names.length === 0) return null;
    const { db, traits } = this.ctx;
    return inWriteTransaction(db, traits, async (trx) => {
      const now = this.ctx.now();
      const nowIso = now.toISOString();
      // The first runnable job of each kind, each one lookup in the (state, run_after, created_at)
      // index (one query with OR sorted every queued job); then the earlier of the two. On PostgreSQL
      // the other one stays locked until this short transaction ends; other workers skip it meanwhile.
      const first = (state: "queued" | "running") =>
        trx
          .selectFrom("jobs")
          .select(["id", "run_after", "created_at"])
          .where("state", "=", state)
          .$if(state === "queued", (q) => q.where("run_after", "<=", nowIso))
          // A running job whose lease ran out belongs to a crashed or stuck worker.
          .$if(state === "running", (q) => q.where("locked_until", "<", nowIso))
          .$if(names !== undefined, (q) => q.where("name", "in", names ?? []))
          .orderBy("run_after")
          .orderBy("created_at")
          .limit(1)
          .$if(traits.claimLocking === "for-update-skip-locked", (q) => q.forUpdate().skipLocked())
          .executeTakeFirst();
      const queued = await first("queued");
      const expired = await first("running");
      const order = (job: { run_after: string; created_at: string }) =>
        `${job.run_after}\u0000${job.created_at}`;
      const candidate =
        queued && expired ? (order(expired) < order(queued) ? expired : queued) : (queued ?? expired);
      if (!candidate) return null;
      const row = await trx
        .updateTable("jobs")
        .set((eb) => ({
          state: "running",
          locked_by: workerId,
          locked_until: new Date(now.getTime() + leaseMs).toISOString(),
          attempts: eb("attempts", "+", 1),
          updated_at: nowIso,
        }))
        .where("id", "=", candidate.id)
        .returningAll()
        .executeTakeFirst();
      return row ? toJob(row) : null;
    });
  }

  async complete(id: string): Promise<void> {
    const result = await inWriteTransaction(this.ctx.db, this.ctx.traits, (trx) =>
      trx
        .updateTable("jobs")
        .set({ state: "done", locked_by: null, locked_until: null, updated_at: this.ctx.now().toISOString() })
        .where("id", "=", id)
        .executeTakeFirst(),
    );
    if (toNumber(result.numUpdatedRows) === 0) throw errors.notFound("job", id);
  }

  async fail(id: string, error: string, maxAttempts: number): Promise<void> {
    const { db, traits } = this.ctx;
    await inWriteTransaction(db, traits, async (trx) => {
      const row = await trx.selectFrom("jobs").select("attempts").where("id", "=", id).executeTakeFirst();
      if (!row) throw errors.notFound("job", id);
      const attempts = toNumber(row.attempts);
      const now = this.ctx.now();
      const exhausted = attempts >= maxAttempts;
      await trx
        .updateTable("jobs")
        .set({
          state: exhausted ? "failed" : "queued",
          last_error: error,
          run_after: exhausted
            ? now.toISOString()
            : new Date(now.getTime() + backoffSeconds(attempts) * 1000).toISOString(),
          locked_by: null,
          locked_until: null,
          updated_at: now.toISOString(),
        })
        .where("id", "=", id)
        .execute();
    });
  }

  async counts(): Promise<Record<JobState, number>> {
    const rows = await this.ctx.db
      .selectFrom("jobs")
      .select((eb) => ["state", eb.fn.countAll().as("n")])
      .groupBy("state")
      .execute();
    const counts = Object.fromEntries(JOB_STATES.map((state) => [state, 0])) as Record<JobState, number>;
    for (const row of rows) {
      if ((JOB_STATES as readonly string[]).includes(row.state))
        counts[row.state as JobState] = toNumber(row.n);
    }
    return counts;
  }
}
