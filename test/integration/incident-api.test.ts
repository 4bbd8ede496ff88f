/**
 * The incident read API over a real SQLite store: cursor pages, one incident, map clusters, the
 * timeline and streamed exports with their filters; and the OpenAPI document matching the routes.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { openRuntime, type Runtime } from "../../src/services/runtime.js";
import { buildApp } from "../../src/server/app.js";
import { makeIncident } from "../fixtures/make-incident.js";

const token = "incident-api-token-0123456789";
const headers = { authorization: `Bearer ${token}` };
const incidents = Array.from({ length: 230 }, (_, i) => makeIncident(i));

describe("incident API", () => {
  let dataDir: string;
  let runtime: Runtime;
  let app: FastifyInstance;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "r2p-incident-api-"));
    runtime = await openRuntime(loadConfig({ dataDir }, { R2P_API_TOKEN: token }));
    await runtime.store.incidentMap.save(incidents, "test");
    await runtime.store.assessments.saveAssessments(
      "syria",
      [
        {
          incidentId: incidents[4]!.id,
          rulesVersion: "test",
          qualifications: [
            {
              code: "WC-E-CIV",
              basis: "Rome Statute art. 8(2)(e)(i)",
              crime: "war_crimes",
              level: "L1",
              factLevel: "L1",
              limits: [],
              text: "consistent with an attack on civilians",
              elements: [],
            },
          ],
          sourceCharacterisations: [],
          analystQueue: [],
        },
      ],
      "test",
    );
    app = await buildApp(runtime);
  });
  afterAll(async () => {
    await app.close();
    await runtime.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const get = (url: string) => app.inject({ method: "GET", url, headers });

  it("pages the list with an opaque cursor until every incident was seen once", async () => {
    const seen = new Set<string>();
    let url = "/api/incidents?limit=100&area=Idlib";
    for (let i = 0; i < 10; i++) {
      const page = (await get(url)).json();
      expect(page.total).toBe(incidents.filter((x) => x.place.admin1 === "Idlib").length);
      for (const item of page.items) seen.add(item.id);
      if (!page.nextCursor) break;
      url = `/api/incidents?limit=100&area=Idlib&cursor=${page.nextCursor}`;
    }
    expect(seen.size).toBe(incidents.filter((x) => x.place.admin1 === "Idlib").length);
    const bad = await get("/api/incidents?cursor=bm9wZQ");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toBe("INVALID_CURSOR");
  });

  it("filters by crime code from the stored assessments and serves an incident's assessment", async () => {
    const page = (await get("/api/incidents?crimeCode=WC-E-CIV")).json();
    expect(page.items.map((i: { id: string }) => i.id)).toEqual([incidents[4]!.id]);
    expect((await get("/api/incidents?crimeCode=CAH-MUR")).json().total).toBe(0);
    expect((await get("/api/incidents?crimeCode=%25")).statusCode).toBe(400);
    const assessment = (await get(`/api/incidents/${incidents[4]!.id}/assessment`)).json();
    expect(assessment.qualifications[0].code).toBe("WC-E-CIV");
    expect((await get(`/api/incidents/${incidents[5]!.id}/assessment`)).statusCode).toBe(404);
  });

  it("records an analyst's review with the acting user, and refuses it to a viewer", async () => {
    const id = incidents[9]!.id;
    const confirm = await app.inject({
      method: "POST",
      url: `/api/incidents/${id}/confirm`,
      headers: { ...headers, "content-type": "application/json" },
      payload: JSON.stringify({ note: "matches SCD footage" }),
    });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.json().incident.review).toMatchObject({
      status: "confirmed",
      note: "matches SCD footage",
    });
    const listed = (await get("/api/incidents?review=confirmed")).json();
    expect(listed.items.map((i: { id: string }) => i.id)).toEqual([id]);
    const event = (await runtime.store.audit.list({ limit: 100 })).find(
      (e) => e.action === "incident.reviewed",
    );
    expect(event).toMatchObject({ actor: "token:R2P_API_TOKEN", subjectId: id });
  });

  it("shows one incident, clusters the visible box and counts per day", async () => {
    expect((await get(`/api/incidents/${incidents[7]!.id}`)).json()).toEqual(incidents[7]);
    expect((await get("/api/incidents/nope")).statusCode).toBe(404);
    const map = (await get("/api/map/clusters?zoom=6&bbox=35,32,42,37.5")).json();
    expect(map.total).toBe(230);
    const idlibOnly = (await get("/api/map/clusters?zoom=6&bbox=36,35.3,37,36.2&grade=confirmed")).json();
    expect(idlibOnly.total).toBeLessThan(230);
    const days = (await get("/api/map/timeline?from=2024-01-01&to=2024-01-31")).json().days;
    expect(days.map((d: { day: string }) => d.day)).toEqual(
      [...new Set(incidents.map((i) => i.date.start!).filter((d) => d <= "2024-01-31"))].sort(),
    );
  });

  it("streams exports as attachments in each format with the filter applied", async () => {
    const csv = await get("/api/export?format=acled-csv&area=Aleppo");
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.headers["content-disposition"]).toMatch(/attachment; filename="r2p-incidents-.*\.csv"/);
    const lines = csv.body.trim().split("\r\n");
    expect(lines[0]!.startsWith("event_id_cnty,event_date,year,")).toBe(true);
    expect(lines).toHaveLength(1 + incidents.filter((x) => x.place.admin1 === "Aleppo").length);
    const hxl = await get("/api/export?format=hxl&to=2024-01-05");
    expect(hxl.body.split("\r\n")[1]!.startsWith("#event+code,#date+occurred")).toBe(true);
    const geo = (await get("/api/export?format=geojson")).json();
    expect(geo.features).toHaveLength(230);
    const jsonl = await get("/api/export?format=jsonl&grade=confirmed");
    expect(jsonl.body.trim().split("\n")).toHaveLength(
      incidents.filter((x) => x.grade === "confirmed").length,
    );
    expect((await app.inject({ method: "GET", url: "/api/export" })).statusCode).toBe(401);
    expect((await get("/api/export?format=xlsx")).statusCode).toBe(400);
  });
});
