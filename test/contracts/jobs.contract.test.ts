/**
 * JobQueue contract: idempotent enqueue, atomic claims, lease expiry, backoff, quarantine after the
 * same failure twice, release on shutdown, listing and retrying quarantined jobs.
 */
import { expect, it } from "vitest";
import { contractSuite } from "./backends.js";

contractSuite("JobQueue", (h) => {
  it("enqueues idempotently on name and key", async () => {
    const { store } = h();
    const first = await store.jobs.enqueue("extract", "abc", { reportId: "abc" });
    const again = await store.jobs.enqueue("extract", "abc", { reportId: "other" });
    const otherName = await store.jobs.enqueue("resolve", "abc", null);
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });
    expect(otherName.created).toBe(true);
    expect(await store.jobs.counts()).toEqual({ queued: 2, running: 0, done: 0, failed: 0 });
  });

  it("enqueues once under concurrent callers", async () => {
    const { store } = h();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => store.jobs.enqueue("extract", "k", {})),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
  });

  it("claims a runnable job with a lease and an attempt count", async () => {
    const { store, clock } = h();
    const { id } = await store.jobs.enqueue("extract", "k1", { reportId: "r1", nested: { n: 1 } });
    const job = await store.jobs.claim("worker-1", 30_000);
    expect(job).toEqual({
      id,
      name: "extract",
      key: "k1",
      payload: { reportId: "r1", nested: { n: 1 } },
      state: "running",
      attempts: 1,
      lastError: null,
      lastErrorCode: null,
      failureStreak: 0,
      runAfter: clock.current.toISOString(),
      lockedBy: "worker-1",
      lockedUntil: new Date(clock.current.getTime() + 30_000).toISOString(),
      updatedAt: clock.current.toISOString(),
    });
    expect(await store.jobs.claim("worker-2", 30_000)).toBeNull();
    expect(await store.jobs.counts()).toEqual({ queued: 0, running: 1, done: 0, failed: 0 });
  });

  it("claims only the named job kinds when names are given", async () => {
    const { store } = h();
    await store.jobs.enqueue("extract", "k", {});
    await store.jobs.enqueue("resolve", "k", {});
    expect((await store.jobs.claim("w", 1000, ["resolve"]))?.name).toBe("resolve");
    expect(await store.jobs.claim("w", 1000, ["resolve"])).toBeNull();
    expect(await store.jobs.claim("w", 1000, [])).toBeNull();
    expect((await store.jobs.claim("w", 1000))?.name).toBe("extract");
  });

  it("never gives one job to two concurrent claimers, across store instances", async () => {
    const { store, openAnother } = h();
    const other = await openAnother();
    for (let i = 0; i < 6; i++) await store.jobs.enqueue("extract", `k${i}`, { i });
    const claims = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? store : other).jobs.claim(`worker-${i}`, 60_000)),
    );
    const claimed = claims.filter((job) => job !== null);
    expect(claimed).toHaveLength(6);
    expect(new Set(claimed.map((job) => job?.id)).size).toBe(6);
    expect(await store.jobs.counts()).toEqual({ queued: 0, running: 6, done: 0, failed: 0 });
  });

  it("claims a batch of further ready jobs of one kind, oldest first, each with a lease and an attempt", async () => {
    const { store, clock } = h();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await store.jobs.enqueue("resolve", `k${i}`, { i })).id);
      clock.advance(1);
    }
    await store.jobs.enqueue("extract", "other-kind", {});
    const { id: later } = await store.jobs.enqueue("resolve", "not-yet", {});
    await store.jobs.fail(later, { code: "X", message: "x" }, { maxAttempts: 5 }); // backs off 2 s
    expect(await store.jobs.claimBatch("w", 30_000, "resolve", 0)).toEqual([]);
    const batch = await store.jobs.claimBatch("w", 30_000, "resolve", 3);
    expect(batch.map((job) => job.id)).toEqual(ids.slice(0, 3));
    for (const job of batch)
      expect(job).toMatchObject({
        name: "resolve",
        state: "running",
        attempts: 1,
        lockedBy: "w",
        lockedUntil: new Date(clock.current.getTime() + 30_000).toISOString(),
      });
    // The rest of the ready ones; not the other kind, not the one backing off.
    expect((await store.jobs.claimBatch("w2", 30_000, "resolve", 10)).map((job) => job.id)).toEqual(
      ids.slice(3),
    );
    expect(await store.jobs.claimBatch("w3", 30_000, "resolve", 10)).toEqual([]);
    expect(await store.jobs.counts()).toEqual({ queued: 2, running: 5, done: 0, failed: 0 });
  });

  it("never gives one job to two concurrent batch claimers, across store instances", async () => {
    const { store, openAnother } = h();
    const other = await openAnother();
    for (let i = 0; i < 30; i++) await store.jobs.enqueue("resolve", `k${i}`, { i });
    const batches = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        (i % 2 ? store : other).jobs.claimBatch(`worker-${i}`, 60_000, "resolve", 7),
      ),
    );
    const claimed = batches.flat();
    expect(claimed).toHaveLength(30);
    expect(new Set(claimed.map((job) => job.id)).size).toBe(30);
    expect(await store.jobs.counts()).toEqual({ queued: 0, running: 30, done: 0, failed: 0 });
  });

  it("renews the lease of running jobs only for their holder", async () => {
    const { store, clock } = h();
    const { id } = await store.jobs.enqueue("resolve", "k", {});
    const { id: idle } = await store.jobs.enqueue("resolve", "queued", {});
    await store.jobs.claimBatch("w1", 1_000, "resolve", 1);
    clock.advance(900);
    expect(await store.jobs.renew([id], "someone-else", 1_000)).toBe(0);
    expect(await store.jobs.renew([id, idle], "w1", 1_000)).toBe(1);
    clock.advance(900);
    // The lease runs from the renewal: not expired yet, so nobody takes it.
    expect(await store.jobs.claim("w2", 1_000, ["extract"])).toBeNull();
    expect(await store.jobs.counts()).toMatchObject({ running: 1, queued: 1 });
    expect(await store.jobs.find("resolve", "k")).toMatchObject({
      lockedBy: "w1",
      lockedUntil: new Date(clock.current.getTime() + 100).toISOString(),
      attempts: 1,
    });
    clock.advance(101);
    expect(await store.jobs.claim("w2", 1_000, ["extract"])).toBeNull();
    expect(await store.jobs.find("resolve", "k")).toMatchObject({
      state: "queued",
      lastErrorCode: "JOB_WORKER_LOST",
    });
  });

  it("re-claims a running job whose lease expired (a crashed worker)", async () => {
    const { store, clock } = h();
    const { id } = await store.jobs.enqueue("extract", "k", {});
    await store.jobs.claim("crashed", 5_000);
    clock.advance(4_999);
    expect(await store.jobs.claim("w2", 5_000)).toBeNull();
    clock.advance(2);
    const again = await store.jobs.claim("w2", 5_000);
    expect(again).toMatchObject({ id, lockedBy: "w2", attempts: 2, state: "running" });
  });

  it("takes a job whose expired lease it records in the same claim, though the clock moves on meanwhile", async () => {
    const { store, clock } = h();
    const { id } = await store.jobs.enqueue("extract", "k", {});
    await store.jobs.claim("crashed", 1_000);
    clock.advance(1_001);
    // Every reading of the clock a millisecond later than the last, as on a real clock under load.
    let ms = clock.current.getTime();
    Object.defineProperty(clock, "current", { get: () => new Date(++ms), configurable: true });
    expect(await store.jobs.claim("w2", 1_000)).toMatchObject({ id, lockedBy: "w2", attempts: 2 });
  });

  it("completes a job", async () => {
    const { store } = h();
    const { id } = await store.jobs.enqueue("extract", "k", {});
    await store.jobs.claim("w", 1000);
    await store.jobs.complete(id);
    expect(await store.jobs.counts()).toEqual({ queued: 0, running: 0, done: 1, failed: 0 });
    expect(await store.jobs.claim("w", 1000)).toBeNull();
    await expect(store.jobs.complete("no-such-job")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("re-queues a failed job with exponential backoff, then marks it failed at maxAttempts", async () => {
    const { store, clock } = h();
    const { id } = await store.jobs.enqueue("extract", "k", {});
    for (let attempt = 1; attempt <= 2; attempt++) {
      const job = await store.jobs.claim("w", 60_000);
      expect(job).toMatchObject({ id, attempts: attempt });
      // A different reason each time: only the attempt budget ends it.
      const outcome = await store.jobs.fail(
        id,
        { code: `E${attempt}`, message: `boom ${attempt}` },
        { maxAttempts: 3 },
      );
      expect(outcome.state).toBe("queued");
      expect(await store.jobs.counts()).toMatchObject({ queued: 1, running: 0 });
      const backoffMs = 2 ** attempt * 1000;
      clock.advance(backoffMs - 1);
      expect(await store.jobs.claim("w", 60_000)).toBeNull();
      clock.advance(1);
    }
    const last = await store.jobs.claim("w", 60_000);
    expect(last).toMatchObject({ attempts: 3, lastError: "boom 2", lastErrorCode: "E2", failureStreak: 1 });
    expect((await store.jobs.fail(id, { code: "E3", message: "boom 3" }, { maxAttempts: 3 })).state).toBe(
      "failed",
    );
    expect(await store.jobs.counts()).toEqual({ queued: 0, running: 0, done: 0, failed: 1 });
    clock.advance(3_600_000);
    expect(await store.jobs.claim("w", 60_000)).toBeNull();
  });

  it("quarantines a job that fails twice in a row for the same reason", async () => {
    const { store, clock } = h();
    const { id } = await store.jobs.enqueue("extract", "k", {});
    await store.jobs.claim("w", 60_000);
    const timeout = { code: "JOB_TIMEOUT", message: "ran longer than 1000 ms" };
    expect((await store.jobs.fail(id, timeout, { maxAttempts: 5 })).state).toBe("queued");
    clock.advance(2_000);
    await store.jobs.claim("w", 60_000);
    expect((await store.jobs.fail(id, timeout, { maxAttempts: 5 })).state).toBe("failed");
    clock.advance(3_600_000);
    expect(await store.jobs.claim("w", 60_000)).toBeNull();
    const [failed, ...others] = await store.jobs.listFailed({ limit: 10 });
    expect(others).toEqual([]);
    expect(failed).toMatchObject({
      id,
      state: "failed",
      lastErrorCode: "JOB_TIMEOUT",
      failureStreak: 2,
      attempts: 2,
    });
  });

  it("counts a lost worker (expired lease) as a failure: lost twice, the job is quarantined", async () => {
    const { store, clock } = h();
    const { id } = await store.jobs.enqueue("extract", "k", {});
    await store.jobs.claim("killed-1", 1_000);
    clock.advance(1_001);
    expect(await store.jobs.claim("killed-2", 1_000)).toMatchObject({
      id,
      attempts: 2,
      lastErrorCode: "JOB_WORKER_LOST",
    });
    clock.advance(1_001);
    expect(await store.jobs.claim("w3", 1_000)).toBeNull();
    expect(await store.jobs.listFailed({ limit: 10 })).toMatchObject([
      { id, lastErrorCode: "JOB_WORKER_LOST" },
    ]);
  });

  it("releases a running job on shutdown without counting the attempt, only for its holder", async () => {
    const { store } = h();
    const { id } = await store.jobs.enqueue("extract", "k", {});
    await store.jobs.claim("w1", 60_000);
    expect(await store.jobs.release(id, "someone-else")).toBe(false);
    expect(await store.jobs.release(id, "w1")).toBe(true);
    expect(await store.jobs.counts()).toMatchObject({ queued: 1, running: 0 });
    expect(await store.jobs.claim("w2", 60_000)).toMatchObject({ id, attempts: 1, lockedBy: "w2" });
    expect(await store.jobs.release(id, "w1")).toBe(false);
  });

  it("retries quarantined jobs by hand, one or all, with an audit event each", async () => {
    const { store } = h();
    const ids: string[] = [];
    for (const key of ["a", "b", "c"]) {
      const { id } = await store.jobs.enqueue("extract", key, {});
      ids.push(id);
      await store.jobs.claim("w", 60_000);
      await store.jobs.fail(id, { code: "X", message: "bad" }, { maxAttempts: 1 });
    }
    await store.jobs.enqueue("extract", "d", {});
    await expect(store.jobs.retry({ id: "no-such-job" }, "tester")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await store.jobs.retry({ id: ids[0]! }, "tester")).toBe(1);
    await expect(store.jobs.retry({ id: ids[0]! }, "tester")).rejects.toMatchObject({
      code: "JOB_NOT_FAILED",
    });
    expect(await store.jobs.counts()).toMatchObject({ queued: 2, failed: 2 });
    expect(await store.jobs.retry({ all: true }, "tester")).toBe(2);
    expect(await store.jobs.counts()).toMatchObject({ queued: 4, failed: 0 });
    const retried = await store.jobs.claim("w", 60_000, ["extract"]);
    expect(retried).toMatchObject({ attempts: 1, failureStreak: 0 });
    const events = await store.audit.list({ limit: 10 });
    expect(
      events
        .filter((e) => e.action === "job.retried")
        .map((e) => e.subjectId)
        .sort(),
    ).toEqual([...ids].sort());
    expect((await store.audit.verify()).ok).toBe(true);
  });

  it("counts every state, zero included", async () => {
    const { store } = h();
    expect(await store.jobs.counts()).toEqual({ queued: 0, running: 0, done: 0, failed: 0 });
  });

  it("finds a job by name and key, with its state", async () => {
    const { store } = h();
    const { id } = await store.jobs.enqueue("extract-report", "r1@v1", { reportId: "r1" });
    expect(await store.jobs.find("extract-report", "r1@v1")).toMatchObject({
      id,
      state: "queued",
      payload: { reportId: "r1" },
    });
    await store.jobs.complete((await store.jobs.claim("w", 60_000))!.id);
    expect(await store.jobs.find("extract-report", "r1@v1")).toMatchObject({ id, state: "done" });
    expect(await store.jobs.find("resolve-report", "r1@v1")).toBeNull();
  });
});
