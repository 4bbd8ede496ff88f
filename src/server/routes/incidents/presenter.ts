/** Shapes review results for the API: the incident record as in src/domain/incident.ts, plus what changed. */
import type { ReviewResult } from "../../../services/review-service.js";

export function presentReview(result: ReviewResult) {
  return {
    incident: result.incident,
    removed: result.removed ?? null,
    created: result.created ?? null,
  };
}
