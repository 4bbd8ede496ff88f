/** Small, readable fixtures for the contract suite: valid Reports whose id is the real sha256 of their bytes. */
import type { Extraction } from "../../src/domain/claim.js";
import type { PlaceEntry } from "../../src/domain/places.js";
import type { Report } from "../../src/domain/report.js";
import { sha256Hex } from "../../src/storage/hash.js";

export interface ReportFixture {
  report: Report;
  bytes: Uint8Array;
}

/**
 * A valid Report for `text`; the original bytes are the UTF-8 text itself unless `bytes` is given.
 *
 * @example const { report, bytes } = makeReport("Shelling hit Maarat al-Numan.", { title: "Shelling" });
 */
export function makeReport(text: string, overrides: Partial<Report> = {}, bytes?: Uint8Array): ReportFixture {
  const original = bytes ?? new TextEncoder().encode(text);
  const report: Report = {
    id: sha256Hex(original),
    byteLength: original.byteLength,
    mediaType: "text/plain",
    encoding: "utf-8",
    originalName: "report.txt",
    retrievedAt: "2025-03-01T10:00:00.000Z",
    url: null,
    publisher: "Example News",
    originators: ["Syrian Civil Defence"],
    publishedAt: "2025-02-28",
    language: "en",
    title: null,
    byline: null,
    text,
    removed: [{ kind: "share", text: "Share on X", line: 0 }],
    related: [{ title: "Earlier strike", url: "https://example.org/earlier" }],
    keywords: ["Idlib"],
    caveats: [],
    ...overrides,
  };
  return { report, bytes: original };
}

/** An extraction with one incident claim and one statement, pointing at `reportId`. */
export function makeExtraction(reportId: string, killedMin = 3): Extraction {
  return {
    report: {
      id: reportId,
      title: "Shelling on a market",
      publisher: "Example News",
      originators: ["Syrian Civil Defence"],
      publishedAt: "2025-02-28",
      language: "en",
      caveats: [],
      related: [{ title: "Earlier strike", url: null }],
    },
    incidents: [
      {
        eventType: "shelling",
        acled: { eventType: "Explosions/Remote violence", subEventType: "Shelling/artillery/missile attack" },
        date: {
          start: "2025-02-27",
          end: "2025-02-27",
          precision: "day",
          text: "on Thursday",
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
        perpetrators: [{ actorId: null, name: "unknown forces", mention: "forces", role: "primary" }],
        targets: ["civilians", "market"],
        victimGroups: ["children"],
        groupId: null,
        casualties: {
          killed: { min: killedMin, max: null },
          injured: { min: 5, max: 7 },
          unspecified: null,
          scope: "incident",
          text: "killing three",
        },
        attributedTo: ["Syrian Civil Defence"],
        modality: "reported",
        doubleTap: false,
        evidence: [{ field: "place", start: 10, end: 16, text: "Sarmin" }],
      },
    ],
    statements: [
      {
        kind: "condemnation",
        actor: "UN",
        addressee: null,
        text: "The UN condemned the attack.",
        label: null,
        instruments: [],
        evidence: [{ field: "text", start: 0, end: 28, text: "The UN condemned the attack." }],
      },
    ],
  };
}

/** A gazetteer entry with a given id. */
export function makePlace(id: string, overrides: Partial<PlaceEntry> = {}): PlaceEntry {
  return {
    id,
    name: `Place ${id}`,
    altNames: ["مكان"],
    lat: 35.5 + (id.length % 10) / 100,
    lon: 36.6123456789,
    kind: "settlement",
    admin1: "Idlib",
    admin2: null,
    admin3: null,
    country: "SY",
    population: null,
    source: "ocha",
    ...overrides,
  };
}
