/** AuditLog contract: every write appends a chained event in its transaction; edits and deletions are detected. */
import { expect, it } from "vitest";
import { GENESIS_HASH } from "../../src/storage/audit-chain.js";
import { canonicalJson } from "../../src/storage/canonical-json.js";
import { sha256Hex } from "../../src/storage/hash.js";
import type { Store } from "../../src/storage/ports.js";
import { contractSuite } from "./backends.js";
import { makeExtraction, makePlace, makeReport } from "./fixtures.js";

async function saveReports(store: Store, n: number, actor = "test"): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const { report, bytes } = makeReport(`Audited report ${i}`);
    await store.reports.save(report, bytes, actor);
    ids.push(report.id);
  }
  return ids;
}

contractSuite("AuditLog", (h) => {
  it("tells the sequence number of the latest event, 0 when there is none", async () => {
    const { store } = h();
    expect(await store.audit.lastSeq()).toBe(0);
    await saveReports(store, 3);
    const events = await store.audit.list({ limit: 10 });
    expect(await store.audit.lastSeq()).toBe(events.at(-1)!.seq);
  });

  it("records report saves, extractions and place imports as a hash chain", async () => {
    const { store, clock } = h();
    const [reportId] = await saveReports(store, 1, "cli:alice");
    clock.advance(1000);
    const extraction = makeExtraction(reportId ?? "");
    await store.claims.saveExtraction(reportId ?? "", "x1", extraction, "job:extract");
    await store.places.importPlaces([makePlace("ocha:C1")], "ocha-2024", "cli:alice");

    const events = await store.audit.list({ limit: 10 });
    expect(events.map((e) => [e.seq, e.action, e.actor, e.subjectId])).toEqual([
      [1, "report.saved", "cli:alice", reportId],
      [2, "extraction.saved", "job:extract", reportId],
      [3, "places.imported", "cli:alice", "ocha-2024"],
    ]);
    expect(events[0]).toMatchObject({
      at: "2025-03-01T12:00:00.000Z",
      beforeHash: null,
      afterHash: reportId,
    });
    expect(events[1]?.at).toBe("2025-03-01T12:00:01.000Z");
    expect(events[1]?.afterHash).toBe(sha256Hex(canonicalJson(extraction)));
    expect(events[0]?.prevHash).toBe(GENESIS_HASH);
    expect(events[1]?.prevHash).toBe(events[0]?.hash);
    expect(events[2]?.prevHash).toBe(events[1]?.hash);
    const { hash, ...content } = events[0]!;
    expect(hash).toBe(sha256Hex(canonicalJson(content)));
    expect(await store.audit.verify()).toEqual({ ok: true, checked: 3, problems: [] });
  });

  it("lists with afterSeq and subjectId filters", async () => {
    const { store } = h();
    const ids = await saveReports(store, 4);
    expect((await store.audit.list({ limit: 2, afterSeq: 1 })).map((e) => e.seq)).toEqual([2, 3]);
    expect((await store.audit.list({ limit: 10, subjectId: ids[2] })).map((e) => e.seq)).toEqual([3]);
    expect(await store.audit.list({ limit: 10, afterSeq: 4 })).toEqual([]);
  });

  it("detects an edited event", async () => {
    const { store, raw } = h();
    await saveReports(store, 4);
    await raw.query("update audit_events set actor = ? where seq = ?", ["someone-else", 2]);
    const result = await store.audit.verify();
    expect(result.ok).toBe(false);
    expect(result.checked).toBe(4);
    expect(result.problems).toEqual([{ seq: 2, problem: expect.stringContaining("edited") }]);
  });

  it("detects an edited detail even when the hash is recomputed, through the next link", async () => {
    const { store, raw } = h();
    await saveReports(store, 3);
    const [event] = await store.audit.list({ limit: 1, afterSeq: 1 });
    const forged = { ...event!, detail: { forged: true } };
    const { hash: _old, ...content } = forged;
    await raw.query("update audit_events set detail = ?, hash = ? where seq = 2", [
      canonicalJson(forged.detail),
      sha256Hex(canonicalJson(content)),
    ]);
    const result = await store.audit.verify();
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.seq)).toEqual([3]);
  });

  it("detects deleted events: in the middle and at the start", async () => {
    const { store, raw } = h();
    await saveReports(store, 5);
    await raw.query("delete from audit_events where seq = ?", [3]);
    let result = await store.audit.verify();
    expect(result.ok).toBe(false);
    expect(result.checked).toBe(4);
    expect(result.problems.map((p) => p.seq)).toEqual([4, 4]);
    expect(result.problems[0]?.problem).toContain("gap");
    expect(result.problems[1]?.problem).toContain("prevHash");

    await raw.query("delete from audit_events where seq = ?", [1]);
    result = await store.audit.verify();
    expect(result.problems.map((p) => p.seq)).toEqual([2, 2, 4, 4]);
  });

  it("keeps one unbroken chain under concurrent writers from two store instances", async () => {
    const { store, openAnother } = h();
    const other = await openAnother();
    const fixtures = Array.from({ length: 12 }, (_, i) => makeReport(`Concurrent audited report ${i}`));
    await Promise.all(
      fixtures.map((f, i) => (i % 2 ? store : other).reports.save(f.report, f.bytes, "test")),
    );
    const events = await store.audit.list({ limit: 100 });
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(await other.audit.verify()).toEqual({ ok: true, checked: 12, problems: [] });
  });

  it("an empty log verifies", async () => {
    const { store } = h();
    expect(await store.audit.verify()).toEqual({ ok: true, checked: 0, problems: [] });
  });
});
