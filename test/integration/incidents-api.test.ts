/**
 * Incident review (/api/incidents/:id/confirm|reject|merge|split, PATCH) and /api/sources in-process
 * (fastify inject) on a real SQLite store with resolved reports: analyst-only writes with the acting
 * user in the audit log, validation and error codes. Incident reads are tested in incident-api.test.ts.
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
const read = { authorization: `Bearer ${token}` };

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

  const incidents = async () => {
    const page = (await app.inject({ method: "GET", url: "/api/incidents", headers: read })).json();
    return Promise.all(
      page.items.map(async (item: { id: string }) =>
        (await app.inject({ method: "GET", url: `/api/incidents/${item.id}`, headers: read })).json(),
      ),
    );
  };

  it("refuses review without the analyst credential and audits it with one", async () => {
    const [a, b] = await incidents();
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
      by: "token:R2P_API_TOKEN",
      note: "checked",
    });
    const events = await runtime.store.audit.list({ limit: 10, subjectId: a.id });
    expect(events.map((e) => [e.action, e.actor])).toEqual([["incident.confirmed", "token:R2P_API_TOKEN"]]);

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
    const created = split.json().created as string;
    expect(
      (await app.inject({ method: "GET", url: `/api/incidents/${created}`, headers: read })).json().claims,
    ).toHaveLength(1);

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
    expect(bad.json()).toMatchObject({ error: "BAD_REQUEST" });
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
    const list = await app.inject({ method: "GET", url: "/api/sources", headers: read });
    expect(list.json().items.map((s: { id: string }) => s.id)).toContain("sohr");
    expect(
      (await app.inject({ method: "GET", url: "/api/sources/sohr", headers: read })).json(),
    ).toMatchObject({
      kind: "monitor",
    });
    const record = {
      ...(await app.inject({ method: "GET", url: "/api/sources/sohr", headers: read })).json(),
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
    const incident = (await incidents()).find((i) => i.place.name === "Sarmin");
    expect(incident.sources[0]).toMatchObject({ id: "sohr", reliability: "C" });
  });
});
