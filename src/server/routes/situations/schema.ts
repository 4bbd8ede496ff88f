/** Request schemas for /api/situations. */
import { z } from "zod";
import { IndicatorState } from "../../../domain/risk.js";
import { isoDate } from "../../../domain/report.js";
import { ANALYST_DECISIONS } from "../../../domain/analyst-queue-vocabulary.js";

export const SituationParams = z.object({ id: z.string().trim().min(1).max(50) });
export const SituationQuery = z.object({ asOf: isoDate.optional() });
export const SetIndicatorBody = z.object({
  indicatorId: z.string().trim().min(2).max(60),
  state: IndicatorState,
  note: z.string().trim().min(1, "a note saying why is required").max(4000),
  evidence: z.array(z.string().trim().min(1).max(500)).max(50).default([]),
});
export const AnalystQueueQuery = z.object({ status: z.enum(["open", "done", "all"]).default("open") });
export const AnalystQueueParams = z.object({ id: z.string().trim().min(1).max(300) });
export const AnalystQueueEntry = z.object({
  id: z.string(),
  incidentId: z.string(),
  code: z.string(),
  reason: z.string(),
  status: z.enum(["open", "done"]),
  createdAt: z.string(),
  resolvedBy: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  note: z.string().nullable(),
  decision: z.enum(ANALYST_DECISIONS).nullable(),
});
export const AnalystQueueResponse = z.object({ items: z.array(AnalystQueueEntry) });
export const IncidentParams = z.object({ incidentId: z.string().trim().min(1).max(200) });

export const SeriesQuery = z.object({
  admin1: z.string().trim().min(1).max(100).optional(),
  admin2: z.string().trim().min(1).max(100).optional(),
  /** Actor id of a primary perpetrator, e.g. SY_GOV_ASSAD. */
  perpetrator: z.string().trim().min(1).max(60).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  asOf: isoDate.optional(),
});
export const SeriesResponse = z.object({
  selector: z.object({
    admin1: z.string().optional(),
    admin2: z.string().optional(),
    perpetrator: z.string().optional(),
  }),
  asOf: isoDate,
  baselineDays: z.number(),
  points: z.array(
    z.object({
      day: isoDate,
      incidents: z.number(),
      killed: z.number(),
      expectedIncidents: z.number(),
      incidentIds: z.array(z.string()),
    }),
  ),
});
