/** Request schemas for /api/incidents. */
import { z } from "zod";
import { CorroborationGrade, ReviewStatus } from "../../../domain/incident.js";
import { isoDate } from "../../../domain/report.js";

export const ListIncidentsQuery = z.object({
  area: z.string().trim().min(1).max(200).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  grade: CorroborationGrade.optional(),
  status: ReviewStatus.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const IncidentIdParams = z.object({
  id: z.string().regex(/^(inc_)?[0-9a-f]{6,16}$/, "an incident id is inc_ and 6–16 hex characters"),
});

const note = z.string().trim().min(1).max(2000).optional();

export const ReviewBody = z.object({ note }).strict();
export const MergeBody = z.object({ other: IncidentIdParams.shape.id, note }).strict();
export const SplitBody = z
  .object({ claims: z.array(z.string().trim().min(3).max(200)).min(1).max(500), note })
  .strict();
