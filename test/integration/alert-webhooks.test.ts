/**
 * Webhook delivery against local receivers (loopback, port 0): signed payloads, a receiver that fails
 * twice and then recovers (retries with exponential backoff, then success), and one that always fails
 * (dead letter). The store's clock is controlled, so backoff times are exact.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Alert } from "../../src/domain/alert.js";
import { dispatchOutbox } from "../../src/publish/alerts/dispatch-outbox.js";
import { emailSender, webhookSender, type MailTransport } from "../../src/publish/alerts/senders.js";
import { SIGNATURE_HEADER, verifyWebhook } from "../../src/publish/alerts/webhook-signature.js";
import { openStore } from "../../src/storage/open-store.js";
import type { Store } from "../../src/storage/ports.js";
import { makeAlert } from "../contracts/assessment-fixtures.js";

interface Received {
  body: string;
  signature: string;
  delivery: string;
}

/** A receiver answering with the given status codes in turn (the last one repeats). */
async function receiver(statuses: number[]): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => {
      received.push({
        body: Buffer.concat(chunks).toString("utf8"),
        signature: String(request.headers[SIGNATURE_HEADER] ?? ""),
        delivery: String(request.headers["x-r2p-delivery"] ?? ""),
      });
      response.statusCode = statuses[Math.min(received.length - 1, statuses.length - 1)]!;
      response.end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received, server };
}

describe("alert delivery by webhook", () => {
  let dataDir: string;
  let store: Store;
  let now: Date;
  const servers: Server[] = [];
  const clock = () => new Date(now.getTime());
  const advance = (ms: number) => (now = new Date(now.getTime() + ms));
  const noMail: MailTransport | null = null;
  const senders = () => ({
    webhook: webhookSender({ baseUrl: "http://127.0.0.1:8080", now: clock, timeoutMs: 5000 }),
    email: emailSender(noMail, "r2p@localhost", { baseUrl: null, now: clock }),
  });

  beforeEach(async () => {
    now = new Date("2021-09-08T06:00:00.000Z");
    dataDir = mkdtempSync(path.join(os.tmpdir(), "r2p-webhooks-"));
    store = await openStore({ dataDir, databaseUrl: null, now: clock });
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function subscribe(url: string, secret: string) {
    return store.subscriptions.create(
      {
        name: "desk",
        channel: "webhook",
        target: url,
        filter: { admin1: [], kinds: [], minGrade: null },
        secret,
      },
      "admin",
    );
  }

  it("retries a failing receiver with exponential backoff until it recovers, signing every attempt", async () => {
    const flaky = await receiver([500, 503, 200]);
    servers.push(flaky.server);
    await subscribe(flaky.url, "flaky-secret");
    const alert: Alert = makeAlert("al_flaky");
    await store.alerts.recordAlerts([alert], "job:assess");

    const log: string[] = [];
    const run = async () => {
      const r = await dispatchOutbox(store.outbox, { senders: senders(), now: clock, maxAttempts: 5 });
      log.push(...r.log);
      return r;
    };
    expect(await run()).toMatchObject({ delivered: 0, retried: 1, dead: 0 });
    advance(29_000);
    expect((await run()).log).toEqual([]); // not due yet: the first retry waits 30 s
    advance(1_000);
    expect(await run()).toMatchObject({ retried: 1 });
    advance(59_000);
    expect((await run()).log).toEqual([]); // the second retry waits 60 s
    advance(1_000);
    expect(await run()).toMatchObject({ delivered: 1 });
    advance(3_600_000);
    expect((await run()).log).toEqual([]); // delivered once, never again
    console.log(`flaky receiver:\n${log.join("\n")}`);

    expect(log).toEqual([
      expect.stringMatching(
        /06:00:00.000Z .* attempt 1: failed \(HTTP 500 .*\); retry at 2021-09-08T06:00:30.000Z$/,
      ),
      expect.stringMatching(
        /06:00:30.000Z .* attempt 2: failed \(HTTP 503 .*\); retry at 2021-09-08T06:01:30.000Z$/,
      ),
      expect.stringMatching(/06:01:30.000Z .* attempt 3: delivered$/),
    ]);
    expect(flaky.received).toHaveLength(3);
    expect(new Set(flaky.received.map((r) => r.delivery)).size).toBe(1);
    for (const r of flaky.received) {
      expect(verifyWebhook("flaky-secret", r.signature, r.body, Math.floor(now.getTime() / 1000), 7200)).toBe(
        true,
      );
      expect(verifyWebhook("wrong-secret", r.signature, r.body, Math.floor(now.getTime() / 1000), 7200)).toBe(
        false,
      );
      expect(
        verifyWebhook(
          "flaky-secret",
          r.signature,
          r.body.replace("al_flaky", "al_forged"),
          Math.floor(now.getTime() / 1000),
          7200,
        ),
      ).toBe(false);
    }
    expect(JSON.parse(flaky.received[2]!.body)).toMatchObject({
      type: "r2p.alert",
      alert: {
        id: "al_flaky",
        kind: "mass_casualty",
        area: { admin1: "Idlib", admin2: "Ariha" },
        url: "http://127.0.0.1:8080/api/alerts/al_flaky",
      },
    });
    expect(await store.outbox.counts()).toEqual({ pending: 0, delivered: 1, dead: 0 });
  });

  it("dead-letters a receiver that always fails after the last attempt, and keeps the error", async () => {
    const broken = await receiver([500]);
    servers.push(broken.server);
    await subscribe(broken.url, "broken-secret");
    await store.alerts.recordAlerts([makeAlert("al_broken")], "job:assess");
    const log: string[] = [];
    for (let i = 0; i < 10; i++) {
      log.push(
        ...(await dispatchOutbox(store.outbox, { senders: senders(), now: clock, maxAttempts: 4 })).log,
      );
      advance(10 * 60_000);
    }
    console.log(`always-failing receiver:\n${log.join("\n")}`);
    expect(log).toHaveLength(4);
    expect(log[3]).toMatch(/attempt 4: failed \(HTTP 500 .*\); dead letter$/);
    expect(broken.received).toHaveLength(4);
    const [dead] = await store.outbox.list({ state: "dead", limit: 10 });
    expect(dead).toMatchObject({ attempts: 4, lastError: expect.stringMatching(/^HTTP 500/) });
    const audit = await store.audit.list({ limit: 20, subjectId: "al_broken" });
    expect(audit.map((e) => e.action)).toEqual([
      "alert.raised",
      "alert.delivery-failed",
      "alert.delivery-failed",
      "alert.delivery-failed",
      "alert.dead-lettered",
    ]);
  });

  it("fails e-mail deliveries plainly when no SMTP server is configured, and sends through one that is", async () => {
    await store.subscriptions.create(
      {
        name: "mail",
        channel: "email",
        target: "desk@example.org",
        filter: { admin1: [], kinds: [], minGrade: null },
      },
      "admin",
    );
    await store.alerts.recordAlerts([makeAlert("al_mail")], "job:assess");
    const first = await dispatchOutbox(store.outbox, { senders: senders(), now: clock });
    expect(first.log[0]).toMatch(/no SMTP server configured: set R2P_SMTP_URL/);
    const sent: { to: string; subject: string; text: string }[] = [];
    const transport: MailTransport = { sendMail: async (m) => void sent.push(m) };
    advance(60_000);
    const second = await dispatchOutbox(store.outbox, {
      senders: {
        ...senders(),
        email: emailSender(transport, "r2p@localhost", { baseUrl: null, now: clock }),
      },
      now: clock,
    });
    expect(second.delivered).toBe(1);
    expect(sent[0]).toMatchObject({
      to: "desk@example.org",
      subject: expect.stringContaining("Mass-casualty incident reported — Ariha, Idlib — 2021-09-07"),
    });
    expect(sent[0]!.text).toContain("not a finding of fact");
  });
});
