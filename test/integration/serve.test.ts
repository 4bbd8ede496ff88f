/**
 * `r2p serve` as a user starts it (`npm start`): the real process answers /health, and a file dropped
 * into the inbox is ingested and analysed without any other command. It listens on port 0; the test
 * reads the address from the server's start-up log line. On first run it prints the generated admin
 * password, which logs in.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "./harness.js";

let base = "";

async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting for the server");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("r2p serve", () => {
  let dataDir: string;
  let server: ChildProcess | undefined;
  let log = "";
  let cookie = "";
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "r2p-serve-"));
    const child = spawn(process.execPath, [path.join(projectRoot, "bin/r2p.js"), "serve"], {
      cwd: projectRoot,
      env: {
        ...process.env,
        R2P_DATA_DIR: dataDir,
        R2P_PORT: "0",
        R2P_INBOX_POLL_MS: "200",
        R2P_INBOX_SETTLE_MS: "300",
        R2P_DATABASE_URL: "",
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    server = child;
    child.stdout.on("data", (chunk: Buffer) => {
      log += chunk.toString("utf8");
    });
    base = await waitFor(
      async () =>
        child.exitCode !== null
          ? `exited with ${child.exitCode}: ${log}`
          : (/r2p-watch serving (http:\/\/[\d.:]+)/.exec(log)?.[1] ?? null),
      60_000,
    );
    if (!base.startsWith("http")) throw new Error(`r2p serve ${base}`);
    await waitFor(async () => ((await fetch(`${base}/health`)).ok ? true : null), 30_000);
  });
  afterAll(async () => {
    try {
      if (server && server.exitCode === null) {
        const exited = new Promise((resolve) => server!.once("exit", resolve));
        server.kill("SIGTERM");
        await exited;
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("answers /health", async () => {
    const health = await (await fetch(`${base}/health`)).json();
    expect(health).toMatchObject({ status: "ok", backend: "sqlite" });
  });

  it("prints the first admin's one-time password, which logs in", async () => {
    expect((await fetch(`${base}/api/reports`)).status).toBe(401);
    const password = await waitFor(async () => /password\s+(\S+)/.exec(log)?.[1] ?? null, 10_000);
    const login = await fetch(`${base}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "admin", password }),
    });
    expect(login.status).toBe(200);
    cookie = (login.headers.get("set-cookie") ?? "").split(";")[0]!;
    expect(cookie).toMatch(/^r2p_session=/);
    expect((await fetch(`${base}/api/reports`, { headers: { cookie } })).status).toBe(200);
  });

  it("ingests and analyses a file dropped into the inbox", async () => {
    const inbox = path.join(dataDir, "inbox");
    expect(existsSync(inbox)).toBe(true);
    writeFileSync(
      path.join(inbox, "dropped.txt"),
      "Shelling on Kafr Nabl\n\nRegime forces shelled the town of Kafr Nabl in southern Idlib on Monday, killing two civilians.\n",
    );
    const listing = await waitFor(async () => {
      const body = (await (await fetch(`${base}/api/reports`, { headers: { cookie } })).json()) as {
        total: number;
        items: { id: string }[];
      };
      return body.total === 1 ? body : null;
    }, 20_000);
    const id = listing.items[0]!.id;
    const claims = await waitFor(async () => {
      const response = await fetch(`${base}/api/reports/${id}/claims`, { headers: { cookie } });
      return response.ok ? ((await response.json()) as { extraction: { incidents: unknown[] } }) : null;
    }, 20_000);
    expect(claims.extraction.incidents.length).toBeGreaterThan(0);
  });
});
