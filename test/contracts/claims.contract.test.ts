/** ClaimStore contract: an extraction round-trips exactly, a re-run replaces it, and both are audited. */
import { expect, it } from "vitest";
import { canonicalJson } from "../../src/storage/canonical-json.js";
import { sha256Hex } from "../../src/storage/hash.js";
import { contractSuite } from "./backends.js";
import { makeExtraction, makeReport } from "./fixtures.js";

contractSuite("ClaimStore", (h) => {
  it("returns a saved extraction deep-equal to what was saved", async () => {
    const { store } = h();
    const { report, bytes } = makeReport("Shelling on Sarmin market.");
    await store.reports.save(report, bytes, "test");
    const extraction = makeExtraction(report.id);
    extraction.incidents.push({ ...extraction.incidents[0]!, eventType: "air_strike", groupId: "g1" });
    await store.claims.saveExtraction(report.id, "extractor-1.0", extraction, "job:extract");

    const stored = await store.claims.getExtraction(report.id);
    expect(stored).toEqual({
      reportId: report.id,
      extractorVersion: "extractor-1.0",
      extractedAt: "2025-03-01T12:00:00.000Z",
      extraction,
    });
    expect(stored?.extraction.incidents.map((c) => c.eventType)).toEqual(["shelling", "air_strike"]);
    expect(await store.claims.countClaims()).toBe(2);
    expect(await store.claims.getExtraction("a".repeat(64))).toBeNull();
  });

  it("replaces the previous extraction on a re-run and audits old and new hashes", async () => {
    const { store, raw } = h();
    const { report, bytes } = makeReport("Re-extracted report.");
    await store.reports.save(report, bytes, "test");
    const first = makeExtraction(report.id, 3);
    const second = makeExtraction(report.id, 4);
    second.statements = [];
    await store.claims.saveExtraction(report.id, "v1", first, "job:extract");
    await store.claims.saveExtraction(report.id, "v2", second, "job:extract");

    expect((await store.claims.getExtraction(report.id))?.extraction).toEqual(second);
    expect(await store.claims.countClaims()).toBe(1);
    expect(await raw.query("select id from statements")).toEqual([]);
    const events = await store.audit.list({ limit: 10, subjectId: report.id });
    expect(events.map((e) => e.action)).toEqual(["report.saved", "extraction.saved", "extraction.saved"]);
    expect(events[1]).toMatchObject({ beforeHash: null, afterHash: sha256Hex(canonicalJson(first)) });
    expect(events[2]).toMatchObject({
      beforeHash: sha256Hex(canonicalJson(first)),
      afterHash: sha256Hex(canonicalJson(second)),
      detail: { extractorVersion: "v2", claims: 1, statements: 0 },
    });
  });

  it("fills the query columns of claims from the claim body", async () => {
    const { store, raw } = h();
    const { report, bytes } = makeReport("Columns report.");
    await store.reports.save(report, bytes, "test");
    await store.claims.saveExtraction(report.id, "v1", makeExtraction(report.id), "job:extract");
    const rows = await raw.query<Record<string, unknown>>(
      "select event_type, place_mention, gazetteer_id, lat, lon, admin1, date_start, date_end from claims",
    );
    expect(rows).toEqual([
      {
        event_type: "shelling",
        place_mention: "Sarmin",
        gazetteer_id: "geonames:163345",
        lat: 35.9036,
        lon: 36.7246,
        admin1: "Idlib",
        date_start: "2025-02-27",
        date_end: "2025-02-27",
      },
    ]);
  });

  it("refuses an extraction for an unknown report and writes nothing", async () => {
    const { store } = h();
    const id = "b".repeat(64);
    await expect(
      store.claims.saveExtraction(id, "v1", makeExtraction(id), "job:extract"),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await store.claims.countClaims()).toBe(0);
    expect(await store.audit.list({ limit: 10 })).toEqual([]);
  });
});
