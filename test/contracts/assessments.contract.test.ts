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

  it("records an analyst's decision with its note, keeps it done on re-assessment, and audits each decision", async () => {
    const { store } = h();
    await store.assessments.saveAssessments("syria", [makeAssessment("inc-9", "L0", true)], "job:assess");
    const decided = await store.assessments.decideQueueItem(
      "inc-9:GEN-A",
      { decision: "monitor", note: "group named, intent unshown" },
      "ana",
    );
    expect(decided).toMatchObject({
      id: "inc-9:GEN-A",
      status: "done",
      decision: "monitor",
      note: "group named, intent unshown",
      resolvedBy: "ana",
    });
    await store.assessments.saveAssessments("syria", [makeAssessment("inc-9", "L1", true)], "job:assess");
    expect(await store.assessments.analystQueue("open")).toEqual([]);
    expect(await store.assessments.analystQueue("done")).toEqual([decided]);
    await store.assessments.decideQueueItem(
      "inc-9:GEN-A",
      { decision: "refer", note: "new statement of intent" },
      "ben",
    );
    const events = (await store.audit.list({ limit: 20, subjectId: "inc-9" })).filter(
      (e) => e.action === "analyst-queue.decided",
    );
    expect(events.map((e) => [e.actor, e.detail.decision, e.detail.previousDecision])).toEqual([
      ["ana", "monitor", null],
      ["ben", "refer", "monitor"],
    ]);
    expect(events[1]!.beforeHash).toBe(events[0]!.afterHash);
    await expect(
      store.assessments.decideQueueItem("inc-0:GEN-A", { decision: "monitor", note: "none" }, "ana"),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("records the inputs of assessments beside them and removes assessments, audited", async () => {
    const { store } = h();
    const series = {
      keys: ["admin1:Idlib", "incident:inc-1"],
      eventDay: "2021-09-06",
      knownDay: "2021-09-08",
      digest: "d1",
    };
    await store.assessments.saveAssessments(
      "syria",
      [makeAssessment("inc-1"), makeAssessment("inc-2")],
      "job:assess",
      new Map([["inc-1", { inputHash: "h1", series }]]),
    );
    expect(await store.assessments.assessmentInputs("syria")).toEqual(
      new Map([
        ["inc-1", { inputHash: "h1", series }],
        ["inc-2", { inputHash: null, series: null }],
      ]),
    );
    // A new input with the same reading updates the record only: no audit event.
    const before = (await store.audit.list({ limit: 50, subjectId: "inc-1" })).length;
    await store.assessments.saveAssessments(
      "syria",
      [makeAssessment("inc-1")],
      "job:assess",
      new Map([["inc-1", { inputHash: "h2", series: null }]]),
    );
    expect((await store.assessments.assessmentInputs("syria")).get("inc-1")).toEqual({
      inputHash: "h2",
      series: null,
    });
    expect((await store.audit.list({ limit: 50, subjectId: "inc-1" })).length).toBe(before);
    expect(await store.assessments.removeAssessments(["inc-1", "inc-missing"], "job:assess")).toBe(1);
    expect(await store.assessments.getAssessment("inc-1")).toBeNull();
    expect([...(await store.assessments.assessmentInputs("syria")).keys()]).toEqual(["inc-2"]);
    const last = (await store.audit.list({ limit: 50, subjectId: "inc-1" })).at(-1)!;
    expect(last).toMatchObject({ action: "assessment.removed", afterHash: null });
  });

  it("takes the assessment lock only inside a batch", async () => {
    const { store } = h();
    await expect(store.assessments.lockAssessments()).rejects.toThrow(/inside Store.batch/);
    await store.batch(async (batch) => {
      await batch.assessments.lockAssessments();
      await batch.assessments.saveAssessments("syria", [makeAssessment("inc-5")], "job:assess");
    });
    expect(await store.assessments.getAssessment("inc-5")).not.toBeNull();
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
