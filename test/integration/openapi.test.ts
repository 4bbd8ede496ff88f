/**
 * The OpenAPI document: the committed docs/openapi.json is what the zod schemas generate now (run
 * `npm run openapi` after changing a schema), the server serves it without a login, and it documents
 * every /api route the server registers, and nothing it lacks.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { buildApp } from "../../src/server/app.js";
import { buildOpenApi } from "../../src/server/openapi/build-openapi.js";
import { openRuntime } from "../../src/services/runtime.js";
import { projectRoot } from "./harness.js";

describe("OpenAPI", () => {
  it("is current: docs/openapi.json equals what the schemas generate", () => {
    const committed = JSON.parse(readFileSync(path.join(projectRoot, "docs/openapi.json"), "utf8"));
    expect(committed).toEqual(JSON.parse(JSON.stringify(buildOpenApi())));
    expect(committed.openapi).toBe("3.1.0");
  });

  it("is served publicly and matches the server's /api routes both ways", async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "r2p-openapi-"));
    const runtime = await openRuntime(loadConfig({ dataDir }, {}));
    try {
      const app = await buildApp(runtime);
      await app.ready();
      const served = await app.inject({ method: "GET", url: "/api/openapi.json" });
      expect(served.statusCode).toBe(200);
      const spec = served.json() as { paths: Record<string, Record<string, unknown>> };
      const documented = Object.entries(spec.paths).flatMap(([p, ops]) =>
        Object.keys(ops).map((method) => `${method.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ":$1")}`),
      );
      for (const entry of documented) {
        const [method, url] = entry.split(" ") as ["GET" | "POST", string];
        expect(app.hasRoute({ method, url }), entry).toBe(true);
      }
      const listed = app.apiRoutes.filter((entry) => !entry.endsWith("/api/openapi.json"));
      expect(listed.sort()).toEqual(documented.filter((e) => e.includes("/api/")).sort());
      await app.close();
    } finally {
      await runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
