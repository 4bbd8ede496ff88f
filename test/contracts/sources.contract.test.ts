/** SourceStore contract: seeding adds only missing records, edits win over the seed, every change is audited. */
import { expect, it } from "vitest";
import { SYRIA_SOURCES } from "../../src/knowledge/index.js";
import { contractSuite } from "./backends.js";

contractSuite("SourceStore", (h) => {
  it("seeds once, keeps edits, and adds only new seed records later", async () => {
    const { store } = h();
    const seed = SYRIA_SOURCES.slice(0, 3);
    expect(await store.sources.seed(seed, "system:seed")).toBe(3);
    expect(await store.sources.seed(seed, "system:seed")).toBe(0);
    expect(await store.sources.list()).toEqual([...seed].sort((a, b) => (a.id < b.id ? -1 : 1)));

    const edited = { ...seed[0]!, reliability: "C" as const, aliases: [...seed[0]!.aliases, "New Alias"] };
    expect(await store.sources.update(edited, "ana")).toEqual({ changed: true });
    expect(await store.sources.update(edited, "ana")).toEqual({ changed: false });
    expect(await store.sources.seed(SYRIA_SOURCES.slice(0, 4), "system:seed")).toBe(1);
    expect(await store.sources.get(seed[0]!.id)).toEqual(edited);

    const events = await store.audit.list({ limit: 10 });
    expect(events.map((e) => e.action)).toEqual(["sources.seeded", "source.edited", "sources.seeded"]);
    expect(events[1]).toMatchObject({
      subjectId: seed[0]!.id,
      detail: { fields: ["aliases", "reliability"] },
    });
    expect((await store.audit.verify()).ok).toBe(true);
  });

  it("adds a new source, refuses a taken id and an unknown one, and writes nothing then", async () => {
    const { store } = h();
    const record = { ...SYRIA_SOURCES[0]!, id: "local-monitor", name: "Local Monitor" };
    await store.sources.add(record, "ana");
    expect(await store.sources.get("local-monitor")).toEqual(record);
    await expect(store.sources.add(record, "ana")).rejects.toMatchObject({ code: "SOURCE_EXISTS" });
    await expect(store.sources.update({ ...record, id: "nobody" }, "ana")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await store.audit.list({ limit: 10 })).toHaveLength(1);
    expect(await store.sources.get("nobody")).toBeNull();
  });
});
