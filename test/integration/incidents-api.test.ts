/**
 * /api/incidents and /api/sources in-process (fastify inject) on a real SQLite store: open reads,
 * analyst-only review with the acting user in the audit log, validation and error codes.
 */
import type { FastifyInstance } from "fastify";
import { beforeEach, describe, expect, it } from "vitest";
import { buildApp } from "../../src/server/app.js";
import { loadConfig } from "../../src/config/config.js";
import { openRuntime, type Runtime } from "../../src/services/runtime.js";
import { resolveReports } from "../../src/services/resolve-service.js";
import { freshRuntime, storeReport } from "../../src/services/__fixtures__/stored-reports.js";

const token = "test-token-0123456789abcdef";
const auth = { authorization: `Bearer ${token}`, "content-type": "application/json" };

describe("incidents API", () => {
  let runtime: Runtime;
  let app: FastifyInstance;
  let ids: string[];
  beforeEach(async () => {
    const base = await freshRuntime();
    // The same data folder, opened with a token configured.
    runtime = await openRuntime(loadConfig({ dataDir: base.config.dataDir }, { R2P_API_TOKEN: token }));
    ids = [
      await storeReport(runtime, {
        id: "sohr",
        publisher: "SOHR",
        claims: [{ day: "2023-01-03", killed: [2, 2] }],
      }),
      await storeReport(runtime, {
        id: "snhr",
        publisher: "SNHR",
        claims: [{ day: "2023-01-03", place: "ariha" }],
      }),
    ];
    await resolveReports(runtime, ids, "test");
    app = await buildApp(runtime);
    return async () => {
      await app.close();
      await runtime.close();
    };
  });

  it("lists and shows incidents without a token, with filters", async () => {
    const list = await app.inject({ method: "GET", url: "/api/incidents?area=Idleb&from=2023-01-01" });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ total: 2, limit: 100, offset: 0 });
    const first = list.json().items[0];
    const shown = await app.inject({ method: "GET", url: `/api/incidents/${first.id.slice(0, 10)}` });
    expect(shown.json()).toEqual(first);
    expect((await app.inject({ method: "GET", url: "/api/incidents?grade=nonsense" })).statusCode).toBe(400);
    expect((await app.inject({ method: "GET", url: "/api/incidents/inc_ffffffff" })).json()).toMatchObject({
      error: "NOT_FOUND",
    });
  });

  it("refuses review without the analyst credential and audits it with one", async () => {
    const [a, b] = (await app.inject({ method: "GET", url: "/api/incidents" })).json().items;
    const anonymous = await app.inject({
      method: "POST",
      url: `/api/incidents/${a.id}/confirm`,
      payload: "{}",
    });
    expect(anonymous.statusCode).toBe(401);
    const confirmed = await app.inject({
      method: "POST",
      url: `/api/incidents/${a.id}/confirm`,
      headers: auth,
      payload: JSON.stringify({ note: "checked" }),
    });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().incident.review).toMatchObject({
      status: "confirmed",
      by: "api:admin",
      note: "checked",
    });
    const events = await runtime.store.audit.list({ limit: 10, subjectId: a.id });
    expect(events.map((e) => [e.action, e.actor])).toEqual([["incident.confirmed", "api:admin"]]);

    const merged = await app.inject({
      method: "POST",
      url: `/api/incidents/${a.id}/merge`,
      headers: auth,
      payload: JSON.stringify({ other: b.id }),
    });
    expect(merged.json()).toMatchObject({ removed: b.id, incident: { id: a.id } });
    const claim = merged.json().incident.claims[1];
    const split = await app.inject({
      method: "POST",
      url: `/api/incidents/${a.id}/split`,
      headers: auth,
      payload: JSON.stringify({ claims: [`${claim.reportId.slice(0, 12)}:${claim.ordinal}`] }),
    });
    expect(split.statusCode).toBe(201);
    expect(split.json().created.claims).toHaveLength(1);

    const edited = await app.inject({
      method: "PATCH",
      url: `/api/incidents/${a.id}`,
      headers: auth,
      payload: JSON.stringify({ killed: { min: 3, max: 4 }, note: "hospital list" }),
    });
    expect(edited.json().incident.casualties.killed).toEqual({ min: 3, max: 4, point: 3 });
    const bad = await app.inject({
      method: "PATCH",
      url: `/api/incidents/${a.id}`,
      headers: auth,
      payload: "{oops",
    });
    expect(bad.json()).toMatchObject({ error: "USAGE" });
    const unknown = await app.inject({
      method: "PATCH",
      url: `/api/incidents/${a.id}`,
      headers: auth,
      payload: JSON.stringify({ colour: "red" }),
    });
    expect(unknown.statusCode).toBe(400);
    expect((await runtime.store.audit.verify()).ok).toBe(true);
  });

  it("serves the source registry and lets an analyst add and edit sources", async () => {
    const list = await app.inject({ method: "GET", url: "/api/sources" });
    expect(list.json().items.map((s: { id: string }) => s.id)).toContain("sohr");
    expect((await app.inject({ method: "GET", url: "/api/sources/sohr" })).json()).toMatchObject({
      kind: "monitor",
    });
    const record = {
      ...(await app.inject({ method: "GET", url: "/api/sources/sohr" })).json(),
      id: "imc",
      name: "Idlib Media Center",
    };
    expect(
      (await app.inject({ method: "POST", url: "/api/sources", payload: JSON.stringify(record) })).statusCode,
    ).toBe(401);
    expect(
      (
        await app.inject({
          method: "POST",
          url: "/api/sources",
          headers: auth,
          payload: JSON.stringify(record),
        })
      ).statusCode,
    ).toBe(201);
    const edited = await app.inject({
      method: "PATCH",
      url: "/api/sources/sohr",
      headers: auth,
      payload: JSON.stringify({ reliability: "C" }),
    });
    expect(edited.json()).toMatchObject({ changed: true, regraded: 1, source: { reliability: "C" } });
    const incident = (await app.inject({ method: "GET", url: `/api/incidents?area=sarmin` })).json().items[0];
    expect(incident.sources[0]).toMatchObject({ id: "sohr", reliability: "C" });
  });
});
