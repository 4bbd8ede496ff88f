/**
 * Where assessment gets its incidents and the reports behind them. Until the incident store (issue 9)
 * lands, incidents are provisional: one per stored claim, each with its report's originator as its one
 * source (partisan when the actor registry says so). Swap `loadIncidents` for the incident store's list
 * and nothing else changes: assessment reads only the `Incident` contract.
 */
import type { Incident, IncidentSource } from "../domain/incident.js";
import type { Report } from "../domain/report.js";
import type { AssessReport } from "../pipeline/assess/index.js";
import type { StoredExtraction } from "../storage/ports.js";
import type { Runtime } from "./runtime.js";

const PAGE = 500;

export interface SituationData {
  incidents: Incident[];
  reports: Record<string, AssessReport>;
}

/** Every stored report with its latest extraction. */
async function storedReports(
  runtime: Runtime,
): Promise<{ report: Report; extraction: StoredExtraction | null }[]> {
  const out: { report: Report; extraction: StoredExtraction | null }[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await runtime.store.reports.list({ limit: PAGE, offset });
    for (const summary of page) {
      const report = await runtime.store.reports.get(summary.id);
      if (report) out.push({ report, extraction: await runtime.store.claims.getExtraction(summary.id) });
    }
    if (page.length < PAGE) break;
  }
  return out;
}

function sourceOf(report: Report, partisan: (name: string, day: string | null) => boolean): IncidentSource {
  const name = report.originators[0] ?? report.publisher ?? "unknown source";
  const id =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "unknown";
  const isPartisan = report.originators.some((o) => partisan(o, report.publishedAt));
  return {
    id,
    name,
    kind: isPartisan ? "party" : "unknown",
    originator: id,
    relayedBy: report.publisher && report.publisher !== name ? [report.publisher] : [],
    reliability: isPartisan ? "C" : "F",
    partisan: isPartisan,
    reportIds: [report.id],
  };
}

/** Loads the incidents to assess and the reports behind them. */
export async function loadSituationData(runtime: Runtime): Promise<SituationData> {
  const knowledge = await runtime.knowledge();
  const partisan = (name: string, day: string | null) =>
    knowledge.actors.findActors(name, day).some((m) => m.actor.partisan);
  const incidents: Incident[] = [];
  const reports: Record<string, AssessReport> = {};
  for (const { report, extraction } of await storedReports(runtime)) {
    reports[report.id] = {
      text: report.text,
      statements: extraction?.extraction.statements ?? [],
      publishedAt: report.publishedAt,
      retrievedAt: report.retrievedAt,
    };
    if (!extraction) continue;
    const source = sourceOf(report, partisan);
    extraction.extraction.incidents.forEach((claim, ordinal) => {
      const claimId = `${report.id}:${ordinal}`;
      const count = (r: { min: number; max: number | null } | null) => (r ? { ...r, point: r.min } : null);
      incidents.push({
        id: `prov-${report.id.slice(0, 16)}-${ordinal}`,
        eventType: claim.eventType,
        acled: claim.acled,
        date: { start: claim.date.start, end: claim.date.end, precision: claim.date.precision },
        place: {
          name: claim.place.name,
          mentions: [claim.place.mention],
          gazetteerId: claim.place.gazetteerId,
          lat: claim.place.lat,
          lon: claim.place.lon,
          admin1: claim.place.admin1,
          admin2: claim.place.admin2,
          country: claim.place.country,
          precision: claim.place.precision,
        },
        perpetrators: claim.perpetrators.map((p) => ({
          actorId: p.actorId,
          name: p.name,
          role: p.role,
          attributedBy: [source.id],
        })),
        targets: claim.targets,
        victimGroups: claim.victimGroups,
        doubleTap: claim.doubleTap ?? false,
        casualties: {
          killed: count(claim.casualties.killed),
          injured: count(claim.casualties.injured),
          unspecified: count(claim.casualties.unspecified),
          bySource: [
            {
              sourceId: source.id,
              reportId: report.id,
              claimId,
              killed: claim.casualties.killed,
              injured: claim.casualties.injured,
              unspecified: claim.casualties.unspecified,
              text: claim.casualties.text,
            },
          ],
        },
        grade: "weak",
        gradeReason: "provisional: one report, not yet resolved against other sources",
        credibility: source.partisan ? "3" : "6",
        independentSources: 1,
        sources: [source],
        reports: [report.id],
        claims: [
          {
            id: claimId,
            reportId: report.id,
            ordinal,
            sourceId: source.id,
            eventType: claim.eventType,
            date: { start: claim.date.start, end: claim.date.end, precision: claim.date.precision },
            place: {
              mention: claim.place.mention,
              name: claim.place.name,
              gazetteerId: claim.place.gazetteerId,
            },
            perpetrators: claim.perpetrators.map((p) => ({ actorId: p.actorId, name: p.name })),
            killed: claim.casualties.killed,
            injured: claim.casualties.injured,
            modality: claim.modality,
            evidence: claim.evidence,
            match: { by: "seed", score: 1, features: {}, reason: "provisional incident: one claim" },
          },
        ],
        review: { status: "unreviewed", by: null, at: null },
        createdAt: report.retrievedAt,
        updatedAt: extraction.extractedAt,
      });
    });
  }
  return { incidents, reports };
}
