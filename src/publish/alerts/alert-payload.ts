/**
 * What a subscriber receives for one alert: the alert's public fields and a standing caveat. The same
 * payload is the webhook body and the source of the e-mail text, so every channel says the same thing.
 */
import type { Alert } from "../../domain/alert.js";

export const ALERT_CAVEAT =
  "An early-warning signal computed from reported incidents, including single-source allegations; not a finding of fact or of any crime. Check the incidents and their grades before acting.";

export interface AlertPayload {
  type: "r2p.alert";
  version: 1;
  /** The outbox row: the same id on every retry of one delivery, so receivers can drop duplicates. */
  deliveryId: string;
  alert: {
    id: string;
    kind: Alert["kind"];
    situation: string;
    area: Alert["area"];
    perpetrator: Alert["perpetrator"];
    date: string;
    raisedAsOf: string;
    grade: Alert["grade"];
    summary: string;
    statistic: Alert["statistic"];
    incidents: string[];
    url: string | null;
  };
  caveat: string;
}

/** The payload of `alert` for delivery `deliveryId`; `baseUrl` links to the API when known. */
export function alertPayload(alert: Alert, deliveryId: string, baseUrl: string | null): AlertPayload {
  return {
    type: "r2p.alert",
    version: 1,
    deliveryId,
    alert: {
      id: alert.id,
      kind: alert.kind,
      situation: alert.situationId,
      area: alert.area,
      perpetrator: alert.perpetrator,
      date: alert.date,
      raisedAsOf: alert.raisedAsOf,
      grade: alert.grade,
      summary: alert.summary,
      statistic: alert.statistic,
      incidents: alert.incidents,
      url: baseUrl ? `${baseUrl.replace(/\/$/, "")}/api/alerts/${alert.id}` : null,
    },
    caveat: ALERT_CAVEAT,
  };
}

const KIND_TITLES: Record<Alert["kind"], string> = {
  escalation_incidents: "Escalation: incidents above baseline",
  escalation_killed: "Escalation: killed above baseline",
  attack_on_rescuers_or_medical: "Attack on rescuers or medical staff reported",
  double_tap: "Double-tap strike reported",
  mass_casualty: "Mass-casualty incident reported",
  new_perpetrator: "New perpetrator in an area",
};

/**
 * Names in alerts come from report text: a line break in one would start a forged line of the e-mail
 * (a fake "Details:" link) or, in a subject, a header. Every field printed on one line is kept on one.
 */
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").trim();

/** A one-line title: kind, area and date. */
export function alertTitle(alert: Alert): string {
  const where =
    [alert.area.admin2, alert.area.admin1].filter(Boolean).join(", ") ||
    alert.perpetrator?.name ||
    alert.situationId;
  return oneLine(`${KIND_TITLES[alert.kind]} — ${where} — ${alert.date}`);
}

/** Plain-text body for e-mail. */
export function alertText(payload: AlertPayload): string {
  const a = payload.alert;
  const lines = [
    oneLine(a.summary),
    "",
    `Kind: ${a.kind}`,
    `Area: ${oneLine([a.area.admin2, a.area.admin1].filter(Boolean).join(", ")) || "(situation-wide)"}`,
    `Event day: ${a.date} (raised as of ${a.raisedAsOf})`,
    `Best grade of its incidents: ${a.grade}`,
    `Statistic: ${a.statistic.method}; observed ${a.statistic.observed}${a.statistic.expected !== null ? `, expected ${a.statistic.expected.toFixed(2)}` : ""}${a.statistic.pValue !== null ? `, tail probability ${a.statistic.pValue.toExponential(2)}` : ""}`,
    `Incidents: ${a.incidents.join(", ")}`,
  ];
  if (a.url) lines.push(`Details: ${a.url}`);
  lines.push("", payload.caveat);
  return `${lines.join("\n")}\n`;
}
