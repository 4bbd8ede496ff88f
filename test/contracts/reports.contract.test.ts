/** ReportStore contract: idempotent atomic saves, originals kept exact and verifiable, ids, listing, search. */
import { expect, it } from "vitest";
import { sha256Hex } from "../../src/storage/hash.js";
import { contractSuite } from "./backends.js";
import { makeReport } from "./fixtures.js";

/** Two fixtures whose ids share their first 6 hex characters (a birthday search over a few thousand). */
function collidingPair() {
  const seen = new Map<string, string>();
  for (let i = 0; ; i++) {
    const text = `Report number ${i} about shelling.`;
    const prefix = sha256Hex(text).slice(0, 6);
    const other = seen.get(prefix);
    if (other !== undefined) return { a: makeReport(other), b: makeReport(text), prefix };
    seen.set(prefix, text);
  }
}

contractSuite("ReportStore", (h) => {
  it("saves a report and reads it back field for field", async () => {
    const { store } = h();
    const { report, bytes } = makeReport("Shelling hit the market in Sarmin.", { title: "Sarmin market" });
    const result = await store.reports.save(report, bytes, "test");
    expect(result).toEqual({ created: true, report });
    expect(await store.reports.get(report.id)).toEqual(report);
    expect(await store.reports.get("0".repeat(64))).toBeNull();
    expect(await store.reports.count()).toBe(1);
  });

  it("writes nothing on a second save of the same bytes and returns the stored report", async () => {
    const { store, raw } = h();
    const { report, bytes } = makeReport("Same bytes twice.", { title: "First" });
    await store.reports.save(report, bytes, "test");
    const again = await store.reports.save({ ...report, title: "Second" }, bytes, "test");
    expect(again).toEqual({ created: false, report });
    expect(await store.reports.count()).toBe(1);
    expect((await store.audit.list({ limit: 10 })).length).toBe(1);
    expect(await raw.query("select sha256 from originals")).toHaveLength(1);
  });

  it("yields one row and one audit event under 5 concurrent saves, never throwing", async () => {
    const { store } = h();
    const { report, bytes } = makeReport("Concurrent ingest of one article.");
    const results = await Promise.all(
      Array.from({ length: 5 }, () => store.reports.save(report, bytes, "test")),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    for (const result of results) expect(result.report).toEqual(report);
    expect(await store.reports.count()).toBe(1);
    expect(await store.audit.list({ limit: 10 })).toHaveLength(1);
  });

  it("yields one row and one audit event when two store instances save the same bytes at once", async () => {
    const { store, openAnother } = h();
    const other = await openAnother();
    const { report, bytes } = makeReport("Two processes ingest the same article.");
    const results = await Promise.all([
      ...Array.from({ length: 3 }, () => store.reports.save(report, bytes, "worker-a")),
      ...Array.from({ length: 3 }, () => other.reports.save(report, bytes, "worker-b")),
    ]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await other.reports.count()).toBe(1);
    expect(await store.audit.list({ limit: 10 })).toHaveLength(1);
    expect((await store.audit.verify()).ok).toBe(true);
  });

  it("refuses a report whose id is not the sha256 of the bytes", async () => {
    const { store } = h();
    const { report } = makeReport("Real text.");
    await expect(
      store.reports.save(report, new TextEncoder().encode("other bytes"), "test"),
    ).rejects.toMatchObject({
      code: "REPORT_ID_MISMATCH",
    });
    expect(await store.reports.count()).toBe(0);
  });

  it("returns the exact original bytes, including non-UTF-8 bytes", async () => {
    const { store } = h();
    const bytes = new Uint8Array([0xff, 0xfe, 0x00, 0x41, 0xc7, 0xe1, 0x0a, 0x00, 0x80]);
    const { report } = makeReport("decoded text", { encoding: "windows-1256" }, bytes);
    await store.reports.save(report, bytes, "test");
    const back = await store.reports.getOriginal(report.id);
    expect(back).toBeInstanceOf(Uint8Array);
    expect(Array.from(back ?? [])).toEqual(Array.from(bytes));
    expect(await store.reports.getOriginal("f".repeat(64))).toBeNull();
  });

  it("resolves id prefixes: unique, none, ambiguous, too short", async () => {
    const { store } = h();
    const { a, b, prefix } = collidingPair();
    await store.reports.save(a.report, a.bytes, "test");
    await store.reports.save(b.report, b.bytes, "test");
    expect(await store.reports.resolveId(a.report.id.slice(0, 12))).toBe(a.report.id);
    expect(await store.reports.resolveId(b.report.id.slice(0, 12).toUpperCase())).toBe(b.report.id);
    expect(await store.reports.resolveId(a.report.id)).toBe(a.report.id);
    const absent = prefix === "abcdef" ? "fedcba" : "abcdef";
    expect(await store.reports.resolveId(absent)).toBeNull();
    await expect(store.reports.resolveId(prefix)).rejects.toMatchObject({ code: "AMBIGUOUS_ID" });
    await expect(store.reports.resolveId(prefix.slice(0, 5))).rejects.toMatchObject({
      code: "INVALID_ID_PREFIX",
    });
    await expect(store.reports.resolveId("xyz123")).rejects.toMatchObject({ code: "INVALID_ID_PREFIX" });
  });

  it("lists newest retrieved first with limit and offset", async () => {
    const { store } = h();
    const days = ["2025-01-01", "2025-01-03", "2025-01-02"];
    for (const day of days) {
      const { report, bytes } = makeReport(`Report of ${day}`, {
        retrievedAt: `${day}T00:00:00.000Z`,
        title: day,
      });
      await store.reports.save(report, bytes, "test");
    }
    const all = await store.reports.list({ limit: 10, offset: 0 });
    expect(all.map((r) => r.title)).toEqual(["2025-01-03", "2025-01-02", "2025-01-01"]);
    expect(all[0]).toMatchObject({ publisher: "Example News", publishedAt: "2025-02-28", language: "en" });
    expect(typeof all[0]?.byteLength).toBe("number");
    expect((await store.reports.list({ limit: 1, offset: 1 })).map((r) => r.title)).toEqual(["2025-01-02"]);
    expect(await store.reports.count()).toBe(3);
  });

  it("searches title and text, best first, with a highlighted snippet", async () => {
    const { store } = h();
    const market = makeReport("Artillery shelling struck the vegetable market in Sarmin, killing three.", {
      title: "Market shelled",
    });
    const school = makeReport("An air strike damaged a school near Ariha.", { title: "School hit" });
    const arabic = makeReport("قصف مدفعي على سوق مدينة سرمين", { title: "قصف سرمين", language: "ar" });
    for (const f of [market, school, arabic]) await store.reports.save(f.report, f.bytes, "test");

    const hits = await store.reports.search("market", { limit: 10 });
    expect(hits.map((r) => r.id)).toEqual([market.report.id]);
    expect(hits[0]?.snippet).toContain("**");
    expect(hits[0]?.snippet.toLowerCase()).toContain("market");
    expect(typeof hits[0]?.byteLength).toBe("number");
    expect((await store.reports.search("school Ariha", { limit: 10 })).map((r) => r.id)).toEqual([
      school.report.id,
    ]);
    expect((await store.reports.search("سرمين", { limit: 10 })).map((r) => r.id)).toEqual([arabic.report.id]);
    expect(await store.reports.search("nonexistentword", { limit: 10 })).toEqual([]);
    expect(await store.reports.search("   ", { limit: 10 })).toEqual([]);
  });

  it("searches Arabic through clitics, hamza forms, ta marbuta and diacritics, snippet as written", async () => {
    const { store } = h();
    const shelling = makeReport("وأفادت مصادر محلية بأن بالقصفِ المدفعيّ استهدف مدينةً إدلب صباح اليوم.", {
      title: "غارات على إدلب",
      language: "ar",
    });
    const other = makeReport("اجتماع لمجلس الأمن في نيويورك لبحث الوضع الإنساني.", {
      title: "مجلس الأمن",
      language: "ar",
    });
    for (const f of [shelling, other]) await store.reports.save(f.report, f.bytes, "test");
    for (const query of ["قصف", "القصف", "مدينة", "مدينه", "ادلب", "إدلب", "المدفعي"]) {
      expect(
        (await store.reports.search(query, { limit: 5 })).map((r) => r.id),
        query,
      ).toEqual([shelling.report.id]);
    }
    const [hit] = await store.reports.search("قصف", { limit: 5 });
    // The snippet quotes the stored text, diacritics and all, not the folded index.
    expect(hit?.snippet).toContain("**بالقصفِ**");
    expect((await store.reports.search("الأمن", { limit: 5 })).map((r) => r.id)).toEqual([other.report.id]);
  });

  it("never throws on arbitrary search input", async () => {
    const { store } = h();
    const { report, bytes } = makeReport("Shelling on Sarmin (Idlib) AND nearby villages.");
    await store.reports.save(report, bytes, "test");
    const nasty = [
      '"',
      '"unbalanced',
      "AND",
      "OR OR",
      "(",
      ")(",
      "NEAR(",
      "*",
      "-",
      "title:x",
      "a:b:c",
      "^x",
      "'",
      "\\",
      "!!",
      "sarmin*",
      '""',
      "NOT",
      "{x}",
      "\u0000",
      "%_",
    ];
    for (const input of nasty) {
      await expect(store.reports.search(input, { limit: 5 })).resolves.toBeInstanceOf(Array);
    }
    expect((await store.reports.search('"Sarmin" (idlib', { limit: 5 })).map((r) => r.id)).toEqual([
      report.id,
    ]);
  });

  it("verifyOriginals detects tampered bytes and missing originals", async () => {
    const { store, raw } = h();
    const fixtures = ["first", "second", "third"].map((t) => makeReport(`The ${t} report.`));
    for (const f of fixtures) await store.reports.save(f.report, f.bytes, "test");
    expect(await store.reports.verifyOriginals()).toEqual({ checked: 3, mismatched: [], missing: [] });

    const [tampered, removed] = fixtures;
    await raw.query("update originals set bytes = ? where sha256 = ?", [
      Buffer.from("forged"),
      tampered?.report.id,
    ]);
    await raw.query("delete from originals where sha256 = ?", [removed?.report.id]);
    expect(await store.reports.verifyOriginals()).toEqual({
      checked: 2,
      mismatched: [tampered?.report.id],
      missing: [removed?.report.id],
    });
  });

  it("upserts the publisher as a source once", async () => {
    const { store, raw } = h();
    for (const text of ["one", "two"]) {
      const { report, bytes } = makeReport(text, { publisher: "Enab Baladi" });
      await store.reports.save(report, bytes, "test");
    }
    const { report, bytes } = makeReport("no publisher", { publisher: null });
    await store.reports.save(report, bytes, "test");
    const sources = await raw.query<{ name: string; reliability: string }>(
      "select name, reliability from sources",
    );
    expect(sources).toEqual([{ name: "Enab Baladi", reliability: "F" }]);
    const linked = await raw.query("select id from reports where source_id is not null");
    expect(linked).toHaveLength(2);
  });
});

contractSuite("ReportStore.annotate", (h) => {
  it("sets user metadata with an audit event, and writes nothing for a patch that changes nothing", async () => {
    const { store } = h();
    const { report, bytes } = makeReport("Shelling hit Kafr Nabl; no date in the text.");
    await store.reports.save(report, bytes, "test");
    const first = await store.reports.annotate(
      report.id,
      { publishedAt: "2021-09-08", publisher: "Wire" },
      "analyst",
    );
    expect(first.changed).toBe(true);
    expect(first.report).toEqual({ ...report, publishedAt: "2021-09-08", publisher: "Wire" });
    expect(await store.reports.get(report.id)).toEqual(first.report);
    const again = await store.reports.annotate(report.id, { publishedAt: "2021-09-08" }, "analyst");
    expect(again.changed).toBe(false);
    const events = await store.audit.list({ limit: 10 });
    expect(events.map((e) => e.action)).toEqual(["report.saved", "report.annotated"]);
    expect(events[1]!.beforeHash).not.toEqual(events[1]!.afterHash);
    expect((await store.audit.verify()).ok).toBe(true);
    expect(await store.reports.getOriginal(report.id)).toEqual(new Uint8Array(bytes));
  });

  it("refuses an unknown report", async () => {
    const { store } = h();
    await expect(
      store.reports.annotate("f".repeat(64), { publishedAt: "2021-01-01" }, "x"),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

contractSuite("ReportStore.rederive", (h) => {
  it("replaces the derived fields and the search index, keeps identity and original, audits the change", async () => {
    const { store } = h();
    const { report, bytes } = makeReport("Shelling hit the old market in Sarmin.", { title: "Old title" });
    await store.reports.save(report, bytes, "test");
    const rederived = {
      ...report,
      title: "New title",
      text: "Shelling hit the zucchiniwords market in Sarmin.",
      retrievedAt: "2030-01-01T00:00:00.000Z",
      originalName: "ignored.txt",
      removed: [],
      keywords: ["Sarmin"],
    };
    expect(await store.reports.search("zucchiniwords", { limit: 5 })).toEqual([]);
    expect(await store.reports.rederive(report.id, rederived, "reparser")).toEqual({ changed: true });

    const stored = await store.reports.get(report.id);
    expect(stored).toEqual({
      ...rederived,
      retrievedAt: report.retrievedAt,
      originalName: report.originalName,
    });
    expect((await store.reports.search("zucchiniwords", { limit: 5 })).map((r) => r.id)).toEqual([report.id]);
    expect(await store.reports.search("old", { limit: 5 })).toEqual([]);
    expect(await store.reports.getOriginal(report.id)).toEqual(new Uint8Array(bytes));
    expect(await store.reports.verifyOriginals()).toMatchObject({ checked: 1, mismatched: [] });

    const events = await store.audit.list({ limit: 10 });
    expect(events.map((e) => e.action)).toEqual(["report.saved", "report.rederived"]);
    const event = events[1]!;
    expect(event).toMatchObject({ actor: "reparser", subjectType: "report", subjectId: report.id });
    expect(event.beforeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(event.afterHash).toMatch(/^[0-9a-f]{64}$/);
    expect(event.beforeHash).not.toEqual(event.afterHash);
    expect(event.detail).toMatchObject({ changed: ["title", "text", "removed", "keywords"] });
    expect(await store.audit.verify()).toMatchObject({ ok: true, checked: 2 });
  });

  it("writes nothing when the derivation is unchanged", async () => {
    const { store } = h();
    const { report, bytes } = makeReport("Nothing new in this derivation.");
    await store.reports.save(report, bytes, "test");
    const later = { ...report, retrievedAt: "2031-01-01T00:00:00.000Z" };
    expect(await store.reports.rederive(report.id, later, "reparser")).toEqual({ changed: false });
    expect(await store.reports.get(report.id)).toEqual(report);
    expect(await store.audit.list({ limit: 10 })).toHaveLength(1);
  });

  it("keeps the metadata the user asserted at save and by annotate", async () => {
    const { store } = h();
    const { report, bytes } = makeReport("A report dated by the user.", { publishedAt: "2021-09-08" });
    await store.reports.save(report, bytes, "test", { userMetadata: { publishedAt: "2021-09-08" } });
    await store.reports.annotate(report.id, { url: "https://example.org/a" }, "analyst");
    expect(await store.reports.userMetadata(report.id)).toEqual({
      publishedAt: "2021-09-08",
      url: "https://example.org/a",
    });
    const detected = { ...report, publishedAt: "2021-09-01", url: null, publisher: "Detected Wire" };
    expect(await store.reports.rederive(report.id, detected, "reparser")).toEqual({ changed: true });
    expect(await store.reports.get(report.id)).toMatchObject({
      publishedAt: "2021-09-08",
      url: "https://example.org/a",
      publisher: "Detected Wire",
    });
    expect(await store.reports.userMetadata("f".repeat(64))).toBeNull();
  });

  it("records a user's confirmation of a derived value without reporting a change", async () => {
    const { store } = h();
    const { report, bytes } = makeReport("The text gave this date.", { publishedAt: "2021-09-08" });
    await store.reports.save(report, bytes, "test");
    expect(await store.reports.userMetadata(report.id)).toEqual({});
    const confirmed = await store.reports.annotate(report.id, { publishedAt: "2021-09-08" }, "analyst");
    expect(confirmed.changed).toBe(false);
    expect(await store.reports.userMetadata(report.id)).toEqual({ publishedAt: "2021-09-08" });
    expect((await store.reports.annotate(report.id, { publishedAt: "2021-09-08" }, "analyst")).changed).toBe(
      false,
    );
    expect((await store.audit.list({ limit: 10 })).map((e) => e.action)).toEqual([
      "report.saved",
      "report.annotated",
    ]);
    expect((await store.audit.verify()).ok).toBe(true);
  });

  it("treats every stored value of a report saved before user metadata was recorded as the user's", async () => {
    const { store, raw } = h();
    const { report, bytes } = makeReport("Stored by an older version.", { url: null });
    await store.reports.save(report, bytes, "test");
    await raw.query("update reports set user_metadata = null where id = ?", [report.id]);
    expect(await store.reports.userMetadata(report.id)).toEqual({
      mediaType: "text/plain",
      publishedAt: "2025-02-28",
      publisher: "Example News",
    });
  });

  it("refuses an unknown report and a derivation of other bytes", async () => {
    const { store } = h();
    const { report, bytes } = makeReport("Real report.");
    await store.reports.save(report, bytes, "test");
    const other = makeReport("Other bytes.").report;
    await expect(store.reports.rederive(other.id, other, "x")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(store.reports.rederive(report.id, other, "x")).rejects.toMatchObject({
      code: "REPORT_ID_MISMATCH",
    });
    expect(await store.reports.get(report.id)).toEqual(report);
  });
});
