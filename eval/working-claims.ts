/**
 * A document's claims as the resolver receives them: the document through the pipeline a user's file
 * takes, then prepared for resolution as new, unattached claims. Shared by `npm run eval:resolve` and
 * the resolve-from-text tests, so both feed the resolver exactly as ingestion would.
 */
import type { SourceRegistry } from "../src/knowledge/index.js";
import { transliterationKey } from "../src/knowledge/index.js";
import { prepareClaims, type WorkingClaim } from "../src/pipeline/resolve/index.js";
import type { DocumentInput, Pipeline } from "./load-pipeline.js";

/** A document's claims as the resolver receives them, from the input a user would give. */
export async function workingClaimsOf(
  pipeline: Pipeline,
  input: DocumentInput,
  registry: SourceRegistry,
): Promise<WorkingClaim[]> {
  const { report, extraction } = await pipeline.run(input);
  return prepareClaims(
    {
      id: report.id,
      publisher: extraction.report.publisher,
      url: report.url,
      originators: extraction.report.originators,
      publishedAt: extraction.report.publishedAt,
      caveats: extraction.report.caveats,
      lead: report.text.slice(0, 400),
      byline: report.byline,
    },
    extraction.incidents,
    { sources: registry, nameKey: transliterationKey },
  ).map((claim): WorkingClaim => ({
    ...claim,
    incidentId: null,
    pinned: false,
    affected: true,
    match: null,
  }));
}
