/**
 * An analyst's review over the API queues the assessment of the incidents it touched (`assess-incidents`),
 * and running that job leaves what a full assessment would: a rejected incident loses its
 * qualifications, a merge removes the merged-away one's and qualifies the survivor again. Until the job
 * runs, nothing is assessed (so the test sees the job do it, not the review itself).
 */
import { afterEach, describe, expect, it } from "vitest";
import { jobHandlers } from "../../src/jobs/job-handlers.js";
import { buildApp } from "../../src/server/app.js";
import { runAssessment, storeAssessment } from "../../src/services/assessment-service.js";
import { seededRuntime, shellingReport, type SeededRuntime } from "../support/seeded-runtime.js";

const token = "test-token-0123456789abcdef";
const auth = { authorization: `Bearer ${token}`, "content-type": "application/json" };

describe("review decisions re-assess what they touch", () => {
  let seeded: SeededRuntime | null = null;
  afterEach(async () => {
    await seeded?.dispose();
    seeded = null;
  });

  it("reject, merge, split, confirm and edit over the API queue an assess-incidents job that updates qualifications", async () => {
    seeded = await seededRuntime(
      [
        { text: shellingReport("Kafr Nabl", "2021-09-01", 4), name: "a.txt", publishedAt: "2021-09-02" },
        { text: shellingReport("Maarat Misrin", "2021-09-03", 2), name: "b.txt", publishedAt: "2021-09-04" },
        { text: shellingReport("Sarmin", "2021-09-05", 3), name: "c.txt", publishedAt: "2021-09-06" },
      ],
      { R2P_API_TOKEN: token },
    );
    const { runtime } = seeded;
    const app = await buildApp(runtime);
    try {
      await storeAssessment(runtime.store, "syria", { actor: "test", forcedReports: "all" });
      const incidents = await runtime.store.incidents.list({ limit: 100, offset: 0 });
      expect(incidents).toHaveLength(3);
      const [a, b, c] = [...incidents].sort((x, y) => (x.date.start ?? "").localeCompare(y.date.start ?? ""));
      for (const i of [a!, b!, c!])
        expect(await runtime.store.assessments.getAssessment(i.id), i.id).not.toBeNull();

      const runQueued = async (expected: string[]) => {
        const job = await runtime.store.jobs.claim("test", 60_000);
        expect(job?.name).toBe("assess-incidents");
        expect([...(job!.payload as { incidentIds: string[] }).incidentIds].sort()).toEqual(
          [...expected].sort(),
        );
        await jobHandlers["assess-incidents"](runtime, job!);
        await runtime.store.jobs.complete(job!.id);
        expect(await runtime.store.jobs.claim("test", 60_000)).toBeNull();
      };

      const rejected = await app.inject({
        method: "POST",
        url: `/api/incidents/${c!.id}/reject`,
        headers: auth,
        payload: { note: "the 2019 shelling, republished" },
      });
      expect(rejected.statusCode).toBe(200);
      // Queued, not yet run.
      expect(await runtime.store.assessments.getAssessment(c!.id)).not.toBeNull();
      await runQueued([c!.id]);
      expect(await runtime.store.assessments.getAssessment(c!.id)).toBeNull();

      const inputBefore = (await runtime.store.assessments.assessmentInputs("syria")).get(a!.id);
      const merged = await app.inject({
        method: "POST",
        url: `/api/incidents/${a!.id}/merge`,
        headers: auth,
        payload: { other: b!.id, note: "one shelling, two towns named" },
      });
      expect(merged.statusCode).toBe(200);
      await runQueued([a!.id, b!.id]);
      expect(await runtime.store.assessments.getAssessment(b!.id)).toBeNull();
      const survivor = await runtime.store.assessments.getAssessment(a!.id);
      expect(survivor).not.toBeNull();
      const inputAfter = (await runtime.store.assessments.assessmentInputs("syria")).get(a!.id);
      expect(inputAfter?.inputHash).not.toBe(inputBefore?.inputHash);

      // Split, confirm and edit queue theirs too; a split's new incident is qualified at once.
      const split = await app.inject({
        method: "POST",
        url: `/api/incidents/${a!.id}/split`,
        headers: auth,
        payload: { claims: [`${b!.reports[0]!.slice(0, 12)}:0`] },
      });
      expect(split.statusCode).toBe(201);
      const created = (split.json() as { created: string }).created;
      await runQueued([a!.id, created]);
      expect(await runtime.store.assessments.getAssessment(created)).not.toBeNull();
      const confirmed = await app.inject({
        method: "POST",
        url: `/api/incidents/${a!.id}/confirm`,
        headers: auth,
        payload: {},
      });
      expect(confirmed.statusCode).toBe(200);
      await runQueued([a!.id]);
      const edited = await app.inject({
        method: "PATCH",
        url: `/api/incidents/${created}`,
        headers: auth,
        payload: { killed: { min: 5, max: 5 }, note: "the hospital lists five names" },
      });
      expect(edited.statusCode).toBe(200);
      await runQueued([created]);

      // What the reviews' assessments left is what a full assessment stores: it has nothing to change.
      const full = await runAssessment(runtime, "syria", { actor: "test" });
      expect(full.changedAssessments).toBe(0);
      expect(full.removedAssessments).toBe(0);
    } finally {
      await app.close();
    }
  });
});
