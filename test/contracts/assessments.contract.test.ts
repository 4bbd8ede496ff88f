/** AssessmentStore contract: assessments replace per incident, the analyst queue is idempotent, indicators keep history; all audited. */
import { expect, it } from "vitest";
import { contractSuite } from "./backends.js";
import { makeAssessment } from "./assessment-fixtures.js";

contractSuite("AssessmentStore", (h) => {
  it("round-trips assessments, skips unchanged ones and audits each change", async () => {
    const { store } = h();
    const a = makeAssessment("inc-1", "L1");
    expect(
      await store.assessments.saveAssessments("syria", [a, makeAssessment("inc-2", "L0")], "job:assess"),
    ).toEqual({ changed: 2 });
    expect(await store.assessments.getAssessment("inc-1")).toEqual(a);
    expect(await store.assessments.saveAssessments("syria", [a], "job:assess")).toEqual({ changed: 0 });
    const changed = makeAssessment("inc-1", "L2");
    expect(await store.assessments.saveAssessments("syria", [changed], "job:assess")).toEqual({ changed: 1 });
    expect(
      (await store.assessments.listAssessments("syria")).map((x) => [
        x.incidentId,
        x.qualifications[0]!.level,
      ]),
    ).toEqual([
      ["inc-1", "L2"],
      ["inc-2", "L0"],
    ]);
    expect(await store.assessments.listAssessments("elsewhere")).toEqual([]);
    const events = await store.audit.list({ limit: 10, subjectId: "inc-1" });
    expect(events.map((e) => e.action)).toEqual(["assessment.saved", "assessment.saved"]);
    expect(events[1]!.detail).toMatchObject({ qualifications: ["CAH-MUR:L2"] });
    expect(await store.assessments.getAssessment("nope")).toBeNull();
  });

  it("opens one analyst-queue entry per genocide item, however often the incident is re-assessed", async () => {
    const { store } = h();
    await store.assessments.saveAssessments("syria", [makeAssessment("inc-9", "L0", true)], "job:assess");
    await store.assessments.saveAssessments(
      "syria",
      [{ ...makeAssessment("inc-9", "L1", true) }],
      "job:assess",
    );
    const queue = await store.assessments.analystQueue("open");
    expect(queue.map((q) => [q.id, q.code, q.status])).toEqual([["inc-9:GEN-A", "GEN-A", "open"]]);
    expect(await store.assessments.analystQueue("done")).toEqual([]);
  });

  it("keeps the history of analyst indicators, oldest first, and audits each", async () => {
    const { store, clock } = h();
    const base = {
      situationId: "syria",
      indicatorId: "RF3.judiciary",
      evidence: ["https://example.org/r"],
      setBy: "ana",
    };
    await store.assessments.setIndicator(
      { ...base, state: "present", note: "no independent courts", setAt: "2021-01-01T00:00:00.000Z" },
      "ana",
    );
    clock.advance(1000);
    await store.assessments.setIndicator(
      { ...base, state: "absent", note: "reform", setAt: "2021-02-01T00:00:00.000Z" },
      "ana",
    );
    const list = await store.assessments.listIndicators("syria");
    expect(list.map((i) => [i.state, i.note])).toEqual([
      ["present", "no independent courts"],
      ["absent", "reform"],
    ]);
    expect(list[0]!.evidence).toEqual(["https://example.org/r"]);
    const events = await store.audit.list({ limit: 10, subjectId: "syria" });
    expect(events.map((e) => e.action)).toEqual(["risk-indicator.set", "risk-indicator.set"]);
    expect((await store.audit.verify()).ok).toBe(true);
  });
});
