/**
 * The server's alert loop end to end: the seed article assessed as of today raises alerts, they are
 * queued for a subscribed local webhook in the same transaction and delivered, signed; the next quiet
 * pass writes nothing new.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyWebhook } from "../../src/publish/alerts/webhook-signature.js";
import { startAlertLoop } from "../../src/services/alert-loop.js";
import { seededRuntime, type SeededRuntime } from "../support/seeded-runtime.js";
import { hasSeed, seedPath } from "./harness.js";

describe.skipIf(!hasSeed)("alert loop (seed article; skipped without ../shared/seed)", () => {
  let seeded: SeededRuntime;
  const received: { body: string; signature: string }[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => {
      received.push({
        body: Buffer.concat(chunks).toString("utf8"),
        signature: String(request.headers["x-r2p-signature"]),
      });
      response.end();
    });
  });
  beforeAll(async () => {
    seeded = await seededRuntime([{ path: seedPath, name: "seed.txt", publishedAt: "2021-09-08" }]);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await seeded?.dispose();
  });

  it("assesses, queues and delivers new alerts to a subscribed webhook, then settles", async () => {
    const { runtime } = seeded;
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    await runtime.store.subscriptions.create(
      {
        name: "desk",
        channel: "webhook",
        target: url,
        filter: { admin1: ["Idlib"], kinds: [], minGrade: null },
        secret: "loop-secret-0123456789",
      },
      "test",
    );
    const runs: { newAlerts: number; delivered: number }[] = [];
    const loop = startAlertLoop(runtime, {
      situationId: "syria",
      intervalMs: 50,
      onError: (e) => runs.push({ newAlerts: -1, delivered: -1, ...{ e } }),
      onRun: (s) => runs.push(s),
    });
    try {
      for (let i = 0; i < 100 && runs.length < 3; i++) await new Promise((r) => setTimeout(r, 50));
    } finally {
      await loop.stop();
    }
    expect(runs[0]!.newAlerts).toBeGreaterThan(0);
    expect(runs.slice(1).every((r) => r.newAlerts === 0 && r.delivered === 0)).toBe(true);
    const idlib = (await runtime.store.alerts.list({ limit: 100 })).filter((a) => a.area.admin1 === "Idlib");
    expect(received).toHaveLength(idlib.length);
    expect(
      received.every((r) =>
        verifyWebhook("loop-secret-0123456789", r.signature, r.body, Math.floor(Date.now() / 1000)),
      ),
    ).toBe(true);
    expect(await runtime.store.outbox.counts()).toEqual({ pending: 0, delivered: idlib.length, dead: 0 });
  });
});
