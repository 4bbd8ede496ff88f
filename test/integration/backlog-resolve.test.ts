/**
 * The bulk resolution of a backlog (backlog-resolve.ts) makes the incidents the incremental path
 * makes of the same synthetic claims: the same partition of claims into incidents and the same
 * incidents (grades, ranges, perpetrators, explanations), compared by canonical digest (incidents
 * named by their smallest claim id, since the two paths name incidents differently). In time order,
 * with a lag short enough that some window claims come late and go through the store lookup; in a
 * shuffled order, where most claims come late; and beside stored incidents, where it is the
 * incremental path throughout.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { prepareClaims } from "../../src/pipeline/resolve/index.js";
import { resolveBacklog, type BacklogSummary } from "../../src/services/backlog-resolve.js";
import {
  resolveDeps,
  resolvePrepared,
  type PreparedReport,
  type ServiceDeps,
} from "../../src/services/resolve-service.js";
import { openRuntime, type Runtime } from "../../src/services/runtime.js";
import { syntheticReports } from "../fixtures/resolve/synthetic-claims.js";
import { resolutionDigests } from "../support/resolution-digest.js";

/** Crowded enough (0.6 claims per place and day) that window and undated claims meet many incidents. */
const CLAIMS = 1200;
const DAYS = 20;
const PLACES = 100;

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

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
  return resolutionDigests(path.join(dir, "r2p.sqlite"));
}

function prepared(deps: ServiceDeps): PreparedReport[] {
  return [...syntheticReports(CLAIMS, DAYS, PLACES)].map((report) => ({
    reportId: report.id,
    extractionHash: report.id,
    claims: prepareClaims(
      {
        id: report.id,
        publisher: report.publisher,
        url: null,
        originators: [],
        publishedAt: report.publishedAt,
        caveats: [],
        lead: "",
      },
      report.claims,
      deps,
    ),
  }));
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
  let incremental: { withIds: string; canonical: string };
  beforeAll(async () => {
    incremental = await resolvedBy((runtime, deps) => incrementally(runtime, deps, prepared(deps)));
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
          },
        );
      });
      const { windowed, late, undated, transactions } = summary as unknown as BacklogSummary;
      expect(summary).toMatchObject({ bulk: true, claims: CLAIMS });
      expect(undated).toBeGreaterThan(0);
      expect(windowed).toBeGreaterThan(CLAIMS * 0.8);
      // Reports about days a week before the others arrived come late: resolved against the store.
      expect(late > 0).toBe(delayed);
      expect(transactions).toBeGreaterThan(2);
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
});
