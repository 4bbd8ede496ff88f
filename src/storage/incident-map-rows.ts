/**
 * The indexed row (`incident_map`) that stands for an incident in map, list, timeline and export
 * queries, derived from the Incident alone so it can be rebuilt at any time.
 */
import type { Incident } from "../domain/incident.js";
import { filterToken } from "../domain/incident-filter.js";
import type { IncidentMapTable } from "./schema.js";

/** " a b c " so that LIKE '% b %' matches one whole token on both backends. */
const tokens = (values: Iterable<string>) => ` ${[...new Set([...values].map(filterToken))].join(" ")} `;

/**
 * Crime codes are read from the `qualifications` the assessment stage may attach to an incident
 * (additive field: `[{ code }]`); absent today, so the list is empty.
 */
function crimeCodes(incident: Incident): string[] {
  const extra = (incident as { qualifications?: { code?: unknown }[] }).qualifications;
  return Array.isArray(extra) ? extra.flatMap((q) => (typeof q.code === "string" ? [q.code] : [])) : [];
}

export function incidentMapRow(incident: Incident, at: string): IncidentMapTable {
  return {
    incident_id: incident.id,
    day: incident.date.start ?? "",
    lat: incident.place.lat,
    lon: incident.place.lon,
    event_type: incident.eventType,
    grade: incident.grade,
    review_status: incident.review.status,
    killed: incident.casualties.killed?.point ?? 0,
    country: incident.place.country,
    admin1: incident.place.admin1,
    admin2: incident.place.admin2,
    place_name: incident.place.name ?? incident.place.mentions[0] ?? null,
    perpetrators: tokens(incident.perpetrators.flatMap((p) => (p.actorId ? [p.actorId, p.name] : [p.name]))),
    sources: tokens(incident.sources.flatMap((s) => [s.id, ...s.relayedBy])),
    crime_codes: tokens(crimeCodes(incident)),
    updated_at: at,
  };
}
