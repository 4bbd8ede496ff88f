/**
 * E-mail delivery against a real SMTP server on loopback (smtp-server, port 0), configured the
 * documented way (R2P_SMTP_URL, R2P_MAIL_FROM through loadConfig) and sent by the same path as
 * `r2p alerts deliver` and the serve loop (deliverDueAlerts → nodemailer). Checks the message as the
 * server received it; a server that answers 451 and then accepts (retry with backoff); one that always
 * answers 550 (dead letter). The store's clock is controlled, so backoff times are exact.
 */
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { SMTPServer, type SMTPServerSession } from "smtp-server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { deliverDueAlerts } from "../../src/services/delivery-service.js";
import type { Runtime } from "../../src/services/runtime.js";
import { openStore } from "../../src/storage/open-store.js";
import type { Store } from "../../src/storage/ports.js";
import { makeAlert } from "../contracts/assessment-fixtures.js";

interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

/**
 * An SMTP server that answers each message's DATA with the given codes in turn (the last repeats);
 * 250 accepts. Plain SMTP on loopback: STARTTLS and AUTH are off, as on a local relay.
 */
async function smtpServer(
  codes: number[],
): Promise<{ url: string; received: ReceivedMail[]; attempts: () => number; server: SMTPServer }> {
  const received: ReceivedMail[] = [];
  let attempts = 0;
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    logger: false,
    onData(stream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const code = codes[Math.min(attempts, codes.length - 1)]!;
        attempts++;
        if (code !== 250) {
          const error = Object.assign(new Error(code >= 500 ? "mailbox unavailable" : "try again later"), {
            responseCode: code,
          });
          return callback(error);
        }
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, received, attempts: () => attempts, server };
}

/** Unfolds the headers and decodes a quoted-printable or 7bit text body. */
function parseMail(raw: string): { headers: Map<string, string>; body: string } {
  const [head, ...rest] = raw.split(/\r\n\r\n/);
  const headers = new Map<string, string>();
  for (const line of head!.replace(/\r\n[ \t]+/g, " ").split("\r\n")) {
    const at = line.indexOf(":");
    headers.set(line.slice(0, at).toLowerCase(), line.slice(at + 1).trim());
  }
  let body = rest.join("\r\n\r\n");
  if (/quoted-printable/i.test(headers.get("content-transfer-encoding") ?? ""))
    body = Buffer.from(
      body
        .replace(/=\r\n/g, "")
        .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
      "latin1",
    ).toString("utf8");
  return { headers, body: body.replace(/\r\n/g, "\n") };
}

/** RFC 2047 encoded words back to text (nodemailer encodes non-ASCII subjects). */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : Buffer.from(
            text
              .replace(/_/g, " ")
              .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
            "latin1",
          ).toString("utf8"),
    );
}

describe("alert delivery by e-mail through a loopback SMTP server", () => {
  let dataDir: string;
  let store: Store;
  let now: Date;
  const servers: SMTPServer[] = [];
  const clock = () => new Date(now.getTime());
  const advance = (ms: number) => (now = new Date(now.getTime() + ms));

  beforeEach(async () => {
    now = new Date("2021-09-08T06:00:00.000Z");
    dataDir = mkdtempSync(path.join(os.tmpdir(), "r2p-email-"));
    store = await openStore({ dataDir, databaseUrl: null, now: clock });
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => new Promise<void>((r) => s.close(() => r()))));
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** The runtime the delivery service reads: the documented configuration and the store. */
  function runtimeFor(smtpUrl: string): Runtime {
    const config = loadConfig({ dataDir }, { R2P_SMTP_URL: smtpUrl, R2P_MAIL_FROM: "alerts@r2p.test" });
    const unused = () => Promise.reject(new Error("not used by delivery"));
    return {
      config,
      store,
      knowledge: unused,
      invalidateKnowledge: () => undefined,
      sources: unused,
      invalidateSources: () => undefined,
      close: () => store.close(),
    };
  }

  async function subscribe(target: string) {
    await store.subscriptions.create(
      { name: "desk", channel: "email", target, filter: { admin1: [], kinds: [], minGrade: null } },
      "admin",
    );
  }

  it("sends the alert as plain text with its kind, area and incidents; report text cannot inject HTML or headers", async () => {
    const smtp = await smtpServer([250]);
    servers.push(smtp.server);
    await subscribe("desk@example.org");
    // Area and perpetrator names come from report text: a hostile report could carry markup or a
    // line break meant to start a header.
    const hostileArea = 'Ariha <img src=x onerror="alert(1)">';
    await store.alerts.recordAlerts(
      [
        makeAlert("al_mail", {
          area: { admin1: "Idlib", admin2: `${hostileArea}\r\nBcc: victim@example.org` },
          incidents: ["inc_0c138d7c77b3ab1e", "inc_4f16442b7d8426da"],
          summary: `At least 12 people reported killed in one incident in ${hostileArea} (Idlib) on 2021-09-07. <script>steal()</script>`,
        }),
      ],
      "job:assess",
    );
    const result = await deliverDueAlerts(runtimeFor(smtp.url), clock);
    expect(result).toMatchObject({ delivered: 1, retried: 0, dead: 0 });
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.from).toBe("alerts@r2p.test");
    expect(mail.to).toEqual(["desk@example.org"]);
    const { headers, body } = parseMail(mail.raw);
    expect(decodeHeader(headers.get("subject")!)).toBe(
      `[r2p-watch] Mass-casualty incident reported — ${hostileArea} Bcc: victim@example.org, Idlib — 2021-09-07`,
    );
    expect(mail.raw).not.toMatch(/^Bcc:/im); // neither a header nor a forged line of the body
    expect(headers.get("content-type")).toMatch(/^text\/plain; charset=utf-8/i);
    expect(headers.has("bcc")).toBe(false);
    expect(mail.raw).not.toMatch(/text\/html|multipart/i);
    expect(headers.get("x-r2p-delivery")).toMatch(/^ob_/);
    expect(body).toContain("Kind: mass_casualty");
    expect(body).toContain(`Area: ${hostileArea} Bcc: victim@example.org, Idlib\n`);
    expect(body).toContain("Event day: 2021-09-07 (raised as of 2021-09-08)");
    expect(body).toContain("Incidents: inc_0c138d7c77b3ab1e, inc_4f16442b7d8426da");
    expect(body).toContain("observed 12");
    // The markup arrives as the literal characters of a plain-text message, never as a part to render.
    expect(body).toContain("<script>steal()</script>");
    expect(await store.outbox.counts()).toEqual({ pending: 0, delivered: 1, dead: 0 });
  });

  it("retries after a temporary rejection (451) and delivers once the server accepts", async () => {
    const smtp = await smtpServer([451, 250]);
    servers.push(smtp.server);
    await subscribe("desk@example.org");
    await store.alerts.recordAlerts([makeAlert("al_retry")], "job:assess");
    const runtime = runtimeFor(smtp.url);

    expect(await deliverDueAlerts(runtime, clock)).toMatchObject({ delivered: 0, retried: 1, dead: 0 });
    const [failed] = await store.outbox.list({ state: "pending", limit: 10 });
    expect(failed).toMatchObject({ attempts: 1, lastError: expect.stringMatching(/451/) });
    advance(29_000);
    expect((await deliverDueAlerts(runtime, clock)).log).toEqual([]); // the first retry waits 30 s
    advance(1_000);
    expect(await deliverDueAlerts(runtime, clock)).toMatchObject({ delivered: 1 });
    expect(smtp.attempts()).toBe(2);
    expect(smtp.received).toHaveLength(1);
    expect(parseMail(smtp.received[0]!.raw).body).toContain("Area: Ariha, Idlib");
    advance(3_600_000);
    expect((await deliverDueAlerts(runtime, clock)).log).toEqual([]); // delivered once, never again
    expect(await store.outbox.counts()).toEqual({ pending: 0, delivered: 1, dead: 0 });
  });

  it("dead-letters a delivery the server always refuses (550), keeping the error", async () => {
    const smtp = await smtpServer([550]);
    servers.push(smtp.server);
    await subscribe("desk@example.org");
    await store.alerts.recordAlerts([makeAlert("al_refused")], "job:assess");
    const runtime = runtimeFor(smtp.url);
    const log: string[] = [];
    // The default schedule: 8 attempts, 30 s doubling; 12 hours covers it.
    for (let i = 0; i < 12 * 6; i++) {
      log.push(...(await deliverDueAlerts(runtime, clock)).log);
      advance(10 * 60_000);
    }
    expect(log).toHaveLength(8);
    expect(log[7]).toMatch(/attempt 8: failed \(.*550.*\); dead letter$/);
    expect(smtp.attempts()).toBe(8);
    expect(smtp.received).toHaveLength(0);
    const [dead] = await store.outbox.list({ state: "dead", limit: 10 });
    expect(dead).toMatchObject({ attempts: 8, lastError: expect.stringMatching(/550/) });
    expect(await store.outbox.counts()).toEqual({ pending: 0, delivered: 0, dead: 1 });
  });
});
