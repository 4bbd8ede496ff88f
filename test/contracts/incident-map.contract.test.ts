/**
 * IncidentMapStore contract: incidents saved with their index rows in one audited transaction, then
 * read back by filter, keyset page, grid cluster, day and stream, alike on SQLite and PostgreSQL.
 */
import { expect, it } from "vitest";
import { IncidentFilter } from "../../src/domain/incident-filter.js";
import { makeIncident } from "../fixtures/make-incident.js";
import { contractSuite } from "./backends.js";

const all = Array.from({ length: 40 }, (_, i) => makeIncident(i));

contractSuite("IncidentMapStore", (h) => {
  it("saves incidents idempotently through the incident store (an unchanged save writes and audits nothing)", async () => {
    const { store } = h();
    expect(await store.incidentMap.save(all, "test")).toEqual({ saved: 40 });
    await store.incidentMap.save([all[3]!], "test");
    expect(await store.incidentMap.get(all[3]!.id)).toEqual(all[3]);
    expect(await store.incidentMap.get("missing")).toBeNull();
    expect(await store.incidentMap.count({})).toBe(40);
    const events = await store.audit.list({ limit: 10 });
    expect(
      events.map((e) => [e.action, e.detail.count, (e.detail.incidentsWritten as string[]).length]),
    ).toEqual([["incidents.saved", 40, 40]]);
    await store.incidentMap.save([{ ...all[3]!, grade: "fair" }], "test");
    expect(
      (await store.incidentMap.list(IncidentFilter.parse({ grade: "fair" }), { limit: 50 })).items.map(
        (i) => i.id,
      ),
    ).toContain(all[3]!.id);
    expect((await store.audit.list({ limit: 10 })).map((e) => e.detail.count)).toEqual([40, 1]);
  });

  it("filters by dates, area, type, grade, perpetrator, source and bounding box", async () => {
    const { store } = h();
    await store.incidentMap.save(all, "test");
    const count = (filter: unknown) => store.incidentMap.count(IncidentFilter.parse(filter));
    const expected = (keep: (i: (typeof all)[number]) => boolean) => all.filter(keep).length;
    expect(await count({ from: "2024-01-10", to: "2024-01-20" })).toBe(
      expected((i) => i.date.start! >= "2024-01-10" && i.date.start! <= "2024-01-20"),
    );
    expect(await count({ area: "Idlib" })).toBe(expected((i) => i.place.admin1 === "Idlib"));
    expect(await count({ area: "Syria" })).toBe(40);
    expect(await count({ type: "shelling,air_strike" })).toBe(
      expected((i) => i.eventType === "shelling" || i.eventType === "air_strike"),
    );
    expect(await count({ grade: "confirmed" })).toBe(expected((i) => i.grade === "confirmed"));
    expect(await count({ perpetrator: "sy_gov_assad" })).toBe(40);
    expect(await count({ perpetrator: "Syrian government forces" })).toBe(40);
    expect(await count({ perpetrator: "SY_GOV" })).toBe(0);
    expect(await count({ source: "sohr" })).toBe(expected((i) => i.sources[0]!.id === "sohr"));
    expect(await count({ bbox: "36.3,35.2,36.8,35.9" })).toBe(
      expected(
        (i) => i.place.lat! >= 35.2 && i.place.lat! <= 35.9 && i.place.lon! >= 36.3 && i.place.lon! <= 36.8,
      ),
    );
  });

  it("pages by cursor in day-descending order without gaps or repeats", async () => {
    const { store } = h();
    await store.incidentMap.save(all, "test");
    const seen: string[] = [];
    let after;
    for (let pages = 0; pages < 10; pages++) {
      const page = await store.incidentMap.list({}, { limit: 7, after });
      seen.push(...page.items.map((item) => item.id));
      if (!page.next) break;
      after = page.next;
    }
    const order = [...all]
      .sort((a, b) => (b.date.start! + b.id).localeCompare(a.date.start! + a.id))
      .map((i) => i.id);
    expect(seen).toEqual(order);
  });

  it("clusters on a grid that splits as the zoom grows, and counts per day", async () => {
    const { store } = h();
    await store.incidentMap.save(all, "test");
    const world = await store.incidentMap.clusters({}, 2);
    expect(world.reduce((sum, c) => sum + c.count, 0)).toBe(40);
    expect(world.length).toBeLessThanOrEqual(2);
    const close = await store.incidentMap.clusters({}, 14);
    expect(close.length).toBeGreaterThan(world.length);
    expect(close.reduce((sum, c) => sum + c.count, 0)).toBe(40);
    const single = close.find((c) => c.count === 1);
    expect(single?.id).toMatch(/^inc_/);
    const killed = all.reduce((sum, i) => sum + (i.casualties.killed?.point ?? 0), 0);
    expect(world.reduce((sum, c) => sum + c.killed, 0)).toBe(killed);
    const known = all.filter((i) => i.casualties.killed?.point != null).length;
    expect(world.reduce((sum, c) => sum + c.killedKnown, 0)).toBe(known);
    const days = await store.incidentMap.timeline({});
    expect(days.reduce((sum, d) => sum + d.incidents, 0)).toBe(40);
    expect(days.reduce((sum, d) => sum + d.killed, 0)).toBe(killed);
  });

  it("lists an unknown toll as null, not as zero", async () => {
    const { store } = h();
    const unknown = { ...all[0]!, casualties: { ...all[0]!.casualties, killed: null } };
    const zero = { ...all[1]!, casualties: { ...all[1]!.casualties, killed: { min: 0, max: 0, point: 0 } } };
    await store.incidentMap.save([unknown, zero], "test");
    const items = (await store.incidentMap.list({}, { limit: 10 })).items;
    expect(items.find((i) => i.id === unknown.id)?.killed).toBeNull();
    expect(items.find((i) => i.id === zero.id)?.killed).toBe(0);
  });

  it("streams every matching incident across pages", async () => {
    const { store } = h();
    const many = Array.from({ length: 1_203 }, (_, i) => makeIncident(i));
    await store.incidentMap.save(many, "test");
    let n = 0;
    for await (const incident of store.incidentMap.stream({ area: "Aleppo" })) {
      expect(incident.place.admin1).toBe("Aleppo");
      n += 1;
    }
    expect(n).toBe(many.filter((i) => i.place.admin1 === "Aleppo").length);
  });
});
