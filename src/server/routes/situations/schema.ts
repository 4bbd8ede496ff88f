/** Request schemas for /api/situations. */
import { z } from "zod";
import { IndicatorState } from "../../../domain/risk.js";
import { isoDate } from "../../../domain/report.js";

export const SituationParams = z.object({ id: z.string().trim().min(1).max(50) });
export const SituationQuery = z.object({ asOf: isoDate.optional() });
export const SetIndicatorBody = z.object({
  indicatorId: z.string().trim().min(2).max(60),
  state: IndicatorState,
  note: z.string().trim().min(1, "a note saying why is required").max(4000),
  evidence: z.array(z.string().trim().min(1).max(500)).max(50).default([]),
});
export const AnalystQueueResponse = z.object({ items: z.array(z.unknown()) });
export const IncidentParams = z.object({ incidentId: z.string().trim().min(1).max(200) });
