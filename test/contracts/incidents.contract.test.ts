/**
 * IncidentStore contract: a change round-trips exactly, is audited once, and re-applying it writes
 * nothing; the place + day index finds claims by key and overlapping dates; lists filter and sort the
 * same way on both backends; a failed transaction leaves nothing behind.
 */
import { expect, it } from "vitest";
import type { CountRange, IncidentClaim } from "../../src/domain/claim.js";
import type { Incident } from "../../src/domain/incident.js";
import type { ResolvableClaim } from "../../src/domain/resolution.js";
import type { ClaimQuery, IncidentTransaction } from "../../src/storage/ports.js";
import { contractSuite } from "./backends.js";
import { incidentOf, makeClaim, meta, placed, resolvable } from "./incident-fixtures.js";

const R1 = "1".repeat(64);
const R2 = "2".repeat(64);
const R3 = "3".repeat(64);
const audit = {
  actor: "test",
  action: "incidents.resolved",
  subjectType: "report",
  subjectId: R1,
  detail: {},
};

/** Writes one incident with its claims placed in it (no deletions), the change most tests make. */
function applyIncident(tx: IncidentTransaction, incident: Incident, claims: ResolvableClaim[]) {
  return tx.apply(
    {
      placements: placed(incident.id, claims),
      incidents: [{ incident, meta: meta(incident.id) }],
      deleted: [],
    },
    audit,
  );
}

contractSuite("IncidentStore", (h) => {
  it("stores incidents and claims, reads them back, and audits the change once", async () => {
    const { store } = h();
    const claims = [
      ...resolvable(R1, [makeClaim("2025-02-27")]),
      ...resolvable(R2, [makeClaim("2025-02-27")]),
    ];
    const incident = incidentOf("inc_00000000000000a1", claims);
    const change = {
      placements: placed(incident.id, claims),
      incidents: [{ incident, meta: meta(incident.id) }],
      deleted: [],
      resolvedReports: [{ reportId: R1, extractionHash: "h1", resolverVersion: "1", claims: 1 }],
    };
    const first = await store.incidents.transact((tx) => tx.apply(change, audit));
    expect(first).toEqual({ changed: true, written: 3, deleted: 0 });
    expect(await store.incidents.get(incident.id)).toEqual(incident);
    // Key for key (migration 017 leaves out of the stored body what its row and claim rows hold).
    expect(JSON.stringify(await store.incidents.get(incident.id))).toBe(JSON.stringify(incident));
    expect(await store.incidents.list({ limit: 10, offset: 0 })).toEqual([incident]);
    expect(await store.incidents.count()).toBe(1);
    expect(await store.incidents.countClaims()).toBe(2);
    expect(await store.incidents.resolveId("inc_000000")).toBe(incident.id);
    expect(await store.incidents.resolveId("00000000000000a1")).toBe(incident.id);
    expect(await store.incidents.resolveId("inc_ffffff")).toBeNull();
    expect(await store.incidents.resolvedReport(R1)).toEqual({ extractionHash: "h1", resolverVersion: "1" });
    expect(await store.incidents.incidentIdsOfSource("sohr")).toEqual([incident.id]);
    const stored = await store.incidents.transact((tx) => tx.claimsOfIncidents([incident.id]));
    expect(stored.sort((a, b) => (a.claim.id < b.claim.id ? -1 : 1))).toEqual(placed(incident.id, claims));
    expect(await store.incidents.transact((tx) => tx.metas([incident.id]))).toEqual([meta(incident.id)]);

    const events = await store.audit.list({ limit: 10 });
    expect(events.map((e) => e.action)).toEqual(["incidents.resolved"]);
    expect(events[0]?.detail).toMatchObject({ incidentsWritten: [incident.id], claimsWritten: 2 });

    // The same change again writes nothing and appends no audit event.
    const again = await store.incidents.transact((tx) => tx.apply(change, audit));
    expect(again).toEqual({ changed: false, written: 0, deleted: 0 });
    expect(await store.audit.list({ limit: 10 })).toHaveLength(1);
    // Resolution's write stamp (migration 015): set by the write, left as it was by the one that wrote nothing.
    const stamps = async () =>
      (await h().raw.query<{ version: number | string }>("select version from incident_store_version")).map(
        (c) => String(c.version),
      );
    const stamp = await stamps();
    expect(stamp).toHaveLength(1);
    await store.incidents.transact((tx) => tx.apply(change, audit));
    expect(await stamps()).toEqual(stamp);
    await store.incidents.transact((tx) =>
      tx.apply(
        { ...change, resolvedReports: [{ ...change.resolvedReports[0]!, extractionHash: "h2" }] },
        audit,
      ),
    );
    expect(await stamps()).not.toEqual(stamp);
    expect((await store.audit.verify()).ok).toBe(true);
  });

  it("writes a fresh change (bulk resolution into an empty store) as the compared write would", async () => {
    const { store } = h();
    const claims = [
      ...resolvable(R1, [makeClaim("2025-02-27")]),
      ...resolvable(R2, [makeClaim("2025-02-27")]),
      ...resolvable(R3, [makeClaim(null)]),
    ];
    const incident = incidentOf("inc_00000000000000c1", claims);
    const change = {
      placements: placed(incident.id, claims),
      incidents: [{ incident, meta: meta(incident.id), claimsInRows: true }],
      deleted: [],
      resolvedReports: [{ reportId: R1, extractionHash: "h1", resolverVersion: "1", claims: 1 }],
    };
    const first = await store.incidents.transact((tx) => tx.apply({ ...change, fresh: true }, audit));
    expect(first).toEqual({ changed: true, written: 4, deleted: 0 });
    expect(await store.incidents.get(incident.id)).toEqual(incident);
    expect(await store.incidentMap.get(incident.id)).toEqual(incident);
    expect(await store.incidents.resolvedReport(R1)).toEqual({ extractionHash: "h1", resolverVersion: "1" });
    const found = await store.incidents.transact((tx) =>
      tx.findClaims([{ keys: ["e:geonames:163345"], overlapping: { from: "2025-02-27", to: "2025-02-27" } }]),
    );
    expect(found.map((p) => p.claim.reportId).sort()).toEqual([R1, R2]);
    // The compared write finds every row as it would have written it: nothing to write.
    const again = await store.incidents.transact((tx) => tx.apply(change, audit));
    expect(again).toEqual({ changed: false, written: 0, deleted: 0 });
    expect((await store.audit.verify()).ok).toBe(true);
  });

  it("stores an incident built from its claim rows without them, and puts them back on every read", async () => {
    const { store } = h();
    // A window claim and a day claim: the read lists them in the resolver's order (day claims first).
    const claims = [
      ...resolvable(R1, [makeClaim(null)]),
      ...resolvable(R2, [makeClaim("2025-02-27")]),
      ...resolvable(R3, [makeClaim("2025-02-27")]),
    ];
    const incident = incidentOf("inc_00000000000000b1", claims);
    expect(incident.claims.map((c) => c.reportId)).toEqual([R2, R3, R1]);
    await store.incidents.transact((tx) =>
      tx.apply(
        {
          placements: placed(incident.id, claims),
          incidents: [{ incident, meta: meta(incident.id), claimsInRows: true }],
          deleted: [],
        },
        audit,
      ),
    );
    expect(await store.incidents.get(incident.id)).toEqual(incident);
    // Key for key (migration 017 leaves out of the stored body what its row and claim rows hold).
    expect(JSON.stringify(await store.incidents.get(incident.id))).toBe(JSON.stringify(incident));
    expect(await store.incidents.list({ limit: 10, offset: 0 })).toEqual([incident]);
    expect(await store.incidents.transact((tx) => tx.get(incident.id))).toEqual(incident);
    expect(await store.incidentMap.get(incident.id)).toEqual(incident);
    const streamed = [];
    for await (const one of store.incidentMap.stream({})) streamed.push(one);
    expect(streamed).toEqual([incident]);
  });

  it("finds claims through the place + day index by key and overlapping dates", async () => {
    const { store } = h();
    const day = resolvable(R1, [makeClaim("2025-02-27")]);
    const week = resolvable(R2, [
      makeClaim(null, {
        date: {
          start: "2025-02-20",
          end: "2025-02-26",
          precision: "week",
          text: "last week",
          relative: null,
        },
      }),
    ]);
    const undated = resolvable(R3, [makeClaim(null)]);
    const all = [...day, ...week, ...undated];
    const incident = incidentOf("inc_00000000000000b1", all);
    await store.incidents.transact((tx) =>
      tx.apply(
        {
          placements: placed(incident.id, all),
          incidents: [{ incident, meta: meta(incident.id) }],
          deleted: [],
        },
        audit,
      ),
    );
    const key = "e:geonames:163345";
    const ids = async (query: ClaimQuery[]) =>
      (await store.incidents.transact((tx) => tx.findClaims(query))).map((p) => p.claim.reportId).sort();
    expect(await ids([{ keys: [key], overlapping: { from: "2025-02-27", to: "2025-02-27" } }])).toEqual([R1]);
    expect(await ids([{ keys: [key], overlapping: { from: "2025-02-26", to: "2025-02-27" } }])).toEqual([
      R1,
      R2,
    ]);
    expect(await ids([{ keys: [key], overlapping: { from: "2025-02-28", to: "2025-03-05" } }])).toEqual([]);
    expect(await ids([{ keys: [key], undated: true }])).toEqual([R3]);
    expect(await ids([{ keys: [key], anyDated: true }])).toEqual([R1, R2]);
    expect(await ids([{ keys: ["e:geonames:1"], anyDated: true }])).toEqual([]);
    // A screened search reads only the dated claims whose index entry (attacker, toll) it accepts.
    const screened: string[] = [];
    expect(
      await ids([
        {
          keys: [key],
          anyDated: true,
          accept: (id, anchor) => {
            screened.push(`${id.slice(0, 4)} ${anchor.eventType} ${anchor.actors.join(",")}`);
            return id.startsWith(R2);
          },
        },
      ]),
    ).toEqual([R2]);
    expect(screened.sort()).toEqual([
      `${R1.slice(0, 4)} shelling SY_GOV_ASSAD`,
      `${R2.slice(0, 4)} shelling SY_GOV_ASSAD`,
    ]);
    // A grid cell finds the claim too; several lookups return each claim once.
    const cell = day[0]?.place.cell as string;
    expect(
      await ids([
        { keys: [cell], overlapping: { from: "2025-02-01", to: "2025-03-01" } },
        { keys: [key], overlapping: { from: "2025-02-27", to: "2025-02-27" } },
      ]),
    ).toEqual([R1, R2]);
  });

  it("answers index lookups from memory only while nothing else wrote, and sees every write", async () => {
    const { store } = h();
    const other = await h().openAnother();
    const key = "e:geonames:163345";
    const write = (on: typeof store, reportId: string, date: string | null, replace = false) => {
      const claims = resolvable(reportId, [makeClaim(date)]);
      const incident = incidentOf(`inc_${reportId.slice(0, 16)}`, claims);
      return on.incidents.transact((tx) =>
        tx.apply(
          {
            replaceReports: replace ? [reportId] : undefined,
            placements: replace ? [] : placed(incident.id, claims),
            incidents: replace ? [] : [{ incident, meta: meta(incident.id) }],
            deleted: replace ? [incident.id] : [],
          },
          audit,
        ),
      );
    };
    const day = { keys: [key], overlapping: { from: "2025-02-27", to: "2025-02-27" } };
    const ids = async (on: typeof store, query: ClaimQuery[] = [day, { keys: [key], undated: true }]) =>
      (await on.incidents.transact((tx) => tx.findClaims(query))).map((p) => p.claim.reportId[0]).sort();
    await write(store, R1, "2025-02-27");
    expect(await ids(store)).toEqual(["1"]);
    // Its own writes reach what it keeps once committed.
    await write(store, R2, "2025-02-27");
    await write(store, R3, null);
    expect(await ids(store)).toEqual(["1", "2", "3"]);
    // Another store (another process) writes: the first store reads the store again.
    const R4 = "4".repeat(64);
    const R5 = "5".repeat(64);
    await write(other, R4, "2025-02-27");
    await write(other, R5, null);
    expect(await ids(store)).toEqual(["1", "2", "3", "4", "5"]);
    await write(other, R1, null, true);
    await write(other, R3, null, true);
    expect(await ids(store)).toEqual(["2", "4", "5"]);
    await write(store, R2, null, true);
    expect(await ids(store)).toEqual(["4", "5"]);
    // A rolled-back write leaves nothing behind in memory either; inside its transaction, a write is seen.
    const R6 = "6".repeat(64);
    const claims = resolvable(R6, [makeClaim("2025-02-27")]);
    const incident = incidentOf("inc_6666666666666666", claims);
    await expect(
      store.incidents.transact(async (tx) => {
        await applyIncident(tx, incident, claims);
        expect((await tx.findClaims([day])).map((p) => p.claim.reportId[0]).sort()).toEqual(["4", "6"]);
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await ids(store)).toEqual(["4", "5"]);
    // A lookup further back than the days held reads the store.
    expect(
      await ids(store, [{ keys: [key], overlapping: { from: "2024-01-01", to: "2025-03-01" } }]),
    ).toEqual(["4"]);
  });

  it("reads without the lock: another store's write meanwhile is not blocked, and the next lookup sees it", async () => {
    const { store } = h();
    const other = await h().openAnother();
    const key = "e:geonames:163345";
    const write = (on: typeof store, reportId: string) => {
      const claims = resolvable(reportId, [makeClaim("2025-02-27")]);
      const incident = incidentOf(`inc_${reportId.slice(0, 16)}`, claims);
      return on.incidents.transact((tx) => applyIncident(tx, incident, claims));
    };
    const day: ClaimQuery = { keys: [key], overlapping: { from: "2025-02-27", to: "2025-02-27" } };
    const reports = (found: { claim: { reportId: string } }[]) =>
      found.map((p) => p.claim.reportId[0]).sort();
    await write(store, R1);
    const seen = await store.incidents.read(async (tx) => {
      const before = reports(await tx.findClaims([day]));
      await write(other, R2);
      const after = reports(await tx.findClaims([day]));
      const members = reports(
        await tx.claimsOfIncidents([`inc_${R1.slice(0, 16)}`, `inc_${R2.slice(0, 16)}`]),
      );
      return { before, after, members };
    });
    expect(seen).toEqual({ before: ["1"], after: ["1", "2"], members: ["1", "2"] });
    expect(reports(await store.incidents.read((tx) => tx.findClaims([day])))).toEqual(["1", "2"]);
  });

  it("tests tolls and screens attackers in a bounded search of a place's history as the undated rule does", async () => {
    const { store } = h();
    const toll = (min: number, max: number | null) => ({ min, max });
    // One dated claim per report at one place, with the tolls the undated rule compares.
    const tolls: [string, Partial<IncidentClaim["casualties"]>][] = [
      ["zero", { killed: toll(0, 0) }],
      ["two", { killed: toll(2, 2) }],
      ["one-three", { killed: toll(1, 3), injured: toll(0, 0) }],
      ["five-or-more", { killed: toll(5, null) }],
      ["injured-three", { killed: null, injured: toll(3, 3) }],
    ];
    const reportOf = (i: number) => (i + 4).toString(16).repeat(64);
    const claims = tolls.flatMap(([, casualties], i) =>
      resolvable(reportOf(i), [
        makeClaim("2025-02-27", { casualties: { ...makeClaim(null).casualties, ...casualties } }),
      ]),
    );
    const incident = incidentOf("inc_00000000000000c1", claims);
    await store.incidents.transact((tx) => applyIncident(tx, incident, claims));
    const found = async (killed: CountRange | null, injured: CountRange | null) => {
      const query: ClaimQuery = {
        keys: ["e:geonames:163345"],
        anyDated: true,
        accept: () => true,
        enough: 100,
        types: ["shelling"],
        tolls: { killed, injured },
      };
      const reports = (await store.incidents.transact((tx) => tx.findClaims([query]))).map(
        (p) => p.claim.reportId,
      );
      return tolls.filter((_, i) => reports.includes(reportOf(i))).map(([name]) => name);
    };
    // Ranges overlap and not both zero, on killed or on injured; an open maximum reaches every count.
    expect(await found(toll(2, 2), null)).toEqual(["two", "one-three"]);
    expect(await found(toll(0, 10), null)).toEqual(["two", "one-three", "five-or-more"]);
    expect(await found(toll(0, 0), null)).toEqual([]);
    expect(await found(toll(40, null), null)).toEqual(["five-or-more"]);
    expect(await found(null, toll(0, 5))).toEqual(["injured-three"]);
    expect(await found(null, toll(0, 0))).toEqual([]);
    expect(await found(toll(3, 3), toll(3, 3))).toEqual(["one-three", "injured-three"]);
    // Attackers are screened too: only claims naming one of those listed.
    const named = async (attackers: string[]) => {
      const query: ClaimQuery = {
        keys: ["e:geonames:163345"],
        anyDated: true,
        accept: () => true,
        enough: 100,
        attackers,
      };
      return (await store.incidents.transact((tx) => tx.findClaims([query]))).length;
    };
    expect(await named(["SY_GOV_ASSAD"])).toBe(tolls.length);
    expect(await named(["RU_MIL", "TR_MIL"])).toBe(0);
    expect(await named(["SY_GOV"])).toBe(0);
  });

  it("pages through a place's history newest first, within a reach, until enough are accepted", async () => {
    const { store } = h();
    // 140 dated claims at one place, one a day from 2025-01-01: more than one page of the search.
    const day = (i: number) => new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10);
    const reportOf = (i: number) => i.toString(16).padStart(64, "0");
    const claims = Array.from({ length: 140 }, (_, i) => resolvable(reportOf(i), [makeClaim(day(i))])).flat();
    const incident = incidentOf("inc_00000000000000c1", claims);
    await store.incidents.transact((tx) => applyIncident(tx, incident, claims));
    const search = (enough: number, within?: { from: string; to: string }) =>
      store.incidents.transact(async (tx) =>
        (
          await tx.findClaims([
            {
              keys: ["e:geonames:163345"],
              anyDated: true,
              accept: () => true,
              enough,
              within,
              types: ["shelling"],
            },
          ])
        )
          .map((p) => p.claim.anchor.from as string)
          .sort(),
      );
    // Every page read when more are wanted than there are (128, then the 12 oldest).
    expect(await search(500)).toEqual(claims.map((c) => c.anchor.from).sort());
    // The newest first: the search stops once it has enough.
    expect(await search(3)).toEqual([day(137), day(138), day(139)]);
    // Within a reach, and past the first page's cursor of the same statement.
    expect(await search(500, { from: day(5), to: day(9) })).toEqual([5, 6, 7, 8, 9].map(day));
    expect(await search(2, { from: day(5), to: day(9) })).toEqual([day(8), day(9)]);
  });

  it("gives searches that share a place's history, read once and screened in memory, what each finds alone", async () => {
    const { store } = h();
    const toll = (min: number, max: number | null) => ({ min, max });
    const day = (i: number) => new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10);
    const reportOf = (i: number) => (i + 1).toString(16).padStart(64, "0");
    // 60 dated claims at one place, a day apart, with tolls, types and attackers that vary.
    const types = ["shelling", "air_strike", "shooting"] as const;
    const actors = [["SY_GOV_ASSAD"], ["RU_MIL"], ["SY_GOV_ASSAD", "TR_MIL"], []];
    const tolls = [
      { killed: toll(0, 0) },
      { killed: toll(2, 2) },
      { killed: toll(1, 3), injured: toll(0, 0) },
      { killed: toll(5, null) },
      { killed: null, injured: toll(3, 3) },
    ];
    const claims = Array.from({ length: 60 }, (_, i) =>
      resolvable(reportOf(i), [
        makeClaim(day(i), {
          eventType: types[i % types.length],
          casualties: { ...makeClaim(null).casualties, ...tolls[i % tolls.length] },
          perpetrators: (actors[i % actors.length] ?? []).map((actorId) => ({
            actorId,
            name: actorId,
            mention: actorId,
            role: "primary" as const,
          })),
        }),
      ]),
    ).flat();
    const incident = incidentOf("inc_00000000000000c1", claims);
    await store.incidents.transact((tx) => applyIncident(tx, incident, claims));
    type Ask = Omit<Extract<ClaimQuery, { anyDated: true }>, "keys" | "anyDated" | "accept">;
    const asks: Ask[] = [
      { enough: 100, types: ["shelling"], tolls: { killed: toll(2, 2), injured: null } },
      { enough: 100, tolls: { killed: toll(0, 10), injured: null }, attackers: ["SY_GOV_ASSAD"] },
      { enough: 4, tolls: { killed: null, injured: toll(0, 5) } },
      { enough: 100, attackers: ["RU_MIL", "TR_MIL"] },
      { enough: 100, attackers: ["SY_GOV"] },
      { enough: 3, types: ["air_strike", "shelling"], within: { from: day(20), to: day(30) } },
      { enough: 100, tolls: { killed: toll(0, 0), injured: null } },
      { enough: 7 },
    ];
    // Each search records what it accepted (all it is shown), as the undated claims' searches do.
    const run = async (together: Ask[]) => {
      const found = together.map(() => [] as string[]);
      const queries: ClaimQuery[] = together.map((ask, i) => ({
        ...ask,
        keys: ["e:geonames:163345"],
        anyDated: true,
        accept: (id) => (found[i]?.push(id), true),
      }));
      await store.incidents.transact((tx) => tx.findClaims(queries));
      return found;
    };
    const alone = await Promise.all(asks.map(async (ask) => (await run([ask]))[0]));
    // Alone, each is the store's own search, screened in SQL (claims naming no attacker have no anchor).
    expect(alone.map((ids) => ids?.length)).toEqual([6, 18, 4, 30, 0, 3, 0, 7]);
    expect(await run(asks)).toEqual(alone);
  });

  it("replaces a report's claims, deletes emptied incidents and keeps analyst decisions", async () => {
    const { store } = h();
    const a = resolvable(R1, [makeClaim("2025-02-27"), makeClaim("2025-02-28")]);
    const first = incidentOf("inc_00000000000000c1", [a[0]!]);
    const second = incidentOf("inc_00000000000000c2", [a[1]!]);
    const reviewed = meta(first.id, {
      review: { status: "confirmed", by: "ana", at: "2025-03-01T12:00:00.000Z", note: null },
      pinned: true,
      overrides: { eventType: "air_strike" },
    });
    await store.incidents.transact((tx) =>
      tx.apply(
        {
          placements: [...placed(first.id, [a[0]!], true), ...placed(second.id, [a[1]!])],
          incidents: [
            { incident: first, meta: reviewed },
            { incident: second, meta: meta(second.id) },
          ],
          deleted: [],
        },
        audit,
      ),
    );
    expect(await store.incidents.transact((tx) => tx.metas([first.id]))).toEqual([reviewed]);
    expect(await store.incidents.list({ limit: 10, offset: 0, status: "confirmed" })).toHaveLength(1);

    // A new extraction of R1 keeps only its first claim: the second incident goes.
    const result = await store.incidents.transact((tx) =>
      tx.apply(
        {
          replaceReports: [R1],
          placements: placed(first.id, [a[0]!], true),
          incidents: [],
          deleted: [second.id],
        },
        audit,
      ),
    );
    expect(result).toEqual({ changed: true, written: 0, deleted: 1 });
    expect(await store.incidents.get(second.id)).toBeNull();
    expect(await store.incidents.countClaims()).toBe(1);
    const found = await store.incidents.transact((tx) =>
      tx.findClaims([{ keys: ["e:geonames:163345"], anyDated: true }]),
    );
    expect(found.map((p) => p.claim.id)).toEqual([`${R1}:0`]);
    const events = await store.audit.list({ limit: 10 });
    expect(events[1]?.detail).toMatchObject({ incidentsDeleted: [second.id], claimsRemoved: 1 });
  });

  it("filters and sorts lists alike on both backends", async () => {
    const { store } = h();
    const make = (id: string, day: string | null, overrides: Parameters<typeof makeClaim>[1] = {}) => {
      const claims = resolvable(`${id.slice(-1)}`.repeat(64), [makeClaim(day, overrides)]);
      return { incident: incidentOf(id, claims), claims };
    };
    const aleppo = {
      place: {
        mention: "Atarib",
        name: "Al Atarib",
        gazetteerId: "geonames:174160",
        lat: 36.1375,
        lon: 36.8305,
        admin1: "Aleppo",
        admin2: null,
        country: "SY",
        precision: "settlement" as const,
      },
    };
    const rows = [
      make("inc_00000000000000d1", "2025-01-10"),
      make("inc_00000000000000d2", "2025-02-10", aleppo),
      make("inc_00000000000000d3", null),
      make("inc_00000000000000d4", "2025-03-10"),
    ];
    await store.incidents.transact((tx) =>
      tx.apply(
        {
          placements: rows.flatMap((r) => placed(r.incident.id, r.claims)),
          incidents: rows.map((r) => ({ incident: r.incident, meta: meta(r.incident.id) })),
          deleted: [],
        },
        audit,
      ),
    );
    const ids = async (filter: Partial<Parameters<typeof store.incidents.list>[0]>) =>
      (await store.incidents.list({ limit: 10, offset: 0, ...filter })).map((i) => i.id.slice(-2));
    expect(await ids({})).toEqual(["d4", "d2", "d1", "d3"]);
    expect(await ids({ admin1: "Aleppo" })).toEqual(["d2"]);
    expect(await ids({ place: "ATARIB" })).toEqual(["d2"]);
    expect(await ids({ from: "2025-02-01", to: "2025-02-28" })).toEqual(["d2"]);
    expect(await ids({ from: "2025-02-01" })).toEqual(["d4", "d2"]);
    expect(await ids({ grade: "weak" })).toEqual(["d4", "d2", "d1", "d3"]);
    expect(await ids({ grade: "fair" })).toEqual([]);
    expect(await ids({ limit: 2, offset: 1 })).toEqual(["d2", "d1"]);
    expect(await store.incidents.count({ admin1: "Idlib" })).toBe(3);
  });

  it("rolls back everything when the work fails", async () => {
    const { store } = h();
    const claims = resolvable(R1, [makeClaim("2025-02-27")]);
    const incident = incidentOf("inc_00000000000000e1", claims);
    await expect(
      store.incidents.transact(async (tx) => {
        await applyIncident(tx, incident, claims);
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await store.incidents.count()).toBe(0);
    expect(await store.incidents.countClaims()).toBe(0);
    expect(await store.audit.list({ limit: 10 })).toEqual([]);
  });
});
