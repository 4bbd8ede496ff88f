/**
 * Webhook signatures: HMAC-SHA256 over `<unix seconds>.<raw body>` with the subscription's secret, sent
 * as `X-R2P-Signature: t=<unix seconds>,v1=<hex>`. Receivers recompute it over the raw body, compare in
 * constant time, and refuse stale timestamps (replays). See docs/ALERTS.md.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "x-r2p-signature";

/** @example signWebhook("secret", 1700000000, '{"a":1}') // "t=1700000000,v1=5f…" */
export function signWebhook(secret: string, unixSeconds: number, body: string): string {
  const mac = createHmac("sha256", secret).update(`${unixSeconds}.${body}`).digest("hex");
  return `t=${unixSeconds},v1=${mac}`;
}

/** Checks a signature header against the raw body; false when malformed, wrong or older than `toleranceSeconds`. */
export function verifyWebhook(
  secret: string,
  header: string,
  body: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const parts = Object.fromEntries(header.split(",").map((p) => p.split("=", 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !parts.v1 || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, t, body).split("v1=")[1]!, "hex");
  const given = Buffer.from(parts.v1, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
