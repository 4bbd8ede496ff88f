/** Store.batch contract: one transaction for many port calls, all-or-nothing, nested units undone alone. */
import { expect, it } from "vitest";
import { contractSuite } from "./backends.js";
import { makeExtraction, makeReport } from "./fixtures.js";

contractSuite("Store.batch", (h) => {
  it("commits every write of the batch together, with an intact audit chain", async () => {
    const { store } = h();
    const a = makeReport("Shelling hit Sarmin.");
    const b = makeReport("An air strike hit Ariha.");
    const result = await store.batch(async (batch) => {
      await batch.reports.save(a.report, a.bytes, "test");
      await batch.reports.save(b.report, b.bytes, "test");
      await batch.claims.saveExtraction(a.report.id, "1", makeExtraction(a.report.id), "test");
      await batch.jobs.enqueue("extract-report", "k-b", { reportId: b.report.id });
      return "done";
    });
    expect(result).toBe("done");
    expect(await store.reports.count()).toBe(2);
    expect(await store.claims.countClaims()).toBe(1);
    expect((await store.jobs.counts()).queued).toBe(1);
    const audit = await store.audit.verify();
    expect(audit.ok).toBe(true);
    expect(audit.checked).toBe(3);
  });

  it("reads its own writes: the same bytes twice in one batch are stored once", async () => {
    const { store } = h();
    const a = makeReport("Shelling hit Sarmin.");
    const outcomes = await store.batch(async (batch) => [
      await batch.reports.save(a.report, a.bytes, "test"),
      await batch.reports.save(a.report, a.bytes, "test"),
    ]);
    expect(outcomes.map((o) => o.created)).toEqual([true, false]);
    expect(await store.reports.count()).toBe(1);
  });

  it("leaves the store as it was when the batch throws", async () => {
    const { store, raw } = h();
    const a = makeReport("Shelling hit Sarmin.");
    await expect(
      store.batch(async (batch) => {
        await batch.reports.save(a.report, a.bytes, "test");
        await batch.jobs.enqueue("extract-report", "k-a", { reportId: a.report.id });
        throw new Error("disk full");
      }),
    ).rejects.toThrow("disk full");
    expect(await store.reports.count()).toBe(0);
    expect(await raw.query("select * from originals")).toEqual([]);
    expect(await raw.query("select * from audit_events")).toEqual([]);
    expect(await raw.query("select * from jobs")).toEqual([]);
  });

  it("stores nothing when a port call inside failed, even if the batch caught the error", async () => {
    const { store, raw } = h();
    const a = makeReport("Shelling hit Sarmin.");
    const missing = "f".repeat(64);
    await expect(
      store.batch(async (batch) => {
        await batch.reports.save(a.report, a.bytes, "test");
        // A claim for a report that does not exist breaks a foreign key inside the port call.
        await batch.claims
          .saveExtraction(missing, "1", makeExtraction(missing), "test")
          .catch(() => undefined);
        return "carried on";
      }),
    ).rejects.toMatchObject({ code: "BATCH_FAILED" });
    expect(await store.reports.count()).toBe(0);
    expect(await raw.query("select * from audit_events")).toEqual([]);
  });

  it("lets the store be used again after a batch, and closing the batch's store changes nothing", async () => {
    const { store } = h();
    const a = makeReport("Shelling hit Sarmin.");
    await store.batch(async (batch) => {
      await batch.reports.save(a.report, a.bytes, "test");
      await batch.close();
    });
    const b = makeReport("An air strike hit Ariha.");
    await store.reports.save(b.report, b.bytes, "test");
    expect(await store.reports.count()).toBe(2);
  });
});
