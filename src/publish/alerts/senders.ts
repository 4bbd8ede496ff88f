/**
 * The two delivery channels. Webhooks: POST the JSON payload, signed, with a timeout; any non-2xx
 * answer or network error is a failure the dispatcher retries. E-mail: nodemailer over the configured
 * SMTP server (R2P_SMTP_URL); without one, e-mail deliveries fail with a message that says so.
 */
import type { Alert } from "../../domain/alert.js";
import type { Subscription } from "../../domain/alert.js";
import { alertPayload, alertText, alertTitle } from "./alert-payload.js";
import { SIGNATURE_HEADER, signWebhook } from "./webhook-signature.js";

export interface Delivery {
  deliveryId: string;
  alert: Alert;
  subscription: Subscription;
  secret: string | null;
}

export type Sender = (delivery: Delivery) => Promise<void>;

export interface SenderOptions {
  /** Base URL of this r2p instance for links in payloads (R2P_PUBLIC_URL), or null. */
  baseUrl: string | null;
  now: () => Date;
  timeoutMs?: number;
  /** Injected for tests; default global fetch. */
  fetchImpl?: typeof fetch;
}

export function webhookSender(options: SenderOptions): Sender {
  const fetchImpl = options.fetchImpl ?? fetch;
  return async ({ deliveryId, alert, subscription, secret }) => {
    if (!secret) throw new Error(`subscription ${subscription.id} has no signing secret`);
    const body = JSON.stringify(alertPayload(alert, deliveryId, options.baseUrl));
    const response = await fetchImpl(subscription.target, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "r2p-watch-alerts/1",
        [SIGNATURE_HEADER]: signWebhook(secret, Math.floor(options.now().getTime() / 1000), body),
        "x-r2p-delivery": deliveryId,
      },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    // Drain the body so the connection is released.
    await response.arrayBuffer().catch(() => undefined);
    if (response.status < 200 || response.status >= 300)
      throw new Error(`HTTP ${response.status} from ${subscription.target}`);
  };
}

/** Minimal slice of a nodemailer transport, so tests can pass a fake. */
export interface MailTransport {
  sendMail(message: {
    from: string;
    to: string;
    subject: string;
    text: string;
    headers?: Record<string, string>;
  }): Promise<unknown>;
}

export function emailSender(transport: MailTransport | null, from: string, options: SenderOptions): Sender {
  return async ({ deliveryId, alert, subscription }) => {
    if (!transport)
      throw new Error(
        "no SMTP server configured: set R2P_SMTP_URL (e.g. smtp://user:pass@mail.example.org:587)",
      );
    const payload = alertPayload(alert, deliveryId, options.baseUrl);
    await transport.sendMail({
      from,
      to: subscription.target,
      subject: `[r2p-watch] ${alertTitle(alert)}`,
      text: alertText(payload),
      headers: { "X-R2P-Delivery": deliveryId },
    });
  };
}

/** A nodemailer transport for `smtpUrl`, loaded only when e-mail is configured. */
export async function smtpTransport(smtpUrl: string | null): Promise<MailTransport | null> {
  if (!smtpUrl) return null;
  const nodemailer = await import("nodemailer");
  return nodemailer.createTransport(smtpUrl);
}
