/**
 * Extraction stage: Report → incident claims (one per place per day) and statements, each value with
 * its evidence span in `report.text`. Pure and synchronous; the knowledge it needs comes in `deps`.
 */
import type { ActorLookup } from "../../domain/actors.js";
import type { Extraction } from "../../domain/claim.js";
import type { PlaceLookup } from "../../domain/places.js";
import type { Report } from "../../domain/report.js";
import { extractIncidents } from "./extract-incidents.js";
import { extractStatements } from "./statements/extract-statements.js";

/** Bump when the output for the same input changes. */
export const EXTRACTOR_VERSION = "11";

export interface ExtractDeps {
  places: PlaceLookup;
  actors: ActorLookup;
}

/**
 * Extract incident claims and statements from one report.
 * @example extractClaims(report, { places, actors }).incidents[0].place.name  // "Kafr Nuran"
 */
export function extractClaims(report: Report, deps: ExtractDeps): Extraction {
  const { sentences, incidents } = extractIncidents(report, deps.places, deps.actors);
  const statements = extractStatements(report.text, sentences, {
    actors: deps.actors,
    publishedAt: report.publishedAt,
  });
  return {
    report: {
      id: report.id,
      title: report.title,
      publisher: report.publisher,
      originators: [...report.originators],
      publishedAt: report.publishedAt,
      language: report.language,
      caveats: [...report.caveats],
      related: report.related.map((r) => ({ ...r })),
    },
    incidents,
    statements,
  };
}
