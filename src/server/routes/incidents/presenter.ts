/**
 * Shapes review results for the API (ReviewResult in incident-views/schema.ts): the incident as stored
 * afterwards, the id of an incident a merge removed, and the id of the incident a split created.
 */
import type { ReviewResult } from "../../../services/review-service.js";

export function presentReview(result: ReviewResult) {
  return {
    incident: result.incident,
    removed: result.removed ?? null,
    created: result.created?.id ?? null,
  };
}
