/**
 * The indexed row (`incident_map`) that stands for an incident in map, list, timeline and export
 * queries, derived from the Incident alone so it can be rebuilt at any time.
 */
import type { Incident } from "../domain/incident.js";
import { filterToken } from "../domain/incident-filter.js";
import type { Kysely } from "kysely";
import { insertRows } from "./bulk-insert.js";
import { inLists } from "./chunk.js";
import type { Database, IncidentMapTable } from "./schema.js";

/** 17 columns × 400 rows stays under SQLite's bound-parameter limit (32,766). */
const BATCH = 400;

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
    killed_known: incident.casualties.killed?.point == null ? 0 : 1,
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

/**
 * Upserts the index rows of `incidents`; call inside the transaction that writes the incidents so
 * the map never disagrees with the store. Exported for the incident store to call on every write.
 */
export async function writeIncidentMapRows(
  trx: Kysely<Database>,
  incidents: Incident[],
  at: string,
  backend: string,
): Promise<void> {
  await insertIncidentMapRows(
    trx,
    incidents.map((incident) => ({ ...incidentMapRow(incident, at) })),
    backend,
  );
}

/** Upserts map rows built beforehand (incidentMapRow), e.g. by a change built off the transaction. */
export async function insertIncidentMapRows(
  trx: Kysely<Database>,
  rows: { [K in keyof IncidentMapTable]: IncidentMapTable[K] }[],
  backend: string,
): Promise<void> {
  // Compiled once per backend and batch size (bulk-insert.ts): resolution writes thousands per batch.
  await insertRows(trx, `${backend}:incident_map`, rows, BATCH, (db, batch) =>
    db
      .insertInto("incident_map")
      .values(batch)
      .onConflict((oc) =>
        oc.column("incident_id").doUpdateSet((eb) => ({
          day: eb.ref("excluded.day"),
          lat: eb.ref("excluded.lat"),
          lon: eb.ref("excluded.lon"),
          event_type: eb.ref("excluded.event_type"),
          grade: eb.ref("excluded.grade"),
          review_status: eb.ref("excluded.review_status"),
          killed: eb.ref("excluded.killed"),
          killed_known: eb.ref("excluded.killed_known"),
          country: eb.ref("excluded.country"),
          admin1: eb.ref("excluded.admin1"),
          admin2: eb.ref("excluded.admin2"),
          place_name: eb.ref("excluded.place_name"),
          perpetrators: eb.ref("excluded.perpetrators"),
          sources: eb.ref("excluded.sources"),
          crime_codes: eb.ref("excluded.crime_codes"),
          updated_at: eb.ref("excluded.updated_at"),
        })),
      ),
  );
}

/** Removes the map rows of deleted incidents. */
export async function deleteIncidentMapRows(trx: Kysely<Database>, ids: readonly string[]): Promise<void> {
  for (const batch of inLists(ids))
    await trx.deleteFrom("incident_map").where("incident_id", "in", batch).execute();
}
