/**
 * Test fixtures for the resolve stage: compact claim specs turned into working claims through the real
 * preparation (source registry, transliteration keys), and the stage deps with the real actor registry.
 * Places are real Syrian towns with their gazetteer coordinates; texts are invented for the tests.
 */
import type { IncidentClaim } from "../../../domain/claim.js";
import {
  ActorRegistry,
  INTERNATIONAL_PACK,
  SYRIA_PACK,
  SYRIA_SOURCES,
  SourceRegistry,
  transliterationKey,
} from "../../../knowledge/index.js";
import { prepareClaims } from "../prepare-claims.js";
import type { ReportContext, WorkingClaim } from "../resolvable-claim.js";
import type { ResolveDeps } from "../index.js";

export const registry = new SourceRegistry(SYRIA_SOURCES);
export const actors = new ActorRegistry([SYRIA_PACK, INTERNATIONAL_PACK]);
export const deps: ResolveDeps = {
  sources: registry,
  actors,
  acledOf: () => ({ eventType: "Explosions/Remote violence", subEventType: "Air/drone strike" }),
};

export const PLACES = {
  sarmin: { name: "Sarmin", gazetteerId: "geonames:163345", lat: 35.9036, lon: 36.7246, admin1: "Idlib" },
  // About 3 km from Sarmin's gazetteer point would be "near"; Saraqib is 8 km away.
  saraqib: { name: "Saraqib", gazetteerId: "geonames:164816", lat: 35.8647, lon: 36.8055, admin1: "Idlib" },
  ariha: { name: "Ariha", gazetteerId: "geonames:172994", lat: 35.8128, lon: 36.6103, admin1: "Idlib" },
  atarib: { name: "Al Atarib", gazetteerId: "geonames:174160", lat: 36.1375, lon: 36.8305, admin1: "Aleppo" },
  // A made-up hamlet 2.7 km east of Sarmin, for the "near but not the same place" rules.
  hamlet: { name: "Test Hamlet", gazetteerId: "test:hamlet", lat: 35.9036, lon: 36.7546, admin1: "Idlib" },
} as const;

export interface ClaimSpec {
  place?: keyof typeof PLACES | { unresolved: string; admin1: string | null };
  day?: string | null;
  window?: [string, string];
  /** The claim's own date phrase ("on Saturday"), as the extractor keeps it. */
  dateText?: string;
  type?: IncidentClaim["eventType"];
  attacker?: string | null;
  killed?: [number, number | null] | null;
  injured?: [number, number | null] | null;
  targets?: IncidentClaim["targets"];
  modality?: IncidentClaim["modality"];
  scope?: "incident" | "group";
}

export interface ReportSpec {
  id: string;
  publisher?: string | null;
  originators?: string[];
  attributedTo?: string[];
  publishedAt?: string | null;
  caveats?: string[];
  url?: string | null;
  lead?: string;
  claims: ClaimSpec[];
}

/** A 64-hex report id from a short label, so tests read "sohr-1" but ids stay valid. */
export function reportId(label: string): string {
  let hex = "";
  for (const ch of label) hex += ch.charCodeAt(0).toString(16).padStart(2, "0");
  return hex.padEnd(64, "0").slice(0, 64);
}

export function toClaim(spec: ClaimSpec, attributedTo: string[]): IncidentClaim {
  const place =
    spec.place && typeof spec.place === "object"
      ? {
          mention: spec.place.unresolved,
          name: null,
          gazetteerId: null,
          lat: null,
          lon: null,
          admin1: spec.place.admin1,
          admin2: null,
          country: "SY",
          precision: "unresolved" as const,
        }
      : (() => {
          const p = PLACES[spec.place ?? "sarmin"];
          return {
            mention: p.name,
            name: p.name,
            gazetteerId: p.gazetteerId,
            lat: p.lat,
            lon: p.lon,
            admin1: p.admin1,
            admin2: null,
            country: "SY",
            precision: "settlement" as const,
          };
        })();
  const [start, end] = spec.window ?? [spec.day ?? null, spec.day ?? null];
  const attacker = spec.attacker === undefined ? "SY_GOV_ASSAD" : spec.attacker;
  return {
    eventType: spec.type ?? "shelling",
    acled: { eventType: "Explosions/Remote violence", subEventType: "Shelling/artillery/missile attack" },
    date: {
      start,
      end,
      precision: start === null ? "unknown" : start === end ? "day" : "window",
      text: spec.dateText ?? null,
      relative: null,
    },
    place,
    perpetrators: attacker
      ? [
          {
            actorId: attacker,
            name: actors.get(attacker)?.name ?? attacker,
            mention: attacker,
            role: "primary",
          },
        ]
      : [],
    targets: spec.targets ?? ["civilians"],
    victimGroups: [],
    groupId: null,
    casualties: {
      killed: spec.killed ? { min: spec.killed[0], max: spec.killed[1] } : null,
      injured: spec.injured ? { min: spec.injured[0], max: spec.injured[1] } : null,
      unspecified: null,
      scope: spec.scope ?? "incident",
      text: null,
    },
    attributedTo,
    modality: spec.modality ?? "reported",
    doubleTap: false,
    evidence: [],
  };
}

export function contextOf(report: ReportSpec): ReportContext {
  return {
    id: reportId(report.id),
    publisher: report.publisher ?? null,
    url: report.url ?? null,
    originators: report.originators ?? [],
    publishedAt: report.publishedAt ?? null,
    caveats: report.caveats ?? [],
    lead: report.lead ?? "",
  };
}

/** Working claims (all new, all affected) of the given reports. */
export function working(reports: ReportSpec[]): WorkingClaim[] {
  return reports.flatMap((report) =>
    prepareClaims(
      contextOf(report),
      report.claims.map((c) => toClaim(c, report.attributedTo ?? [])),
      { sources: registry, nameKey: transliterationKey },
    ).map((claim) => ({ ...claim, incidentId: null, pinned: false, affected: true, match: null })),
  );
}
