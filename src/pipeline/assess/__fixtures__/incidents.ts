/**
 * Hand-built incidents for assessment tests, and a one-claim-one-incident conversion of an extraction
 * (what the resolve stage does before merging), so tests can run the seed article through assessment.
 */
import type { Extraction, IncidentClaim } from "../../../domain/claim.js";
import type { Incident, IncidentSource } from "../../../domain/incident.js";

export const SOC_SOURCE: IncidentSource = {
  id: "soc",
  name: "Syrian Opposition Coalition (SOC)",
  kind: "party",
  originator: "soc",
  relayedBy: ["The Syrian Observer"],
  reliability: "C",
  partisan: true,
  reportIds: [],
};

export const MONITOR_SOURCE: IncidentSource = {
  id: "snhr",
  name: "Syrian Network for Human Rights",
  kind: "monitor",
  originator: "snhr",
  relayedBy: [],
  reliability: "B",
  partisan: false,
  reportIds: [],
};

let counter = 0;

/** A valid incident; every field can be overridden. */
export function makeIncident(overrides: Partial<Incident> = {}): Incident {
  counter++;
  const id = overrides.id ?? `inc-${counter}`;
  return {
    id,
    eventType: "shelling",
    acled: { eventType: "Explosions/Remote violence", subEventType: "Shelling/artillery/missile attack" },
    date: { start: "2021-09-07", end: "2021-09-07", precision: "day" },
    place: {
      name: "Ihsim",
      mentions: ["Ihsim"],
      gazetteerId: "geonames:174144",
      lat: 35.72,
      lon: 36.55,
      admin1: "Idlib",
      admin2: "Ariha",
      country: "SY",
      precision: "settlement",
    },
    perpetrators: [
      {
        actorId: "SY_GOV_ASSAD",
        name: "Syrian government forces (Assad era)",
        role: "primary",
        attributedBy: ["snhr"],
      },
    ],
    targets: ["civilians"],
    victimGroups: [],
    doubleTap: false,
    casualties: { killed: { min: 2, max: 2, point: 2 }, injured: null, unspecified: null, bySource: [] },
    grade: "fair",
    gradeReason: "two independent sources",
    credibility: "2",
    independentSources: 2,
    sources: [
      MONITOR_SOURCE,
      { ...MONITOR_SOURCE, id: "sohr", name: "Syrian Observatory for Human Rights", originator: "sohr" },
    ],
    reports: [],
    claims: [],
    review: { status: "unreviewed", by: null, at: null },
    createdAt: "2021-09-08T00:00:00.000Z",
    updatedAt: "2021-09-08T00:00:00.000Z",
    ...overrides,
  };
}

/** One incident per claim of `extraction`, attributed to `source`; ids are `<reportId>:<ordinal>`. */
export function incidentsFromExtraction(extraction: Extraction, source: IncidentSource): Incident[] {
  const reportId = extraction.report.id;
  return extraction.incidents.map((claim: IncidentClaim, ordinal) => {
    const claimId = `${reportId}:${ordinal}`;
    const point = (r: { min: number; max: number | null } | null) => (r ? { ...r, point: r.min } : null);
    return makeIncident({
      id: `incident-${ordinal}`,
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
        killed: point(claim.casualties.killed),
        injured: point(claim.casualties.injured),
        unspecified: point(claim.casualties.unspecified),
        bySource: [],
      },
      grade: "weak",
      gradeReason: "a single source",
      credibility: "3",
      independentSources: 1,
      sources: [{ ...source, reportIds: [reportId] }],
      reports: [reportId],
      claims: [
        {
          id: claimId,
          reportId,
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
          match: { by: "seed", score: 1, features: {}, reason: "first claim" },
        },
      ],
    });
  });
}
