/** Small fixtures for the incident and source contract suites: resolvable claims and incidents built from them. */
import type { IncidentClaim } from "../../src/domain/claim.js";
import type { Incident } from "../../src/domain/incident.js";
import type { IncidentMeta, ResolvableClaim } from "../../src/domain/resolution.js";
import { SYRIA_SOURCES, SourceRegistry, transliterationKey } from "../../src/knowledge/index.js";
import { buildIncident, prepareClaims, type WorkingClaim } from "../../src/pipeline/resolve/index.js";
import type { PlacedClaim } from "../../src/storage/ports.js";

export const registry = new SourceRegistry(SYRIA_SOURCES);

const noActors = { get: () => undefined };

/** An extracted claim of shelling at Sarmin on `day` (override any field). */
export function makeClaim(day: string | null, overrides: Partial<IncidentClaim> = {}): IncidentClaim {
  return {
    eventType: "shelling",
    acled: { eventType: "Explosions/Remote violence", subEventType: "Shelling/artillery/missile attack" },
    date: {
      start: day,
      end: day,
      precision: day ? "day" : "unknown",
      text: day ? "on Monday" : null,
      relative: null,
    },
    place: {
      mention: "Sarmin",
      name: "Sarmin",
      gazetteerId: "geonames:163345",
      lat: 35.9036,
      lon: 36.7246,
      admin1: "Idlib",
      admin2: null,
      country: "SY",
      precision: "settlement",
    },
    perpetrators: [
      { actorId: "SY_GOV_ASSAD", name: "Syrian government forces", mention: "regime", role: "primary" },
    ],
    targets: ["civilians"],
    victimGroups: [],
    groupId: null,
    casualties: {
      killed: { min: 2, max: 2 },
      injured: null,
      unspecified: null,
      scope: "incident",
      text: "two killed",
    },
    attributedTo: ["Syrian Observatory for Human Rights"],
    modality: "reported",
    doubleTap: false,
    evidence: [{ field: "place", start: 0, end: 6, text: "Sarmin" }],
    ...overrides,
  };
}

/** Resolvable claims of one report (id `reportId`), published on `publishedAt`. */
export function resolvable(
  reportId: string,
  claims: IncidentClaim[],
  publishedAt: string | null = null,
): ResolvableClaim[] {
  return prepareClaims(
    {
      id: reportId,
      publisher: null,
      url: null,
      originators: [],
      publishedAt,
      caveats: [],
      lead: "",
    },
    claims,
    { sources: registry, nameKey: transliterationKey },
  );
}

export function meta(id: string, overrides: Partial<IncidentMeta> = {}): IncidentMeta {
  return {
    id,
    review: { status: "unreviewed", by: null, at: null },
    overrides: null,
    pinned: false,
    createdAt: "2025-03-01T12:00:00.000Z",
    ...overrides,
  };
}

/** The incident holding `claims`, as the resolve stage builds it. */
export function incidentOf(id: string, claims: ResolvableClaim[], m: IncidentMeta = meta(id)): Incident {
  const members = claims.map((claim, i) => ({
    claim: { ...claim, incidentId: id, pinned: false, affected: true, match: null } as WorkingClaim,
    match: { by: i === 0 ? ("seed" as const) : ("auto" as const), score: 1, features: {}, reason: "fixture" },
  }));
  return buildIncident(
    members,
    m,
    { sources: registry, actors: noActors, acledOf: () => ({ eventType: "x", subEventType: "y" }) },
    "2025-03-01T12:00:00.000Z",
  );
}

/** Placements of `claims` in incident `incidentId`. */
export function placed(incidentId: string, claims: ResolvableClaim[], pinned = false): PlacedClaim[] {
  return claims.map((claim, i) => ({
    claim,
    incidentId,
    pinned,
    match: { by: i === 0 ? "seed" : "auto", score: 1, features: {}, reason: "fixture" },
  }));
}

/** The audit event of a test's resolution write. */
export const resolvedAudit = {
  actor: "test",
  action: "incidents.resolved",
  subjectType: "reports",
  subjectId: "r",
  detail: {},
} as const;
