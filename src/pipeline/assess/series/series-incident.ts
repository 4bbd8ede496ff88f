/**
 * An incident as the time series see it: the day the violence happened, and the day it was first
 * known — the earliest publication date of its reports (their retrieval date when unpublished). Replays
 * and backfills compute everything "as of" a day from these two dates, never from ingestion order.
 */
import { gradeAtLeast } from "../../../domain/alert.js";
import type { CorroborationGrade, Incident } from "../../../domain/incident.js";

export interface SeriesIncident {
  id: string;
  eventDay: string;
  knownDay: string;
  admin1: string | null;
  admin2: string | null;
  /** Primary perpetrators only: an ally named alongside is not the attacker of the series. */
  perpetrators: { actorId: string | null; name: string }[];
  killed: number;
  /** Civilians among those hit (any civilian target, or victim groups named): mass-casualty rule. */
  civilian: boolean;
  rescuersOrMedical: boolean;
  doubleTap: boolean;
  grade: CorroborationGrade;
  eventType: Incident["eventType"];
  /** The reports behind it: a pattern needs more than one report's word. */
  reports: string[];
}

/** When each report became known: publication date, else the day it was retrieved. */
export type ReportDates = Record<string, { publishedAt: string | null; retrievedAt: string }>;

const CIVILIAN = new Set([
  "civilians",
  "residential",
  "market",
  "camp",
  "idps",
  "rescuers",
  "medical",
  "humanitarian",
  "journalists",
  "school",
  "worship",
  "detainees",
]);

/**
 * The series view of an incident, or null when it cannot be placed in time (no event date) or was
 * rejected by a reviewer.
 */
export function toSeriesIncident(incident: Incident, reportDates: ReportDates): SeriesIncident | null {
  if (incident.review.status === "rejected") return null;
  const known = incident.reports
    .map((id) => reportDates[id])
    .filter((d) => d !== undefined)
    .map((d) => d.publishedAt ?? d.retrievedAt.slice(0, 10))
    .sort();
  const eventDay = incident.date.start ?? incident.date.end;
  const knownDay = known[0] ?? incident.createdAt.slice(0, 10);
  if (!eventDay) return null;
  const primary = incident.perpetrators.filter((p) => p.role !== "alleged_assoc");
  return {
    id: incident.id,
    eventDay,
    // A report cannot know of an event before it happened; a report dated earlier is a dating error.
    knownDay: knownDay < eventDay ? eventDay : knownDay,
    admin1: incident.place.admin1,
    admin2: incident.place.admin2,
    perpetrators: primary.map((p) => ({ actorId: p.actorId, name: p.name })),
    killed: incident.casualties.killed?.point ?? incident.casualties.killed?.min ?? 0,
    civilian:
      incident.eventType !== "armed_clash" &&
      (incident.targets.some((t) => CIVILIAN.has(t)) || incident.victimGroups.length > 0),
    rescuersOrMedical:
      incident.targets.includes("rescuers") ||
      incident.targets.includes("medical") ||
      incident.eventType === "attack_medical" ||
      incident.eventType === "attack_rescuers",
    doubleTap: incident.doubleTap,
    grade: incident.grade,
    eventType: incident.eventType,
    reports: incident.reports,
  };
}

/** The best corroboration grade of a set of incidents. */
export function bestGrade(incidents: readonly SeriesIncident[]): CorroborationGrade {
  let best: CorroborationGrade = "discounted";
  for (const i of incidents) if (gradeAtLeast(i.grade, best)) best = i.grade;
  return best;
}
