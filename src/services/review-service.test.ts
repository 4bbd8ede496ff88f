/**
 * Analyst decisions through the store: each is audited, and sticky — automatic re-resolution (new
 * reports, forced re-runs, a new extractor renumbering claims) never undoes a merge, a split, a
 * rejection or an edited value.
 */
import { describe, expect, it } from "vitest";
import type { ReportSpec } from "../pipeline/resolve/__fixtures__/claims.js";
import { freshRuntime, partition, storeReport } from "./__fixtures__/stored-reports.js";
import { resolveReports } from "./resolve-service.js";
import {
  confirmIncident,
  editIncident,
  mergeIncidents,
  rejectIncident,
  splitIncident,
} from "./review-service.js";
import type { Runtime } from "./runtime.js";

const SOHR: ReportSpec = { id: "sohr", publisher: "SOHR", claims: [{ day: "2023-01-03", killed: [2, 2] }] };
const NORTH: ReportSpec = {
  id: "north",
  publisher: "North Press",
  claims: [{ day: "2023-01-03", killed: [3, 3] }],
};
const HAMLET: ReportSpec = {
  id: "snhr",
  publisher: "SNHR",
  claims: [{ day: "2023-01-03", place: "hamlet", attacker: null }],
};

async function setUp(
  specs: ReportSpec[],
): Promise<{ runtime: Runtime; labels: Map<string, string>; ids: string[] }> {
  const runtime = await freshRuntime();
  const labels = new Map<string, string>();
  const ids: string[] = [];
  for (const spec of specs) {
    const id = await storeReport(runtime, spec);
    labels.set(id, spec.id);
    ids.push(id);
  }
  await resolveReports(runtime, ids, "test");
  return { runtime, labels, ids };
}

const incidentOf = async (runtime: Runtime, reportId: string) =>
  (await runtime.store.incidents.list({ limit: 100, offset: 0 })).find((i) => i.reports.includes(reportId))!;

describe("analyst review", () => {
  it("a merge is audited and survives forced re-resolution and new reports", async () => {
    const { runtime, labels, ids } = await setUp([SOHR, HAMLET]);
    expect(await partition(runtime, labels)).toEqual([["snhr:0"], ["sohr:0"]]);
    const a = await incidentOf(runtime, ids[0]!);
    const b = await incidentOf(runtime, ids[1]!);
    const result = await mergeIncidents(
      runtime,
      a.id,
      b.id.slice(4, 12),
      "ana",
      "the hamlet is Sarmin's outskirts",
    );
    expect(result).toMatchObject({
      removed: b.id,
      incident: { id: a.id, review: { status: "edited", by: "ana" } },
    });
    expect(result.incident.claims.find((c) => c.reportId === ids[1])?.match).toMatchObject({ by: "analyst" });
    expect(await runtime.store.incidents.get(b.id)).toBeNull();

    await resolveReports(runtime, ids, "test", { force: true });
    const north = await storeReport(runtime, NORTH);
    labels.set(north, "north");
    await resolveReports(runtime, [north], "test");
    expect(await partition(runtime, labels)).toEqual([["north:0", "snhr:0", "sohr:0"]]);
    const events = await runtime.store.audit.list({ limit: 100, subjectId: a.id });
    expect(events.map((e) => e.action)).toEqual(["incident.merged"]);
    expect(events[0]?.detail).toMatchObject({ from: b.id, note: "the hamlet is Sarmin's outskirts" });
  });

  it("a split survives re-resolution, and the resolver never merges the two halves again", async () => {
    const { runtime, labels, ids } = await setUp([SOHR, NORTH]);
    expect(await partition(runtime, labels)).toEqual([["north:0", "sohr:0"]]);
    const incident = await incidentOf(runtime, ids[0]!);
    const result = await splitIncident(
      runtime,
      incident.id,
      [`${ids[1]!.slice(0, 12)}:0`],
      "ana",
      "two strikes that day",
    );
    expect(result.created?.claims.map((c) => c.reportId)).toEqual([ids[1]]);
    await resolveReports(runtime, ids, "test", { force: true });
    expect(await partition(runtime, labels)).toEqual([["north:0"], ["sohr:0"]]);
    await expect(
      splitIncident(runtime, incident.id, [`${ids[0]!.slice(0, 12)}:0`], "ana"),
    ).rejects.toMatchObject({
      code: "REVIEW_INVALID",
    });
    await expect(splitIncident(runtime, incident.id, ["ffffffffffff:0"], "ana")).rejects.toMatchObject({
      code: "REVIEW_INVALID",
    });
  });

  it("confirm and reject set the review; reject grades discounted; both stay after re-resolution", async () => {
    const { runtime, ids } = await setUp([SOHR, HAMLET]);
    const kept = await confirmIncident(
      runtime,
      (await incidentOf(runtime, ids[0]!)).id,
      "ana",
      "two sources",
    );
    expect(kept.incident.review).toMatchObject({ status: "confirmed", by: "ana", note: "two sources" });
    const gone = await rejectIncident(
      runtime,
      (await incidentOf(runtime, ids[1]!)).id,
      "ana",
      "not an attack",
    );
    expect(gone.incident).toMatchObject({ grade: "discounted", review: { status: "rejected" } });
    expect(gone.incident.gradeReason).toContain("Rejected by ana");
    await resolveReports(runtime, ids, "test", { force: true });
    expect(await runtime.store.incidents.get(gone.incident.id)).toMatchObject({ grade: "discounted" });
    expect(await runtime.store.incidents.get(kept.incident.id)).toMatchObject({
      review: { status: "confirmed" },
    });
  });

  it("edited values stay over new claims and a new extractor that renumbers the report's claims", async () => {
    const { runtime, labels, ids } = await setUp([SOHR]);
    const incident = await incidentOf(runtime, ids[0]!);
    const edited = await editIncident(
      runtime,
      incident.id,
      { killed: { min: 5, max: 7 }, note: "SNHR names five" },
      "ana",
    );
    expect(edited.incident.casualties.killed).toEqual({ min: 5, max: 7, point: 5 });
    // A new extractor finds an earlier claim, so the Sarmin claim is now ordinal 1.
    await storeReport(
      runtime,
      { ...SOHR, claims: [{ day: "2023-01-03", place: "atarib" }, ...SOHR.claims] },
      "test-2",
    );
    await resolveReports(runtime, ids, "test");
    const north = await storeReport(runtime, NORTH);
    labels.set(north, "north");
    await resolveReports(runtime, [north], "test");
    const after = await runtime.store.incidents.get(incident.id);
    expect(after?.casualties.killed).toEqual({ min: 5, max: 7, point: 5 });
    expect(after?.claims.map((c) => `${labels.get(c.reportId)}:${c.ordinal}`).sort()).toEqual([
      "north:0",
      "sohr:1",
    ]);
    expect(after?.review).toMatchObject({ status: "edited", by: "ana" });
    await expect(editIncident(runtime, incident.id, { note: "nothing" }, "ana")).rejects.toMatchObject({
      code: "REVIEW_INVALID",
    });
    await expect(editIncident(runtime, incident.id, { grade: "fair" }, "ana")).rejects.toThrow(
      /needs --note/,
    );
  });
});
