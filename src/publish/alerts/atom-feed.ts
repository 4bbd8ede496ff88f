/**
 * The alerts as an Atom 1.0 feed (RFC 4287) for feed readers: one entry per alert, newest first, its
 * summary and statistic as text. Everything is XML-escaped: area and actor names come from reports.
 */
import type { Alert } from "../../domain/alert.js";
import { ALERT_CAVEAT, alertTitle } from "./alert-payload.js";

const escapeXml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // Characters XML 1.0 forbids even escaped.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");

export interface AtomOptions {
  /** Absolute base URL of this instance, for ids and links. */
  baseUrl: string;
  /** Feed update time: the newest alert's, or now when there are none. */
  now: Date;
}

/** @example renderAtomFeed(alerts, { baseUrl: "http://127.0.0.1:8080", now: new Date() }).startsWith("<?xml") */
export function renderAtomFeed(alerts: readonly Alert[], options: AtomOptions): string {
  const base = options.baseUrl.replace(/\/$/, "");
  const updated = alerts.length
    ? `${[...alerts]
        .map((a) => a.raisedAsOf)
        .sort()
        .pop()}T00:00:00Z`
    : options.now.toISOString();
  const entries = alerts.map((alert) => {
    const stat = alert.statistic;
    const content = [
      alert.summary,
      `Kind: ${alert.kind}. Grade: ${alert.grade}. Incidents: ${alert.incidents.join(", ")}.`,
      `Statistic: ${stat.method}; observed ${stat.observed}${stat.expected !== null ? `, expected ${stat.expected.toFixed(2)}` : ""}${stat.pValue !== null ? `, tail probability ${stat.pValue.toExponential(2)}` : ""}.`,
      ALERT_CAVEAT,
    ].join("\n");
    return `  <entry>
    <id>${escapeXml(`${base}/api/alerts/${alert.id}`)}</id>
    <title>${escapeXml(alertTitle(alert))}</title>
    <updated>${alert.raisedAsOf}T00:00:00Z</updated>
    <published>${alert.raisedAsOf}T00:00:00Z</published>
    <link rel="alternate" type="application/json" href="${escapeXml(`${base}/api/alerts/${alert.id}`)}"/>
    <category term="${escapeXml(alert.kind)}"/>
    <summary type="text">${escapeXml(alert.summary)}</summary>
    <content type="text">${escapeXml(content)}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(`${base}/alerts.atom`)}</id>
  <title>r2p-watch alerts</title>
  <subtitle>${escapeXml(ALERT_CAVEAT)}</subtitle>
  <updated>${updated}</updated>
  <link rel="self" type="application/atom+xml" href="${escapeXml(`${base}/alerts.atom`)}"/>
  <author><name>r2p-watch</name></author>
  <generator>r2p-watch</generator>
${entries.join("\n")}
</feed>
`;
}
