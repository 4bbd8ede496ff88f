/**
 * Hostile input, data side: what an attacker or a careless writer sends through the API, the inbox
 * and folder ingestion. Empty, binary, badly encoded and over-size bodies get named errors and leave
 * the store as it was; concurrent duplicates store one report; malformed queries get 400s; path-like
 * names stay names; markup in titles and bylines comes back as inert JSON strings; the rate limit is
 * configurable and spares /health; the inbox waits for files written in slow chunks, held open, or
 * still named .part; symbolic links are followed or reported, never silently skipped.
 */
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { openRuntime, type Runtime } from "../../src/services/runtime.js";
import { buildApp } from "../../src/server/app.js";
import { startInboxWatcher } from "../../src/services/inbox-watcher.js";
import { ingestPath, type IngestOutcome } from "../../src/services/ingest-service.js";

const token = "hostile-token-0123456789";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("hostile input through the API", () => {
  let dataDir: string;
  let runtime: Runtime;
  let app: FastifyInstance;
  const post = (payload: string | Buffer, query = "", type = "text/plain") =>
    app.inject({
      method: "POST",
      url: `/api/reports${query}`,
      payload,
      headers: { "content-type": type, authorization: `Bearer ${token}` },
    });
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "r2p-hostile-api-"));
    runtime = await openRuntime(
      loadConfig(
        { dataDir },
        {
          R2P_API_TOKEN: token,
          R2P_MAX_REPORT_BYTES: "20000",
          R2P_RATE_LIMIT: "0",
          R2P_PUBLIC_READS: "1",
        },
      ),
    );
    app = await buildApp(runtime);
  });
  afterAll(async () => {
    await app.close();
    await runtime.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("rejects empty, binary, badly encoded and over-size bodies with named errors, storing nothing", async () => {
    const cases: [string | Buffer, number, string][] = [
      ["", 400, "INPUT_EMPTY"],
      [
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
        415,
        "INPUT_BINARY",
      ],
      [
        // A UTF-16 byte-order mark followed by an unpaired surrogate.
        Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]),
        415,
        "INPUT_ENCODING",
      ],
    ];
    for (const [body, status, code] of cases) {
      const response = await post(body);
      expect({ status: response.statusCode, code: response.json().error }).toEqual({ status, code });
    }
    const tooBig = await post("x".repeat(30_000));
    expect(tooBig.statusCode).toBe(413);
    expect(await runtime.store.reports.count()).toBe(0);
    expect((await runtime.store.audit.list({ limit: 5 })).length).toBe(0);
  });

  it("stores concurrent duplicates once", async () => {
    const body = "Ten at once\n\nArtillery shelled Binnish at dawn, according to rescuers.\n";
    const responses = await Promise.all(Array.from({ length: 10 }, () => post(body)));
    expect(responses.map((r) => r.statusCode).sort()).toEqual([
      200, 200, 200, 200, 200, 200, 200, 200, 200, 201,
    ]);
    expect(new Set(responses.map((r) => r.json().id)).size).toBe(1);
    expect(await runtime.store.reports.count()).toBe(1);
  });

  it("answers malformed queries and ids with 400, never 500", async () => {
    for (const url of [
      "/api/reports?limit=abc",
      "/api/reports?limit=100000",
      "/api/reports?offset=-1",
      "/api/reports/search",
      `/api/reports/search?q=${"a".repeat(600)}`,
      "/api/reports/..%2F..%2Fetc%2Fpasswd",
      "/api/reports/%00",
    ]) {
      const response = await app.inject({ method: "GET", url });
      expect([400, 404], url).toContain(response.statusCode);
      expect(response.json().error, url).toBeTruthy();
    }
    const badPublished = await post("Some text about Idlib.", "?published=2024-02-31");
    expect(badPublished.statusCode).toBe(400);
    const badUrl = await post("Some text about Idlib.", "?url=javascript:alert(1)");
    expect([201, 400]).toContain(badUrl.statusCode);
  });

  it("keeps path-like names as names and returns markup in titles and bylines as inert data", async () => {
    const html = `<html><head><title>&lt;script&gt;alert(1)&lt;/script&gt; Strike on Ariha</title>
      <meta name="author" content="<img src=x onerror=alert(1)>"></head>
      <body><article><h1><script>alert(1)</script> Strike on Ariha</h1>
      <p>Warplanes struck Ariha in southern Idlib on Tuesday, killing three civilians, rescuers said.</p>
      <p>The strike hit a market near the main square of the town.</p></article></body></html>`;
    const created = await post(html, "?name=..%2F..%2Fetc%2Fpasswd", "text/html");
    expect(created.statusCode).toBe(201);
    const shown = await app.inject({ method: "GET", url: `/api/reports/${created.json().id}` });
    expect(shown.headers["content-type"]).toContain("application/json");
    const report = shown.json();
    expect(report.title).toContain("<script>");
    expect(report.byline ?? "").toContain("<img");
    expect(report.text).not.toContain("<script>");
    // JSON carries markup as a string; no file was written under the given name.
    expect(() => readdirSync(path.join(dataDir, "..", "..", "etc", "passwd"))).toThrow();
    expect(readdirSync(dataDir).filter((n) => !n.startsWith("r2p.sqlite"))).toEqual([]);
    const stored = await runtime.store.reports.get(created.json().id);
    expect(stored?.originalName).toBe("../../etc/passwd");
  });
});

describe("rate limit", () => {
  it("limits per client as configured, never /health, and turns off at 0", async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "r2p-hostile-rate-"));
    const runtimes: Runtime[] = [];
    const apps: FastifyInstance[] = [];
    try {
      for (const limit of ["3", "0"]) {
        const runtime = await openRuntime(
          loadConfig({ dataDir }, { R2P_RATE_LIMIT: limit, R2P_PUBLIC_READS: "1" }),
        );
        runtimes.push(runtime);
        const app = await buildApp(runtime);
        apps.push(app);
        const statuses = [];
        for (let i = 0; i < 5; i++) statuses.push((await app.inject({ url: "/api/reports" })).statusCode);
        const health = [];
        for (let i = 0; i < 5; i++) health.push((await app.inject({ url: "/health" })).statusCode);
        expect(health).toEqual([200, 200, 200, 200, 200]);
        expect(statuses).toEqual(limit === "3" ? [200, 200, 200, 429, 429] : [200, 200, 200, 200, 200]);
      }
    } finally {
      for (const app of apps) await app.close();
      for (const runtime of runtimes) await runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe("atomic inbox", () => {
  let dataDir: string;
  let inboxDir: string;
  let runtime: Runtime;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "r2p-hostile-inbox-"));
    inboxDir = path.join(dataDir, "inbox");
    mkdirSync(inboxDir, { recursive: true });
    runtime = await openRuntime(loadConfig({ dataDir }, {}));
  });
  afterAll(async () => {
    await runtime.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const watch = (settleMs: number, outcomes: IngestOutcome[]) =>
    startInboxWatcher(runtime.store, inboxDir, {
      pollMs: 200,
      settleMs,
      maxBytes: 1_000_000,
      actor: "inbox",
      onOutcome: (outcome) => outcomes.push(outcome),
    });
  const chunk = (i: number) => `Part ${i} of a long report. Shelling hit Sarmin and Binnish on day ${i}.\n\n`;

  it("takes a file written in chunks 2.5 s apart once, whole, with the default 5 s settle window", async () => {
    const outcomes: IngestOutcome[] = [];
    const inbox = await watch(loadConfig({ dataDir }, {}).inboxSettleMs, outcomes);
    try {
      const file = path.join(inboxDir, "slow-writer.txt");
      writeFileSync(file, `Slow report\n\n${chunk(1)}`);
      for (const i of [2, 3]) {
        await sleep(2_500);
        writeFileSync(file, chunk(i), { flag: "a" });
      }
      for (let waited = 0; outcomes.length === 0 && waited < 9_000; waited += 200) await sleep(200);
      expect(outcomes.map((o) => o.status)).toEqual(["ingested"]);
      const [outcome] = outcomes;
      if (outcome?.status !== "ingested") throw new Error("not ingested");
      expect(outcome.report.text).toContain("day 3");
      expect(outcome.report.id).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await inbox.stop();
    }
  }, 20_000);

  it("waits for a writer holding the file open, and for a .part file to be renamed", async () => {
    const outcomes: IngestOutcome[] = [];
    const inbox = await watch(300, outcomes);
    try {
      const held = path.join(inboxDir, "held-open.txt");
      const fd = openSync(held, "w");
      writeSync(fd, `Held open\n\n${chunk(1)}`);
      const part = path.join(inboxDir, "renamed.txt.part");
      writeFileSync(part, `Renamed when complete\n\n${chunk(7)}`);
      await sleep(1_200);
      expect(outcomes).toEqual([]);
      writeSync(fd, chunk(2));
      closeSync(fd);
      const { renameSync } = await import("node:fs");
      renameSync(part, path.join(inboxDir, "renamed.txt"));
      for (let waited = 0; outcomes.length < 2 && waited < 5_000; waited += 100) await sleep(100);
      expect(outcomes.map((o) => o.status)).toEqual(["ingested", "ingested"]);
      const held2 = outcomes.find((o) => o.source.endsWith("held-open.txt"));
      expect(held2?.status === "ingested" && held2.report.text).toContain("day 2");
    } finally {
      await inbox.stop();
    }
  }, 20_000);

  it("follows a symbolic link to a file and rejects a dangling one with its reason", async () => {
    const outcomes: IngestOutcome[] = [];
    const target = path.join(dataDir, "elsewhere.txt");
    writeFileSync(target, `Linked report\n\n${chunk(9)}`);
    symlinkSync(target, path.join(inboxDir, "linked.txt"));
    symlinkSync(path.join(dataDir, "gone.txt"), path.join(inboxDir, "dangling.txt"));
    const inbox = await watch(0, outcomes);
    try {
      for (let i = 0; i < 3 && outcomes.length < 2; i++) await inbox.poll();
      const byName = Object.fromEntries(outcomes.map((o) => [path.basename(o.source), o]));
      expect(byName["linked.txt"]?.status).toBe("ingested");
      expect(byName["dangling.txt"]).toMatchObject({ status: "rejected", code: "INPUT_UNREADABLE" });
      expect(
        readdirSync(path.join(inboxDir, "rejected")).some((n) => n.endsWith("dangling.txt.reason.txt")),
      ).toBe(true);
    } finally {
      await inbox.stop();
    }
  });
});

describe("folder ingestion with symbolic links", () => {
  it("follows links to files and folders once, survives a loop, and reports a dangling link", async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "r2p-hostile-links-"));
    const runtime = await openRuntime(loadConfig({ dataDir }, {}));
    try {
      const real = path.join(dataDir, "real");
      const folder = path.join(dataDir, "folder");
      mkdirSync(real);
      mkdirSync(folder);
      writeFileSync(path.join(real, "a.txt"), "Report A\n\nShelling hit Ariha on Monday.\n");
      writeFileSync(path.join(real, "b.txt"), "Report B\n\nShelling hit Sarmin on Monday.\n");
      symlinkSync(path.join(real, "a.txt"), path.join(folder, "link-to-a.txt"));
      symlinkSync(real, path.join(folder, "link-to-real"));
      symlinkSync(folder, path.join(folder, "loop"));
      symlinkSync(path.join(dataDir, "missing.txt"), path.join(folder, "dangling.txt"));
      const summary = await ingestPath(runtime.store, folder, {
        maxBytes: 100_000,
        actor: "test",
        queueExtraction: false,
      });
      expect(summary.ingested).toBe(2);
      expect(summary.alreadyPresent).toBe(1);
      expect(summary.rejected.map((r) => [path.basename(r.source), r.code])).toEqual([
        ["dangling.txt", "INPUT_UNREADABLE"],
      ]);
      expect(await runtime.store.reports.count()).toBe(2);
    } finally {
      await runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
