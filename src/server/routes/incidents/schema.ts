/** Request schemas for the review routes of /api/incidents. */
import { z } from "zod";
export const IncidentIdParams = z.object({
  id: z.string().regex(/^(inc_)?[0-9a-f]{6,16}$/, "an incident id is inc_ and 6–16 hex characters"),
});

const note = z.string().trim().min(1).max(2000).optional();

export { ReviewBody } from "../incident-views/schema.js";
export const MergeBody = z.object({ other: IncidentIdParams.shape.id, note }).strict();
export const SplitBody = z
  .object({ claims: z.array(z.string().trim().min(3).max(200)).min(1).max(500), note })
  .strict();
