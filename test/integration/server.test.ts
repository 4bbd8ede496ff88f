/**
 * The HTTP API in-process (fastify inject) on a real SQLite store: health, reads, authenticated
 * writes, the raw original served as an attachment, and error bodies with stable codes.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { openRuntime, type Runtime } from "../../src/services/runtime.js";
import { buildApp } from "../../src/server/app.js";

const token = "test-token-0123456789abcdef";
const auth = { authorization: `Bearer ${token}` };
const article =
  "Rockets hit Atarib\n\nRegime forces fired rockets at the town of Atarib in western rural Aleppo, injuring four civilians.\n";

describe("HTTP API", () => {
  let dataDir: string;
  let runtime: Runtime;
  let app: FastifyInstance;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "r2p-api-"));
    runtime = await openRuntime(loadConfig({ dataDir }, { R2P_API_TOKEN: token }));
    app = await buildApp(runtime);
  });
  afterAll(async () => {
    try {
      await app?.close();
      await runtime?.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("answers /health with the backend", async () => {
    const response = await app.inject({ method: "GET", url: "/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: "ok", backend: "sqlite", reports: 0 });
  });

  it("refuses writes without the bearer token", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/reports",
      payload: article,
      headers: { "content-type": "text/plain" },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().error).toBe("UNAUTHENTICATED");
  });

  it("ingests with the token, idempotently, and serves the report back", async () => {
    const post = () =>
      app.inject({
        method: "POST",
        url: "/api/reports?publisher=Test%20Wire&published=2024-03-02",
        payload: article,
        headers: { "content-type": "text/plain", authorization: `Bearer ${token}` },
      });
    const first = await post();
    expect(first.statusCode).toBe(201);
    const { id } = first.json();
    const second = await post();
    expect(second.statusCode).toBe(200);
    expect(second.json().status).toBe("already_ingested");

    const shown = await app.inject({ method: "GET", url: `/api/reports/${id.slice(0, 8)}`, headers: auth });
    expect(shown.json()).toMatchObject({
      id,
      title: "Rockets hit Atarib",
      publisher: "Test Wire",
      publishedAt: "2024-03-02",
    });
    const list = await app.inject({ method: "GET", url: "/api/reports?limit=5", headers: auth });
    expect(list.json().total).toBe(1);
    const raw = await app.inject({ method: "GET", url: `/api/reports/${id}/raw`, headers: auth });
    expect(raw.headers["content-type"]).toBe("application/octet-stream");
    expect(raw.headers["content-disposition"]).toContain("attachment");
    expect(raw.body).toBe(article);
    const search = await app.inject({
      method: "GET",
      url: "/api/reports/search?q=rockets%20Atarib",
      headers: auth,
    });
    expect(search.json().items.map((i: { id: string }) => i.id)).toContain(id);
  });

  it("answers bad input with a stable error code", async () => {
    const empty = await app.inject({
      method: "POST",
      url: "/api/reports",
      payload: "   ",
      headers: { "content-type": "text/plain", authorization: `Bearer ${token}` },
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toBe("INPUT_EMPTY");
    const missing = await app.inject({ method: "GET", url: "/api/reports/abcdef0123", headers: auth });
    expect(missing.statusCode).toBe(404);
    const badId = await app.inject({ method: "GET", url: "/api/reports/not-an-id", headers: auth });
    expect(badId.statusCode).toBe(400);
    const badDate = await app.inject({
      method: "POST",
      url: "/api/reports?published=yesterday",
      payload: article,
      headers: { "content-type": "text/plain", authorization: `Bearer ${token}` },
    });
    expect(badDate.statusCode).toBe(400);
  });
});
