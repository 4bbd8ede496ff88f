/**
 * The bulk resolution of a backlog (backlog-resolve.ts) makes the incidents the incremental path
 * makes of the same synthetic claims: the same partition of claims into incidents and the same
 * incidents (grades, ranges, perpetrators, explanations), compared by canonical digest (incidents
 * named by their smallest claim id, since the two paths name incidents differently). In time order,
 * with a lag short enough that some window claims come late and go through the store lookup; in a
 * shuffled order, where most claims come late; and beside stored incidents, where it is the
 * incremental path throughout. And when another resolver writes while the bulk run writes its
 * window's incidents, the bulk run stops with BACKLOG_INTERLEAVED, and a run after it (incremental,
 * the store holding incidents) makes the same incidents, on SQLite and PostgreSQL. The time-ordered
 * pass's writer thread (backlog-writer.ts, on by default) writes the store one thread writes, tables
 * beside the incidents included; when its writes fail mid-run, the run stops with BACKLOG_WRITE_FAILED
 * and the store holds what one thread leaves: the transactions committed before the failure.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { resolveBacklog, type BacklogSummary } from "../../src/services/backlog-resolve.js";
import {
  resolveDeps,
  resolvePrepared,
  type PreparedReport,
  type ServiceDeps,
} from "../../src/services/resolve-service.js";
import { openRuntime, type Runtime } from "../../src/services/runtime.js";
import { preparedSyntheticReport, syntheticReports } from "../fixtures/resolve/synthetic-claims.js";
import { resolutionDigests } from "../support/resolution-digest.js";

/** Crowded enough (0.6 claims per place and day) that window and undated claims meet many incidents. */
const CLAIMS = 1200;
const DAYS = 20;
const PLACES = 100;

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const pgUrl = process.env.R2P_TEST_DATABASE_URL || null;

/**
 * A bulk run into a fresh store (`open` opens a runtime on it; called twice: the bulk run's and, like
 * a job runner in another process, the interleaving resolver's), during which the other runtime
 * resolves one report of the backlog's second half as the bulk run reaches it. Returns the error the
 * bulk run stopped with and the incidents and claims stored then; then resolves the whole backlog
 * again (as `r2p incidents resolve` would after it).
 */
async function interleaved(open: () => Promise<Runtime>, writerThread = true) {
  const runtime = await open();
  const other = await open();
  try {
    const deps = await resolveDeps(runtime);
    const reports = prepared(deps);
    // Late enough that the bulk run has committed transactions before the other resolver writes.
    const late = Math.floor(reports.length * 0.9);
    // The other resolver's own claims, and the store's claims once it has written them.
    const written = { byOther: 0, withOther: 0 };
    async function* arriving(): AsyncGenerator<PreparedReport> {
      for (const [i, report] of reports.entries()) {
        if (i === late) {
          await resolvePrepared(other, [report], await resolveDeps(other), "job-runner");
          written.byOther = report.claims.length;
          written.withOther = await runtime.store.incidents.countClaims();
        }
        yield report;
      }
    }
    const error = await resolveBacklog(runtime, arriving(), deps, "test", {
      lagDays: 7,
      transactionClaims: 200,
      closeEvery: 100,
      writerThread,
    }).then(
      () => null,
      (e: unknown) => e,
    );
    const stopped = {
      incidents: await runtime.store.incidents.count(),
      claims: await runtime.store.incidents.countClaims(),
    };
    const rerun = await resolveBacklog(runtime, reports, deps, "test");
    return {
      error,
      stopped,
      written,
      rerun,
      incidents: await runtime.store.incidents.count(),
      claims: await runtime.store.incidents.countClaims(),
    };
  } finally {
    await other.close();
    await runtime.close();
  }
}

/**
 * Undated claims in an incident with other claims (they joined a dated one: undated claims never pair)
 * and on their own.
 */
function undatedPlacement(file: string): { joined: number; alone: number } {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare(
        `select sum(size > 1) as joined, sum(size = 1) as alone from (
           select (select count(*) from incident_claims o where o.incident_id = c.incident_id) as size
           from incident_claims c where json_extract(c.body, '$.anchor.layer') = 'undated')`,
      )
      .get() as { joined: number; alone: number };
  } finally {
    db.close();
  }
}

/** Resolves into a fresh SQLite store with `run`, and returns the store's digests. */
async function resolvedBy(run: (runtime: Runtime, deps: ServiceDeps) => Promise<unknown>) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "r2p-backlog-"));
  dirs.push(dir);
  const runtime = await openRuntime(loadConfig({ dataDir: dir }, {}));
  try {
    await run(runtime, await resolveDeps(runtime));
  } finally {
    await runtime.close();
  }
  const file = path.join(dir, "r2p.sqlite");
  return { ...resolutionDigests(file), undated: undatedPlacement(file) };
}

/**
 * A digest of what the bulk path writes beside the incidents and claims (the place + day index, the
 * map rows, the resolved reports, the incidents' columns), timestamps left out.
 */
function sideTablesDigest(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const hash = createHash("sha256");
    for (const query of [
      "select * from claim_cells order by key, day_from, claim_id",
      "select * from incident_map order by incident_id",
      "select report_id, extraction_hash, resolver_version, claims from resolved_reports order by report_id",
      "select * from incidents order by id",
    ])
      for (const row of db.prepare(query).all() as Record<string, unknown>[]) {
        const { updated_at: _updated, created_at: _created, ...kept } = row;
        hash.update(JSON.stringify(kept));
      }
    return hash.digest("hex");
  } finally {
    db.close();
  }
}

/**
 * A bulk run into a fresh SQLite store whose writes fail once the store holds 400 claims (a trigger
 * aborts the insert: a full disk, say), then, the cause removed, a run after it. Returns the error,
 * the store's digests after the failure and after the rerun.
 */
async function failingRun(writerThread: boolean) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "r2p-backlog-fail-"));
  dirs.push(dir);
  const file = path.join(dir, "r2p.sqlite");
  const open = () => openRuntime(loadConfig({ dataDir: dir }, {}));
  const direct = (sqlText: string) => {
    const db = new Database(file);
    try {
      db.exec(sqlText);
    } finally {
      db.close();
    }
  };
  let runtime = await open();
  direct(
    `create trigger disk_full before insert on incident_claims
       when (select count(*) from incident_claims) >= 400
       begin select raise(abort, 'disk full'); end`,
  );
  const deps = await resolveDeps(runtime);
  const reports = prepared(deps);
  const options = { lagDays: 7, transactionClaims: 200, closeEvery: 100, writerThread };
  const error = await resolveBacklog(runtime, reports, deps, "test", options).then(
    () => null,
    (e: unknown) => e,
  );
  const stopped = await runtime.store.incidents.countClaims();
  await runtime.close();
  const failed = { ...resolutionDigests(file), side: sideTablesDigest(file) };
  const pending = (() => {
    const db = new Database(file, { readonly: true });
    try {
      return (db.prepare("select count(*) as n from claim_cells_pending").get() as { n: number }).n;
    } finally {
      db.close();
    }
  })();
  direct("drop trigger disk_full");
  runtime = await open();
  const rerun = await resolveBacklog(runtime, reports, await resolveDeps(runtime), "test", options);
  await runtime.close();
  return { error, stopped, failed, pending, rerun, after: resolutionDigests(file) };
}

function prepared(deps: ServiceDeps): PreparedReport[] {
  return [...syntheticReports(CLAIMS, DAYS, PLACES)].map((report) => preparedSyntheticReport(report, deps));
}

/** A fixed shuffle (Fisher–Yates over a small PRNG). */
function shuffled<T>(items: readonly T[]): T[] {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Time order, but every 7th report arrives 300 reports (about eight days of reports) later. */
function delayedOrder<T>(items: readonly T[]): T[] {
  const slots = items.map((item, i) => ({ item, at: i % 7 === 3 ? i + 300 : i }));
  return slots.sort((a, b) => a.at - b.at).map((s) => s.item);
}

async function incrementally(runtime: Runtime, deps: ServiceDeps, reports: PreparedReport[]) {
  for (let i = 0; i < reports.length; i += 50)
    await resolvePrepared(runtime, reports.slice(i, i + 50), deps, "test");
}

describe("bulk resolution of a backlog", () => {
  let incremental: Awaited<ReturnType<typeof resolvedBy>> & { incidents: number };
  beforeAll(async () => {
    let incidents = 0;
    const digests = await resolvedBy(async (runtime, deps) => {
      await incrementally(runtime, deps, prepared(deps));
      incidents = await runtime.store.incidents.count();
    });
    incremental = { ...digests, incidents };
  }, 120_000);

  it("makes the incidents of the incremental path, in time order and with late reports", async () => {
    for (const delayed of [false, true]) {
      let summary: BacklogSummary | null = null;
      const bulk = await resolvedBy(async (runtime, deps) => {
        // A lag of 7 days holds the publication-dated claims' week before publication; transactions of
        // 200 claims write finished incidents while later days are still open.
        summary = await resolveBacklog(
          runtime,
          delayed ? delayedOrder(prepared(deps)) : prepared(deps),
          deps,
          "test",
          {
            lagDays: 7,
            transactionClaims: 200,
            lookupBatch: 100,
            closeEvery: 100,
            // Delayed, some batches of undated claims decided on the reader thread: the same incidents.
            readerThread: delayed,
            readerMinBatches: 0,
          },
        );
      });
      const { windowed, late, undated, transactions } = summary as unknown as BacklogSummary;
      expect(summary).toMatchObject({ bulk: true, claims: CLAIMS });
      expect(undated).toBeGreaterThan(0);
      // Undated claims of both kinds: some join a dated incident, some stay on their own.
      expect(bulk.undated.joined).toBeGreaterThan(0);
      expect(bulk.undated.alone).toBeGreaterThan(0);
      expect(windowed).toBeGreaterThan(CLAIMS * 0.8);
      // Reports about days a week before the others arrived come late: resolved against the store.
      expect(late > 0).toBe(delayed);
      expect(transactions).toBeGreaterThan(2);
      expect(((summary as unknown as BacklogSummary).writer?.readerBatches ?? 0) > 0).toBe(delayed);
      expect(bulk.canonical).toBe(incremental.canonical);
    }
  }, 60_000);

  it("makes them in any order: shuffled, most claims are late and resolved against the store", async () => {
    let summary: BacklogSummary | null = null;
    const bulk = await resolvedBy(async (runtime, deps) => {
      summary = await resolveBacklog(runtime, shuffled(prepared(deps)), deps, "test", {
        lagDays: 3,
        closeEvery: 100,
      });
    });
    expect((summary as unknown as BacklogSummary).late).toBeGreaterThan(CLAIMS / 4);
    expect(bulk.canonical).toBe(incremental.canonical);
    const shuffledIncremental = await resolvedBy((runtime, deps) =>
      incrementally(runtime, deps, shuffled(prepared(deps))),
    );
    expect(shuffledIncremental.canonical).toBe(incremental.canonical);
  }, 60_000);

  it("writes the same store with its writer thread as in one thread", async () => {
    const stores = [];
    for (const writerThread of [true, false]) {
      let summary: BacklogSummary | null = null;
      let side = "";
      const digests = await resolvedBy(async (runtime, deps) => {
        summary = await resolveBacklog(runtime, delayedOrder(prepared(deps)), deps, "test", {
          lagDays: 7,
          transactionClaims: 200,
          closeEvery: 100,
          writerThread,
          // The writer's transactions built and packed in parts of about 30 claims.
          partClaims: 30,
        });
        side = sideTablesDigest(path.join(runtime.config.dataDir, "r2p.sqlite"));
      });
      stores.push({ ...digests, side, transactions: (summary as unknown as BacklogSummary).transactions });
    }
    const [threaded, single] = stores;
    expect(threaded?.transactions).toBeGreaterThan(3);
    expect(threaded).toEqual(single);
    expect(threaded?.canonical).toBe(incremental.canonical);
  }, 60_000);

  it("stops at its writer thread's failure with the transactions committed before it, as in one thread, and a run after it completes", async () => {
    const threaded = await failingRun(true);
    expect(threaded.error).toMatchObject({ code: "BACKLOG_WRITE_FAILED" });
    expect((threaded.error as Error).message).toMatch(/disk full/);
    expect((threaded.error as Error).message).toMatch(/after \d+ committed transactions/);
    // Stopped mid-run: whole transactions of 200-odd claims, none after the failed one.
    expect(threaded.stopped).toBeGreaterThan(0);
    expect(threaded.stopped).toBeLessThan(400);
    const single = await failingRun(false);
    expect(single.stopped).toBe(threaded.stopped);
    // The same index rows in claim_cells (sideTablesDigest), none left pending.
    expect(threaded.failed).toEqual(single.failed);
    expect([threaded.pending, single.pending]).toEqual([0, 0]);
    // The run after it goes the incremental way and ends with the incidents of the whole backlog.
    expect(threaded.rerun.bulk).toBe(false);
    expect(threaded.after.canonical).toBe(incremental.canonical);
    expect(threaded.after).toEqual(single.after);
  }, 120_000);

  it("goes the incremental way when the store already holds incidents", async () => {
    let summary: BacklogSummary | null = null;
    const mixed = await resolvedBy(async (runtime, deps) => {
      const reports = prepared(deps);
      await resolvePrepared(runtime, reports.slice(0, 20), deps, "test");
      summary = await resolveBacklog(runtime, reports.slice(20), deps, "test");
    });
    expect((summary as unknown as BacklogSummary).bulk).toBe(false);
    expect(mixed.canonical).toBe(incremental.canonical);
  }, 60_000);

  it.each([
    { writerThread: false, thread: "in one thread" },
    { writerThread: true, thread: "on its writer thread" },
  ])(
    "stops when another resolver writes meanwhile ($thread), and a run after it ends with the same incidents (SQLite)",
    async ({ writerThread }) => {
      const dir = mkdtempSync(path.join(os.tmpdir(), "r2p-backlog-"));
      dirs.push(dir);
      const result = await interleaved(() => openRuntime(loadConfig({ dataDir: dir }, {})), writerThread);
      const after = resolutionDigests(path.join(dir, "r2p.sqlite"));
      const { error, stopped, written, rerun, claims } = result;
      expect(error).toMatchObject({ code: "BACKLOG_INTERLEAVED" });
      expect((error as Error).message).toMatch(/Stop the job runner.*without --bulk/);
      // It stopped at its next write: the store holds what was written when the other resolver had
      // written, nothing of the bulk run after it.
      expect(stopped.claims).toBe(written.withOther);
      // In one thread its transactions before the other resolver's write had committed. (On the
      // writer thread the last one sent may commit before it or be refused after it.)
      if (!writerThread) expect(written.withOther).toBeGreaterThan(written.byOther);
      expect(stopped.claims).toBeLessThan(CLAIMS);
      expect(rerun.bulk).toBe(false);
      expect(claims).toBe(CLAIMS);
      expect(after.canonical).toBe(incremental.canonical);
    },
    120_000,
  );

  it.skipIf(!pgUrl)(
    "stops when another resolver writes meanwhile (PostgreSQL)",
    async () => {
      const schema = `r2p_backlog_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      const dir = mkdtempSync(path.join(os.tmpdir(), "r2p-backlog-pg-"));
      dirs.push(dir);
      const client = new pg.Client({ connectionString: pgUrl as string });
      await client.connect();
      try {
        const env = { R2P_DATABASE_URL: pgUrl as string, R2P_DATABASE_SCHEMA: schema };
        const result = await interleaved(() => openRuntime(loadConfig({ dataDir: dir }, env)));
        expect(result.error).toMatchObject({ code: "BACKLOG_INTERLEAVED" });
        expect(result.stopped.claims).toBe(result.written.withOther);
        expect(result.stopped.claims).toBeLessThan(CLAIMS);
        expect(result.claims).toBe(CLAIMS);
        expect(result.incidents).toBe(incremental.incidents);
      } finally {
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await client.end();
      }
    },
    120_000,
  );
});
