import { describe, expect, it } from "vitest";
import type { IncidentClaim } from "../src/domain/claim.js";
import type { ExternalGoldLine } from "./external-sets.js";
import {
  rangeOverlaps,
  recordedIncidentClaim,
  scoreExternalTollDoc,
  summarizeExternalTolls,
} from "./score-external-tolls.js";

const ISRAEL = "israel|\\bidf\\b|occupation";

function gold(overrides: Partial<ExternalGoldLine> = {}): ExternalGoldLine {
  return {
    doc: "g1",
    incident: "g1",
    published: null,
    date: "2023-10-10",
    place: "Somewhere",
    lat: 31.5,
    lon: 34.45,
    admin1: null,
    eventType: "air_strike",
    eventTypeAccept: [],
    perpetrator: ISRAEL,
    killed: 3,
    killedMax: 11,
    injured: null,
    injuredMax: null,
    ...overrides,
  };
}

function claim(
  killed: { min: number; max: number | null } | null,
  overrides: Partial<IncidentClaim["casualties"]> = {},
  mention = "Some Town",
): IncidentClaim {
  return {
    eventType: "air_strike",
    acled: { eventType: "Explosions/Remote violence", subEventType: "Air/drone strike" },
    date: { start: null, end: null, precision: "unknown", text: null },
    perpetrators: [{ actorId: null, name: "Israeli military", mention: "Israeli forces" }],
    targets: [],
    victimGroups: [],
    groupId: null,
    attributedTo: [],
    modality: "reported",
    evidence: [],
    place: {
      mention,
      name: null,
      gazetteerId: null,
      lat: null,
      lon: null,
      admin1: null,
      admin2: null,
      country: null,
      precision: "settlement",
    },
    casualties: { killed, injured: null, unspecified: null, scope: "incident", text: null, ...overrides },
  } as IncidentClaim;
}

describe("toll scoring of an external set without places", () => {
  it("reads the range overlap both ways and an open top", () => {
    expect(rangeOverlaps({ min: 5, max: 5 }, 3, 11)).toBe(true);
    expect(rangeOverlaps({ min: 12, max: 12 }, 3, 11)).toBe(false);
    expect(rangeOverlaps({ min: 1, max: 2 }, 3, 11)).toBe(false);
    expect(rangeOverlaps({ min: 2, max: null }, 3, 11)).toBe(true);
    expect(rangeOverlaps({ min: 4, max: 4 }, 4, null)).toBe(true);
    expect(rangeOverlaps(null, 3, 11)).toBe(false);
  });

  it("takes the largest killed toll, a group's joint toll included, never the best-agreeing one", () => {
    const small = claim({ min: 4, max: 4 }, {}, "A");
    const big = claim(
      null,
      { scope: "group", group: { killed: { min: 20, max: 20 }, injured: null, unspecified: null } },
      "B",
    );
    expect(recordedIncidentClaim([small, big])).toBe(big);
    // the record says 3–11: the largest claim (20) is compared, so the document misses killed
    expect(scoreExternalTollDoc(gold(), [small, big]).killed).toBe(false);
    expect(scoreExternalTollDoc(gold(), [small]).killed).toBe(true);
  });

  it("falls back to the injured toll, then the first claim", () => {
    const a = claim(null, {}, "A");
    const b = claim(null, { injured: { min: 2, max: 2 } }, "B");
    expect(recordedIncidentClaim([a, b])).toBe(b);
    expect(recordedIncidentClaim([a])).toBe(a);
    expect(recordedIncidentClaim([])).toBeNull();
  });

  it("scores every field over every document, a document with no claim missing them all", () => {
    const none = scoreExternalTollDoc(gold({ injured: 2, injuredMax: 2 }), []);
    expect(none).toMatchObject({
      claim: false,
      eventType: false,
      perpetrator: false,
      killed: false,
      injured: false,
    });
    const ok = scoreExternalTollDoc(gold(), [claim({ min: 3, max: 3 })]);
    expect(ok).toMatchObject({
      claim: true,
      eventType: true,
      perpetrator: true,
      killed: true,
      injured: null,
    });
    const injuryOnly = scoreExternalTollDoc(gold({ killed: 0, killedMax: 0 }), [claim(null)]);
    expect(injuryOnly.killed).toBeNull();
    const m = summarizeExternalTolls([none, ok, injuryOnly]);
    expect(m).toMatchObject({ docs: 3, killedScored: 2, killed: 0.5, injuredScored: 1, injured: 0 });
  });
});
