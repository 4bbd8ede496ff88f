/**
 * The embedded job queue: a `jobs` table with idempotent keys, leases that expire when a worker
 * crashes, exponential backoff on failure, and quarantine (state `failed`) for a job that fails twice
 * in a row for the same reason, until someone retries it by hand. Claims are atomic: SQLite runs them under BEGIN
 * IMMEDIATE (one writer at a time); PostgreSQL locks the chosen row with FOR UPDATE SKIP LOCKED so
 * concurrent workers pass over each other's rows instead of waiting or double-claiming.
 */
import { randomUUID } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import { errors } from "../domain/errors.js";
import { appendAuditEvent } from "./kysely-audit-log.js";
import {
  QUARANTINE_AFTER_SAME_FAILURES,
  type Actor,
  type Job,
  type JobFailure,
  type JobQueue,
  type JobState,
} from "./ports.js";
import { toNumber, type Database, type JobsTable } from "./schema.js";
import { parseJson, type StoreContext } from "./store-context.js";
import { inWriteTransaction } from "./transaction.js";
import { reusableQuery } from "./reusable-query.js";

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
    lastErrorCode: row.last_error_code,
    failureStreak: toNumber(row.failure_streak),
    runAfter: row.run_after,
    lockedBy: row.locked_by,
    lockedUntil: row.locked_until,
    updatedAt: row.updated_at,
  };
}

/** A job whose worker keeps disappearing is quarantined by the streak rule long before this. */
const EXPIRED_LEASE_MAX_ATTEMPTS = 10;

/** Byte order of two strings (ISO times and job keys), for a stable sort. */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Seconds to wait before the next try after `attempts` tries: 2, 4, 8, … */
export function backoffSeconds(attempts: number): number {
  return 2 ** attempts;
}

/** A new queued job; idempotent on (name, key). Runs once per ingested report: compiled once (reusable-query.ts). */
const insertJob = reusableQuery<{ id: string; name: string; key: string; payload: string; now: string }>(
  (db, param) =>
    db
      .insertInto("jobs")
      .values({
        id: param("id"),
        name: param("name"),
        key: param("key"),
        payload: param("payload"),
        state: "queued",
        attempts: 0,
        last_error: null,
        last_error_code: null,
        failure_streak: 0,
        run_after: param("now"),
        locked_by: null,
        locked_until: null,
        created_at: param("now"),
        updated_at: param("now"),
      })
      .onConflict((oc) => oc.columns(["name", "key"]).doNothing()),
);

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
      const inserted = await insertJob(trx, { id, name, key, payload: payloadJson, now });
      if (toNumber(inserted.numAffectedRows ?? 0) > 0) return { id, created: true };
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
      // A running job whose lease ran out belongs to a crashed or killed worker: that is a failure of
      // its own (the job may be what killed it), recorded before anything is claimed.
      const expired = await trx
        .selectFrom("jobs")
        .selectAll()
        .where("state", "=", "running")
        .where("locked_until", "<", nowIso)
        .$if(traits.claimLocking === "for-update-skip-locked", (q) => q.forUpdate().skipLocked())
        .execute();
      for (const row of expired)
        await this.recordFailure(
          trx,
          row,
          errors.jobWorkerLost(row.locked_by),
          EXPIRED_LEASE_MAX_ATTEMPTS,
          0,
          // Queued again as of this claim's time, so this very claim may take it: with a later clock
          // reading it waited a millisecond, and a runner draining until a claim finds nothing stopped.
          now,
        );
      const [row] = await this.leaseReadyJobs(trx, workerId, leaseMs, now, names, 1);
      return row ? toJob(row) : null;
    });
  }

  async claimBatch(workerId: string, leaseMs: number, name: string, limit: number): Promise<Job[]> {
    if (limit <= 0) return [];
    const { db, traits } = this.ctx;
    return inWriteTransaction(db, traits, async (trx) => {
      const now = this.ctx.now();
      const rows = await this.leaseReadyJobs(trx, workerId, leaseMs, now, [name], limit);
      // RETURNING keeps no order: oldest first, as claimed (ties by key, so the order is stable).
      return rows
        .sort((a, b) => compareText(a.run_after, b.run_after) || compareText(a.key, b.key))
        .map(toJob);
    });
  }

  async renew(ids: readonly string[], workerId: string, leaseMs: number): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await inWriteTransaction(this.ctx.db, this.ctx.traits, (trx) => {
      const now = this.ctx.now();
      return trx
        .updateTable("jobs")
        .set({
          locked_until: new Date(now.getTime() + leaseMs).toISOString(),
          updated_at: now.toISOString(),
        })
        .where("id", "in", [...ids])
        .where("state", "=", "running")
        .where("locked_by", "=", workerId)
        .executeTakeFirst();
    });
    return toNumber(result.numUpdatedRows);
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

  async fail(id: string, failure: JobFailure, policy: { maxAttempts: number }): Promise<{ state: JobState }> {
    const { db, traits } = this.ctx;
    return inWriteTransaction(db, traits, async (trx) => {
      const row = await trx.selectFrom("jobs").selectAll().where("id", "=", id).executeTakeFirst();
      if (!row) throw errors.notFound("job", id);
      const attempts = toNumber(row.attempts);
      return {
        state: await this.recordFailure(trx, row, failure, policy.maxAttempts, backoffSeconds(attempts)),
      };
    });
  }

  /**
   * Leases up to `limit` ready queued jobs (of `names`, when given) to `workerId`, oldest first, each
   * counting an attempt; other runners' locked rows are skipped where the backend can.
   */
  private leaseReadyJobs(
    trx: Kysely<Database>,
    workerId: string,
    leaseMs: number,
    now: Date,
    names: string[] | undefined,
    limit: number,
  ): Promise<Selectable<JobsTable>[]> {
    const nowIso = now.toISOString();
    const candidates = trx
      .selectFrom("jobs")
      .select("id")
      .where("state", "=", "queued")
      .where("run_after", "<=", nowIso)
      .$if(names !== undefined, (q) => q.where("name", "in", names ?? []))
      .orderBy("run_after")
      .orderBy("created_at")
      .limit(limit)
      .$if(this.ctx.traits.claimLocking === "for-update-skip-locked", (q) => q.forUpdate().skipLocked());
    return trx
      .updateTable("jobs")
      .set((eb) => ({
        state: "running",
        locked_by: workerId,
        locked_until: new Date(now.getTime() + leaseMs).toISOString(),
        attempts: eb("attempts", "+", 1),
        updated_at: nowIso,
      }))
      .where("id", "in", candidates)
      .returningAll()
      .execute();
  }

  /** Re-queues after `delaySeconds`, or quarantines: the same code twice in a row, or attempts used up. */
  private async recordFailure(
    trx: Kysely<Database>,
    row: Selectable<JobsTable>,
    failure: JobFailure,
    maxAttempts: number,
    delaySeconds: number,
    now: Date = this.ctx.now(),
  ): Promise<JobState> {
    const streak = row.last_error_code === failure.code ? toNumber(row.failure_streak) + 1 : 1;
    const quarantined = streak >= QUARANTINE_AFTER_SAME_FAILURES || toNumber(row.attempts) >= maxAttempts;
    const state: JobState = quarantined ? "failed" : "queued";
    await trx
      .updateTable("jobs")
      .set({
        state,
        last_error: failure.message,
        last_error_code: failure.code,
        failure_streak: streak,
        run_after: new Date(now.getTime() + (quarantined ? 0 : delaySeconds * 1000)).toISOString(),
        locked_by: null,
        locked_until: null,
        updated_at: now.toISOString(),
      })
      .where("id", "=", row.id)
      .execute();
    return state;
  }

  async release(id: string, workerId: string): Promise<boolean> {
    const result = await inWriteTransaction(this.ctx.db, this.ctx.traits, (trx) =>
      trx
        .updateTable("jobs")
        .set((eb) => ({
          state: "queued",
          locked_by: null,
          locked_until: null,
          // The attempt was cut short by us, not by the job: it does not count.
          attempts: eb("attempts", "-", 1),
          run_after: this.ctx.now().toISOString(),
          updated_at: this.ctx.now().toISOString(),
        }))
        .where("id", "=", id)
        .where("state", "=", "running")
        .where("locked_by", "=", workerId)
        .executeTakeFirst(),
    );
    return toNumber(result.numUpdatedRows) > 0;
  }

  async listFailed(options: { limit: number }): Promise<Job[]> {
    const rows = await this.ctx.readDb
      .selectFrom("jobs")
      .selectAll()
      .where("state", "=", "failed")
      .orderBy("updated_at", "desc")
      .orderBy("id")
      .limit(options.limit)
      .execute();
    return rows.map(toJob);
  }

  async retry(target: { id: string } | { all: true }, actor: Actor): Promise<number> {
    const { db, traits } = this.ctx;
    return inWriteTransaction(db, traits, async (trx) => {
      const rows = await trx
        .selectFrom("jobs")
        .selectAll()
        .$if("id" in target, (q) => q.where("id", "=", (target as { id: string }).id))
        .$if(!("id" in target), (q) => q.where("state", "=", "failed"))
        .orderBy("id")
        .execute();
      if ("id" in target) {
        const row = rows[0];
        if (!row) throw errors.notFound("job", target.id);
        if (row.state !== "failed") throw errors.jobNotFailed(target.id);
      }
      const now = this.ctx.now();
      for (const row of rows) {
        await trx
          .updateTable("jobs")
          .set({
            state: "queued",
            attempts: 0,
            failure_streak: 0,
            run_after: now.toISOString(),
            locked_by: null,
            locked_until: null,
            updated_at: now.toISOString(),
          })
          .where("id", "=", row.id)
          .execute();
        // A person overriding the quarantine is a decision worth keeping in the audit trail.
        await appendAuditEvent(trx, traits, now, {
          actor,
          action: "job.retried",
          subjectType: "job",
          subjectId: row.id,
          beforeHash: null,
          afterHash: null,
          detail: {
            name: row.name,
            key: row.key,
            lastErrorCode: row.last_error_code,
            lastError: row.last_error,
          },
        });
      }
      return rows.length;
    });
  }

  async counts(): Promise<Record<JobState, number>> {
    const rows = await this.ctx.readDb
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

  async find(name: string, key: string): Promise<Job | null> {
    const row = await this.ctx.db
      .selectFrom("jobs")
      .selectAll()
      .where("name", "=", name)
      .where("key", "=", key)
      .executeTakeFirst();
    return row ? toJob(row) : null;
  }
}
