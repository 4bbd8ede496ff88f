/**
 * Test scaffolding until the resolve stage lands on this branch: turns one report's stored claims into
 * Incidents (one per claim, ungraded "weak", one source) so the browser tests can exercise the map and
 * the incident page on the seed's real extraction, with its real evidence spans. Not used in production.
 */
import type { Extraction } from "../../src/domain/claim.js";
import type { Incident } from "../../src/domain/incident.js";
import type { Report } from "../../src/domain/report.js";

export function incidentsFromClaims(report: Report, extraction: Extraction): Incident[] {
  const sourceId = (report.publisher ?? "unknown").toLowerCase().replace(/\W+/g, "_");
  const at = report.retrievedAt;
  return extraction.incidents.map((claim, ordinal): Incident => {
    const claimId = `${report.id}:${ordinal}`;
    const day = claim.date.start;
    return {
      id: `inc_${report.id.slice(0, 10)}_${ordinal}`,
      eventType: claim.eventType,
      acled: claim.acled,
      date: { start: day, end: claim.date.end, precision: claim.date.precision },
      place: {
        name: claim.place.name ?? claim.place.mention,
        mentions: [claim.place.mention],
        gazetteerId: claim.place.gazetteerId,
        lat: claim.place.lat,
        lon: claim.place.lon,
        admin1: claim.place.admin1,
        admin2: claim.place.admin2,
        country: "Syria",
        precision: claim.place.precision,
      },
      perpetrators: claim.perpetrators.map((p) => ({
        actorId: p.actorId,
        name: p.name,
        attributedBy: [sourceId],
      })),
      targets: claim.targets,
      victimGroups: claim.victimGroups,
      doubleTap: false,
      casualties: { killed: null, injured: null, unspecified: null, bySource: [] },
      grade: "weak",
      gradeReason: "a single source",
      credibility: "3",
      independentSources: 1,
      sources: [
        {
          id: sourceId,
          name: report.publisher ?? "unknown",
          kind: "news",
          originator: sourceId,
          relayedBy: [],
          reliability: "F",
          partisan: false,
          reportIds: [report.id],
        },
      ],
      reports: [report.id],
      claims: [
        {
          id: claimId,
          reportId: report.id,
          ordinal,
          sourceId,
          eventType: claim.eventType,
          date: { start: day, end: claim.date.end, precision: claim.date.precision },
          place: {
            mention: claim.place.mention,
            name: claim.place.name,
            gazetteerId: claim.place.gazetteerId,
          },
          perpetrators: claim.perpetrators.map((p) => ({ actorId: p.actorId, name: p.name })),
          killed: null,
          injured: null,
          modality: claim.modality,
          evidence: claim.evidence,
          match: { by: "seed", score: 1, features: {}, reason: "first claim" },
        },
      ],
      review: { status: "unreviewed", by: null, at: null },
      createdAt: at,
      updatedAt: at,
    };
  });
}
