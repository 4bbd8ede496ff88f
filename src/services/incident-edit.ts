/**
 * What an analyst may set by hand on an incident (`r2p incidents edit`, `PATCH /api/incidents/:id`),
 * and how an edit becomes the overrides that resolution applies over what it computes.
 */
import { z } from "zod";
import { EventTypeCode, DatePrecision, PlacePrecision } from "../domain/claim.js";
import { errors } from "../domain/errors.js";
import { CorroborationGrade, type Incident } from "../domain/incident.js";
import { isoDate } from "../domain/report.js";
import type { IncidentOverrides } from "../domain/resolution.js";

const count = z
  .object({ min: z.number().int().nonnegative(), max: z.number().int().nonnegative().nullable() })
  .refine((c) => c.max === null || c.max >= c.min, "max must not be below min");

/** What `edit` may change (CLI flags and the API body share it). */
export const IncidentEdit = z
  .object({
    eventType: EventTypeCode.optional(),
    dateStart: isoDate.optional(),
    dateEnd: isoDate.optional(),
    datePrecision: DatePrecision.optional(),
    placeName: z.string().trim().min(1).max(200).optional(),
    admin1: z.string().trim().min(1).max(100).optional(),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    placePrecision: PlacePrecision.optional(),
    killed: count.nullable().optional(),
    injured: count.nullable().optional(),
    grade: CorroborationGrade.optional(),
    note: z.string().trim().min(1).max(2000).optional(),
  })
  .strict()
  .refine((e) => Object.keys(e).some((k) => k !== "note"), "give at least one field to change")
  .refine(
    (e) => e.grade === undefined || e.note !== undefined,
    "a grade set by hand needs --note with the reason",
  )
  .refine((e) => (e.lat === undefined) === (e.lon === undefined), "give --lat and --lon together");
export type IncidentEdit = z.infer<typeof IncidentEdit>;

/** The overrides after an edit: the current ones with the edited fields replaced. */
export function toOverrides(
  current: IncidentOverrides | null,
  edit: IncidentEdit,
  incident: Incident,
): IncidentOverrides {
  const next: IncidentOverrides = { ...(current ?? {}) };
  if (edit.eventType) next.eventType = edit.eventType;
  if (edit.dateStart || edit.dateEnd || edit.datePrecision) {
    const start = edit.dateStart ?? next.date?.start ?? incident.date.start;
    const end = edit.dateEnd ?? (edit.dateStart ? edit.dateStart : (next.date?.end ?? incident.date.end));
    if (start && end && end < start)
      throw errors.review(
        "The end date is before the start date.",
        "r2p incidents edit inc_3f2a9c --date 2021-09-06 --date-end 2021-09-07",
      );
    next.date = { start, end, precision: edit.datePrecision ?? (start === end ? "day" : "window") };
  }
  const place: NonNullable<IncidentOverrides["place"]> = { ...(next.place ?? {}) };
  if (edit.placeName) place.name = edit.placeName;
  if (edit.admin1) place.admin1 = edit.admin1;
  if (edit.lat !== undefined && edit.lon !== undefined) {
    place.lat = edit.lat;
    place.lon = edit.lon;
  }
  if (edit.placePrecision) place.precision = edit.placePrecision;
  if (Object.keys(place).length > 0) next.place = place;
  const withPoint = (c: { min: number; max: number | null } | null) => (c ? { ...c, point: c.min } : null);
  if (edit.killed !== undefined) next.killed = withPoint(edit.killed);
  if (edit.injured !== undefined) next.injured = withPoint(edit.injured);
  if (edit.grade) next.grade = { grade: edit.grade, reason: `Set by an analyst: ${edit.note}` };
  return next;
}
