/**
 * Reading incidents for the CLI and the API: lists with an area given in any spelling (a governorate
 * through the gazetteer, else words of the place name), dates and grade; one incident by id or prefix.
 */
import { errors } from "../domain/errors.js";
import type { CorroborationGrade, Incident, ReviewStatus } from "../domain/incident.js";
import type { IncidentListFilter } from "../storage/ports.js";
import type { Runtime } from "./runtime.js";

export interface IncidentQuery {
  /** A governorate in any spelling ("Idleb", "إدلب") or words of a place name. */
  area?: string;
  from?: string;
  to?: string;
  grade?: CorroborationGrade;
  status?: ReviewStatus;
  limit: number;
  offset: number;
}

/** The store filter for a query: the area becomes a canonical governorate when the gazetteer knows it. */
export async function incidentFilter(runtime: Runtime, query: IncidentQuery): Promise<IncidentListFilter> {
  const filter: IncidentListFilter = {
    from: query.from,
    to: query.to,
    grade: query.grade,
    status: query.status,
    limit: query.limit,
    offset: query.offset,
  };
  if (query.area) {
    const admin1 = (await runtime.knowledge()).places.resolveAdmin1(query.area);
    if (admin1) filter.admin1 = admin1;
    else filter.place = query.area;
  }
  return filter;
}

/** A page of incidents and how many match in all. */
export async function listIncidents(
  runtime: Runtime,
  query: IncidentQuery,
): Promise<{ items: Incident[]; total: number }> {
  const filter = await incidentFilter(runtime, query);
  const { limit: _limit, offset: _offset, ...countFilter } = filter;
  const [items, total] = await Promise.all([
    runtime.store.incidents.list(filter),
    runtime.store.incidents.count(countFilter),
  ]);
  return { items, total };
}

/** The full id of an incident given as an id or a unique prefix ("inc_3f2a9c" or "3f2a9c"). */
export async function resolveIncidentId(runtime: Runtime, idOrPrefix: string): Promise<string> {
  const trimmed = idOrPrefix.trim();
  if (!/^(inc_)?[0-9a-f]{6,16}$/.test(trimmed)) throw errors.invalidIncidentId(idOrPrefix);
  const id = await runtime.store.incidents.resolveId(trimmed);
  if (!id) throw errors.incidentNotFound(idOrPrefix);
  return id;
}

/** One incident by id or prefix; NOT_FOUND when there is none. */
export async function findIncident(runtime: Runtime, idOrPrefix: string): Promise<Incident> {
  const id = await resolveIncidentId(runtime, idOrPrefix);
  const incident = await runtime.store.incidents.get(id);
  if (!incident) throw errors.incidentNotFound(idOrPrefix);
  return incident;
}
