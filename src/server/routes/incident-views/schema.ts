/** Request and response schemas for the incident list, map, timeline and export routes. */
import { z } from "zod";
import { Incident } from "../../../domain/incident.js";
import { IncidentFilter } from "../../../domain/incident-filter.js";
import { errors } from "../../../domain/errors.js";
import { EXPORT_FORMATS } from "../../../publish/export/export-incidents.js";

/** An opaque cursor: base64url of the last row's keyset position. */
export const Cursor = z
  .string()
  .max(400)
  .transform((value) => {
    try {
      const parsed = z
        .object({ d: z.string().max(10), i: z.string().min(1).max(200) })
        .parse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
      return { day: parsed.d, id: parsed.i };
    } catch {
      throw errors.invalidCursor();
    }
  });

export const encodeCursor = (position: { day: string; id: string }) =>
  Buffer.from(JSON.stringify({ d: position.day, i: position.id })).toString("base64url");

export const ListIncidentsQuery = IncidentFilter.extend({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: Cursor.optional(),
});

export const IncidentSummary = z.object({
  id: z.string(),
  day: z.string().nullable(),
  eventType: z.string(),
  grade: z.string(),
  review: z.string(),
  placeName: z.string().nullable(),
  admin1: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  /** null when no source reported a killed figure: unknown, not zero. */
  killed: z.number().int().nullable(),
});

export const IncidentPage = z.object({
  items: z.array(IncidentSummary),
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: z.string().nullable(),
  total: z.number().int(),
});

export const IncidentIdParams = z.object({ id: z.string().min(1).max(200) });

export const ClustersQuery = IncidentFilter.extend({
  zoom: z.coerce.number().int().min(0).max(18).default(7),
});

export const ClustersResponse = z.object({
  clusters: z.array(
    z.object({
      lat: z.number(),
      lon: z.number(),
      count: z.number().int(),
      killed: z.number().int(),
      killedKnown: z.number().int(),
      grades: z.record(z.string(), z.number().int()),
      id: z.string().nullable(),
      eventType: z.string().nullable(),
    }),
  ),
  total: z.number().int(),
  /** Box around every matching incident, ignoring bbox, so a client can fit the map to the data. */
  extent: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
});

export const TimelineResponse = z.object({
  days: z.array(z.object({ day: z.string(), incidents: z.number().int(), killed: z.number().int() })),
});

/** An analyst's confirm or reject, with an optional note (the same body as the incident review routes). */
export const ReviewBody = z.object({ note: z.string().trim().min(1).max(2000).optional() }).strict();

/** What a review route answers: the incident as stored afterwards (merge and split also name others). */
export const ReviewResult = z.object({
  incident: Incident,
  removed: z.string().nullable(),
  created: z.string().nullable(),
});

export const ExportQuery = IncidentFilter.extend({ format: z.enum(EXPORT_FORMATS).default("acled-csv") });

export { Incident };
