/**
 * The undated claims of a backlog decided together (backlog-undated.ts), on invented reports: the
 * incidents and explanations of rule 3 over all the claims at once, whatever the order the reports
 * come in and however the claims are batched; a late report about a closed day is stored before they
 * are decided; a crowded place keeps them apart, saying so, also when only an incident further back
 * than the newest fits would take them.
 */
import { describe, expect, it } from "vitest";
import {
  deps as stageDeps,
  reportId as stageId,
  working,
  type ClaimSpec,
  type ReportSpec,
} from "../pipeline/resolve/__fixtures__/claims.js";
import { resolveIncidents } from "../pipeline/resolve/index.js";
import { freshRuntime as fresh, storeReport as store } from "./__fixtures__/stored-reports.js";
import { resolveStoredBacklog } from "./backlog-resolve.js";
import { resolveReports } from "./resolve-service.js";
import type { Runtime } from "./runtime.js";

const day = (n: number) => `2023-01-${String(n).padStart(2, "0")}`;

/** A report of one dated strike at `place` on day `n` of January 2023, published that day. */
const dated = (id: string, n: number, claim: ClaimSpec = {}): ReportSpec => ({
  id,
  publisher: "SOHR",
  publishedAt: day(n),
  claims: [{ day: day(n), killed: [3, 3], ...claim }],
});

/** A report with no date at all of a strike at Sarmin: regime shelling that killed three. */
const undated = (id: string, claim: ClaimSpec = {}): ReportSpec => ({
  id,
  publisher: "Enab Baladi",
  publishedAt: null,
  claims: [{ day: null, killed: [3, 3], ...claim }],
});

type Listed = { reportId: string; ordinal: number; match: { reason: string } };

/**
 * Each incident as its claims ("<label>:<ordinal> <explanation>", the reports an explanation names by
 * their labels too), sorted; `datedReasons` false leaves out the explanations of dated claims (which
 * claim of a same-day pair seeds an incident follows the report ids, which differ between the store
 * and the stage's fixtures).
 */
function described(incidents: { claims: Listed[] }[], labels: Map<string, string>, datedReasons: boolean) {
  const named = (reason: string) =>
    reason.replace(/claim ([0-9a-f]{12}):/g, (_, id: string) => {
      const label = [...labels].find(([full]) => full.startsWith(id))?.[1];
      return `claim ${label ?? id}:`;
    });
  return incidents
    .map((i) =>
      i.claims
        .map((c) => {
          const label = `${labels.get(c.reportId) ?? c.reportId}:${c.ordinal}`;
          const undated = c.match.reason.includes("undated") || label.startsWith("u-");
          return datedReasons || undated ? `${label} ${named(c.match.reason)}` : label;
        })
        .sort(),
    )
    .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

async function explained(runtime: Runtime, labels: Map<string, string>, datedReasons = true) {
  return described(await runtime.store.incidents.list({ limit: 1000, offset: 0 }), labels, datedReasons);
}

/** The same (without dated claims' explanations), from the stage run on all the claims at once. */
function explainedAtOnce(reports: ReportSpec[]): string[][] {
  const labels = new Map(reports.map((r) => [stageId(r.id), r.id]));
  const { incidents } = resolveIncidents(
    { claims: working(reports), incidents: [], now: "2025-03-01T00:00:00Z" },
    stageDeps,
  );
  return described(incidents, labels, false);
}

/** Stores the reports (in the given order) and resolves them as a backlog; returns what it made. */
async function bulk(reports: ReportSpec[], options: Parameters<typeof resolveStoredBacklog>[3] = {}) {
  const runtime = await fresh();
  const labels = new Map<string, string>();
  const published = new Map<string, string | null>();
  for (const spec of reports) {
    const id = await store(runtime, spec);
    labels.set(id, spec.id);
    published.set(id, spec.publishedAt ?? null);
  }
  const summary = await resolveStoredBacklog(runtime, published, "test", options);
  return {
    summary,
    incidents: await explained(runtime, labels),
    atOnce: await explained(runtime, labels, false),
  };
}

/** The usual way: one report at a time, in the given order. */
async function oneByOne(reports: ReportSpec[]) {
  const runtime = await fresh();
  const labels = new Map<string, string>();
  for (const spec of reports) labels.set(await store(runtime, spec), spec.id);
  await resolveReports(runtime, [...labels.keys()], "test", { batchSize: 1 });
  return explained(runtime, labels);
}

const reverse = <T>(items: T[]) => [...items].reverse();

describe("the undated claims of a backlog", () => {
  it("join the one dated incident that fits them, also one a late report told about a closed day", async () => {
    // Saraqib's strikes move the days on; the report of Sarmin's strike on 2 January comes on the 20th.
    const reports = [
      ...Array.from({ length: 18 }, (_, i) => dated(`saraqib-${i + 1}`, i + 1, { place: "saraqib" })),
      { ...dated("late", 2), publishedAt: day(20) },
      undated("u-undated"),
      undated("u-other-toll", { killed: [9, 9] }),
    ];
    const { summary, incidents, atOnce } = await bulk(reports, { lagDays: 3, closeEvery: 1 });
    expect(summary).toMatchObject({ bulk: true, late: 1, undated: 2, undatedJoined: 1 });
    const joined = incidents.find((claims) => claims.some((c) => c.startsWith("late:0")));
    expect(joined).toHaveLength(2);
    expect(joined?.[1]).toMatch(/^u-undated:0 Matches claim late:0 /);
    // Not on place alone: another toll stays on its own.
    expect(incidents).toContainEqual([
      "u-other-toll:0 First claim of this incident: undated: it joins a dated incident only on the same place, type, attacker and toll.",
    ]);
    expect(atOnce).toEqual(explainedAtOnce(reports));
    expect(incidents).toEqual(await oneByOne(reports));
  });

  it("at a crowded place stay on their own, saying so, whatever the order and the batches", async () => {
    // Seventeen regime strikes on Sarmin that killed three each: more than sixteen fit each undated claim.
    const reports = [
      ...Array.from({ length: 17 }, (_, i) => dated(`sarmin-${i + 1}`, i + 1)),
      ...Array.from({ length: 6 }, (_, i) => undated(`u-${i + 1}`)),
      undated("u-russian", { attacker: "RU_MIL" }),
    ];
    const { summary, incidents, atOnce } = await bulk(reports);
    expect(summary).toMatchObject({ undated: 7, undatedJoined: 0, undatedSearchedAgain: 0 });
    const alone = incidents.filter((claims) => claims.length === 1 && claims[0]!.startsWith("u-"));
    expect(alone).toHaveLength(7);
    for (const [claim] of alone) expect(claim).toMatch(/more than 16 dated reports at this place fit it/);
    expect(atOnce).toEqual(explainedAtOnce(reports));
    // Reports the other way round, each undated claim decided in a batch of its own.
    expect((await bulk(reverse(reports), { lookupBatch: 1 })).incidents).toEqual(incidents);
    expect(await oneByOne(reverse(reports))).toEqual(incidents);
  });

  it("one incident too few to be crowded: every fitting incident is a candidate, and it stays apart", async () => {
    const reports = [
      ...Array.from({ length: 3 }, (_, i) => dated(`sarmin-${i + 1}`, i + 1)),
      undated("u-undated"),
    ];
    const { incidents, atOnce } = await bulk(reports);
    expect(incidents).toContainEqual([
      "u-undated:0 First claim of this incident: undated, and 3 dated incidents at this place fit it.",
    ]);
    expect(atOnce).toEqual(explainedAtOnce(reports));
  });

  it("crowded, searches the whole history when only an incident further back would take it", async () => {
    // The seventeen newest strikes are each told by a report blaming Turkish forces too (contested:
    // no regime claim joins them); the oldest, on 1 January, only by the regime one.
    const reports = [
      dated("sarmin-1", 1),
      ...Array.from({ length: 17 }, (_, i) => [
        dated(`sarmin-${i + 2}`, i + 2),
        dated(`turkish-${i + 2}`, i + 2, { attacker: "TR_MIL" }),
      ]).flat(),
      undated("u-undated"),
    ];
    const { summary, incidents, atOnce } = await bulk(reports);
    expect(summary).toMatchObject({ undated: 1, undatedSearchedAgain: 1, undatedJoined: 0 });
    expect(incidents).toContainEqual([
      "u-undated:0 First claim of this incident: undated, and more than 16 dated reports at this place fit it: too many to tell which event it is.",
    ]);
    expect(atOnce).toEqual(explainedAtOnce(reports));
    // One report at a time, the undated claim last (its newest seventeen fits' incidents all refuse
    // it, so the incremental path searches further back too) or first (it meets the oldest strike).
    expect(await oneByOne(reports)).toEqual(incidents);
    expect(await oneByOne(reverse(reports))).toEqual(incidents);
  });
});
