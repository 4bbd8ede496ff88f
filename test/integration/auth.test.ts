/**
 * Auth over HTTP (fastify inject, real SQLite store): reads need a login, roles gate writes, session
 * cookies are HttpOnly + SameSite=Strict and need the CSRF header on writes, API tokens work per user,
 * writes are audited with the user, and R2P_PUBLIC_READS opens reads only.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { openRuntime, type Runtime } from "../../src/services/runtime.js";
import { buildApp } from "../../src/server/app.js";
import { addUser, issueToken, setPassword } from "../../src/server/auth/accounts.js";
import { openStore } from "../../src/storage/open-store.js";
import { CREDENTIAL_MEMO_MS } from "../../src/storage/read-memo.js";

const article =
  "Shelling on Kafr Nabl\n\nRegime forces shelled Kafr Nabl in southern Idlib, killing two civilians.\n";
const opened: { app: FastifyInstance; runtime: Runtime; dataDir: string }[] = [];

async function start(env: Record<string, string> = {}) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "r2p-auth-"));
  const runtime = await openRuntime(loadConfig({ dataDir }, env));
  const app = await buildApp(runtime);
  opened.push({ app, runtime, dataDir });
  return { app, runtime };
}

afterEach(async () => {
  for (const { app, runtime, dataDir } of opened.splice(0)) {
    await app.close();
    await runtime.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

async function login(app: FastifyInstance, name: string, password: string) {
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    headers: { "content-type": "application/json" },
    payload: JSON.stringify({ name, password }),
  });
  return response;
}

const ingest = (app: FastifyInstance, headers: Record<string, string>) =>
  app.inject({
    method: "POST",
    url: "/api/reports",
    payload: article,
    headers: { "content-type": "text/plain", ...headers },
  });

describe("auth", () => {
  it("needs a login for reads but not for /health or the OpenAPI spec", async () => {
    const { app } = await start();
    expect((await app.inject({ method: "GET", url: "/health" })).statusCode).toBe(200);
    const list = await app.inject({ method: "GET", url: "/api/reports" });
    expect(list.statusCode).toBe(401);
    expect(list.json().error).toBe("UNAUTHENTICATED");
  });

  it("logs in with a session cookie that is HttpOnly and SameSite=Strict; a wrong password fails", async () => {
    const { app, runtime } = await start();
    await addUser(runtime.store, { name: "amal", role: "viewer", password: "correct horse battery" }, "test");
    const wrong = await login(app, "amal", "wrong password!");
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error).toBe("LOGIN_FAILED");
    expect((await login(app, "nobody", "whatever12345")).statusCode).toBe(401);

    const ok = await login(app, "amal", "correct horse battery");
    expect(ok.statusCode).toBe(200);
    const setCookie = String(ok.headers["set-cookie"]);
    expect(setCookie).toMatch(/^r2p_session=[\w-]{40,};/);
    expect(setCookie).toContain("HttpOnly");
    expect(setCookie).toContain("SameSite=Strict");
    const cookie = setCookie.split(";")[0]!;
    expect((await app.inject({ method: "GET", url: "/api/reports", headers: { cookie } })).statusCode).toBe(
      200,
    );
    const session = await app.inject({ method: "GET", url: "/api/auth/session", headers: { cookie } });
    expect(session.json()).toMatchObject({ user: { name: "amal", role: "viewer" } });

    await app.inject({ method: "POST", url: "/api/auth/logout", headers: { cookie } });
    expect((await app.inject({ method: "GET", url: "/api/reports", headers: { cookie } })).statusCode).toBe(
      401,
    );
  });

  it("gates writes by role and demands the CSRF token with a session cookie", async () => {
    const { app, runtime } = await start();
    await addUser(runtime.store, { name: "vera", role: "viewer", password: "viewer password" }, "test");
    await addUser(runtime.store, { name: "amal", role: "analyst", password: "analyst password" }, "test");
    const viewerCookie = String((await login(app, "vera", "viewer password")).headers["set-cookie"]).split(
      ";",
    )[0]!;
    const analyst = await login(app, "amal", "analyst password");
    const cookie = String(analyst.headers["set-cookie"]).split(";")[0]!;
    const csrf = analyst.json().csrfToken as string;

    const byViewer = await ingest(app, { cookie: viewerCookie });
    expect(byViewer.statusCode).toBe(403);
    expect(byViewer.json().error).toBe("FORBIDDEN");
    const noCsrf = await ingest(app, { cookie });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error).toBe("CSRF_TOKEN_INVALID");
    expect((await ingest(app, { cookie, "x-csrf-token": "x".repeat(csrf.length) })).statusCode).toBe(403);
    expect(await runtime.store.reports.count()).toBe(0);

    const ok = await ingest(app, { cookie, "x-csrf-token": csrf });
    expect(ok.statusCode).toBe(201);
    const events = await runtime.store.audit.list({ limit: 50 });
    expect(events.find((e) => e.action === "report.saved")?.actor).toBe("user:amal");
  });

  it("accepts a user's API token and R2P_API_TOKEN as a bootstrap admin; rejects a wrong token", async () => {
    const bootstrap = "bootstrap-token-0123456789";
    const { app, runtime } = await start({ R2P_API_TOKEN: bootstrap });
    await addUser(runtime.store, { name: "amal", role: "analyst", password: "analyst password" }, "test");
    const token = await issueToken(runtime.store, "amal", "script", "test");
    expect(token).toMatch(/^r2p_/);
    expect((await ingest(app, { authorization: `Bearer ${token}` })).statusCode).toBe(201);
    expect((await ingest(app, { authorization: `Bearer ${bootstrap}` })).statusCode).toBe(200);
    const wrong = await app.inject({
      method: "GET",
      url: "/api/reports",
      headers: { authorization: "Bearer nope" },
    });
    expect(wrong.statusCode).toBe(401);
    const saved = (await runtime.store.audit.list({ limit: 50 })).find((e) => e.action === "report.saved");
    expect(saved?.actor).toBe("user:amal");
    // Secrets never reach the audit log.
    const all = JSON.stringify(await runtime.store.audit.list({ limit: 50 }));
    expect(all).not.toContain(token);
    expect(all).not.toContain("analyst password");
  });

  it("R2P_PUBLIC_READS=1 opens reads to anyone but not writes", async () => {
    const { app } = await start({ R2P_PUBLIC_READS: "1" });
    expect((await app.inject({ method: "GET", url: "/api/reports" })).statusCode).toBe(200);
    expect((await ingest(app, {})).statusCode).toBe(401);
  });

  it("ends sessions at once on a new password, though their lookups were just remembered", async () => {
    const { app, runtime } = await start();
    await addUser(runtime.store, { name: "amal", role: "viewer", password: "correct horse battery" }, "test");
    const cookie = String((await login(app, "amal", "correct horse battery")).headers["set-cookie"]).split(
      ";",
    )[0]!;
    const read = () => app.inject({ method: "GET", url: "/api/reports", headers: { cookie } });
    expect((await read()).statusCode).toBe(200);
    expect((await read()).statusCode).toBe(200);
    await setPassword(runtime.store, "amal", "a brand new passphrase", "test");
    expect((await read()).statusCode).toBe(401);
  });

  it("refuses a revoked token and applies a new role at once, though the token was just used", async () => {
    const { app, runtime } = await start();
    await addUser(runtime.store, { name: "amal", role: "analyst", password: "analyst password" }, "test");
    const token = await issueToken(runtime.store, "amal", "script", "test");
    const headers = { authorization: `Bearer ${token}` };
    expect((await ingest(app, headers)).statusCode).toBe(201);
    await runtime.store.users.setRole("amal", "viewer", "test");
    expect((await ingest(app, headers)).statusCode).toBe(403);
    expect((await app.inject({ method: "GET", url: "/api/reports", headers })).statusCode).toBe(200);
    const [issued] = await runtime.store.users.listTokens("amal");
    await runtime.store.users.revokeToken(issued!.id, "test");
    expect((await app.inject({ method: "GET", url: "/api/reports", headers })).statusCode).toBe(401);
  });

  it("sees a password changed by another process within the memo's lifetime", async () => {
    const { app, runtime } = await start();
    await addUser(runtime.store, { name: "amal", role: "viewer", password: "correct horse battery" }, "test");
    const cookie = String((await login(app, "amal", "correct horse battery")).headers["set-cookie"]).split(
      ";",
    )[0]!;
    const read = () => app.inject({ method: "GET", url: "/api/reports", headers: { cookie } });
    expect((await read()).statusCode).toBe(200);
    // A second store on the same file stands for `r2p users passwd` run beside the server.
    const other = await openStore({ dataDir: runtime.config.dataDir, databaseUrl: null });
    try {
      await setPassword(other, "amal", "a brand new passphrase", "test");
    } finally {
      await other.close();
    }
    await new Promise((resolve) => setTimeout(resolve, CREDENTIAL_MEMO_MS + 100));
    expect((await read()).statusCode).toBe(401);
  });

  it("sends the security headers on API replies, errors and the web app", async () => {
    const { app } = await start();
    for (const url of ["/health", "/api/reports", "/api/no-such-route", "/"]) {
      const response = await app.inject({ method: "GET", url });
      expect(response.headers["content-security-policy"], url).toContain("script-src 'self'");
      expect(String(response.headers["content-security-policy"])).not.toContain("unsafe-inline");
      expect(response.headers["x-content-type-options"], url).toBe("nosniff");
      expect(response.headers["x-frame-options"], url).toBe("SAMEORIGIN");
    }
  });
});
