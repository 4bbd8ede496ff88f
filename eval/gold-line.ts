/**
 * The gold annotation format shared by ../shared/data/gold/<set>/gold.jsonl and the project's own
 * golden fixtures (test/fixtures/reports/<slug>/gold.json): one incident per place per day.
 */
import { z } from "zod";
import { COARSE_EVENT_TYPES } from "./event-type-map.js";

export const GoldLine = z.object({
  doc: z.string(),
  published: z.string().nullable(),
  /** null: the document must yield no incident (this line then only counts the document). */
  place: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  admin1: z.string().nullable(),
  eventType: z.enum(COARSE_EVENT_TYPES).nullable(),
  /** Case-insensitive regular expression over the perpetrator's id, name or mention; null = none named. */
  perpetrator: z.string().nullable(),
  killed: z.number().int().nonnegative().nullable(),
  /** Optional (fixtures only): the day of the incident, when the text states it. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .optional(),
});
export type GoldLine = z.infer<typeof GoldLine>;
