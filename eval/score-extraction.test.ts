import { describe, expect, it } from "vitest";
import type { IncidentClaim } from "../src/domain/claim.js";
import { canonicalAdmin1 } from "./admin1.js";
import { coarseEventType } from "./event-type-map.js";
import type { GoldLine } from "./gold-line.js";
import { nameKey, namesAgree } from "./name-key.js";
import { distanceKm, scoreDocument, summarize } from "./score-extraction.js";

const REGIME = "regime|government|assad|sy-?gov";

function gold(overrides: Partial<GoldLine>): GoldLine {
  return {
    doc: "d",
    published: null,
    place: "Kafr Nabl",
    lat: null,
    lon: null,
    admin1: "Idlib",
    eventType: "shelling",
    perpetrator: REGIME,
    killed: null,
    ...overrides,
  };
}

type IncidentOverrides = Partial<Omit<IncidentClaim, "place" | "casualties">> & {
  place?: Partial<IncidentClaim["place"]>;
  casualties?: Partial<IncidentClaim["casualties"]>;
};

function incident(overrides: IncidentOverrides = {}): IncidentClaim {
  const { place, casualties, ...rest } = overrides;
  return {
    eventType: "shelling",
    acled: { eventType: "Explosions/Remote violence", subEventType: "Shelling/artillery/missile attack" },
    date: { start: null, end: null, precision: "unknown", text: null },
    perpetrators: [
      { actorId: "SY_GOV_ASSAD", name: "Syrian government forces (Assad era)", mention: "regime forces" },
    ],
    targets: [],
    victimGroups: [],
    groupId: null,
    attributedTo: [],
    modality: "reported",
    evidence: [],
    ...rest,
    place: {
      mention: "Kafranbel",
      name: null,
      gazetteerId: null,
      lat: null,
      lon: null,
      admin1: "Idleb",
      admin2: null,
      country: "SY",
      precision: "settlement",
      ...place,
    },
    casualties: {
      killed: null,
      injured: null,
      unspecified: null,
      scope: "incident",
      text: null,
      ...casualties,
    },
  };
}

describe("nameKey", () => {
  it.each([
    ["Kafr Nabl", "Kafranbel"],
    ["Ma'arrat al-Nu'man", "Maarat al-Numan"],
    ["Ahsem", "Ihsim"],
    ["Daret Izza", "Dar Ta'izzah"],
    ["Kafarnoran", "Kafr Nuran"],
    ["Jisr ash-Shughur", "Jisr al-Shughur"],
    ["Ibleen", "Iblin"],
    ["Deir ez-Zor", "Dayr az Zawr"],
  ])("treats %s and %s as one name", (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it("keeps different places apart", () => {
    expect(namesAgree("Saraqib", "Sarmada")).toBe(false);
    expect(namesAgree("Ariha", "Atarib")).toBe(false);
    expect(namesAgree("", "")).toBe(false);
  });
});

describe("canonicalAdmin1", () => {
  it("merges spellings of one governorate", () => {
    expect(canonicalAdmin1("Idleb")).toBe("Idlib");
    expect(canonicalAdmin1("Al-Hasakah")).toBe("Hasakah");
    expect(canonicalAdmin1("Dayr az Zawr")).toBe("Deir ez-Zor");
    expect(canonicalAdmin1("Rural Damascus")).toBe("Rif Dimashq");
    expect(canonicalAdmin1("Damascus")).not.toBe(canonicalAdmin1("Rif Dimashq"));
    expect(canonicalAdmin1(null)).toBeNull();
  });
});

describe("coarseEventType", () => {
  it("maps means directly and target-based codes through the ACLED sub-event", () => {
    expect(coarseEventType("barrel_bomb", "Air/drone strike")).toBe("air_strike");
    expect(coarseEventType("missile_strike", "Shelling/artillery/missile attack")).toBe("shelling");
    expect(coarseEventType("ground_attack", "Attack")).toBe("attack");
    expect(coarseEventType("attack_medical", "Air/drone strike")).toBe("air_strike");
    expect(coarseEventType("attack_market", "Remote explosive/landmine/IED")).toBe("explosion");
    expect(coarseEventType("massacre", "")).toBe("attack");
  });
});

describe("scoreDocument", () => {
  it("matches by transliteration key when the gold has no coordinates, and scores every field", () => {
    const result = scoreDocument(
      "d",
      [gold({ killed: 3 })],
      [incident({ casualties: { killed: { min: 3, max: 3 } } })],
    );
    expect(result.pairs).toHaveLength(1);
    const fields = result.pairs[0]!.fields;
    expect(Object.values(fields).every((f) => f.ok)).toBe(true);
  });

  it("matches by distance when both sides have coordinates; exact only within 3 km", () => {
    const g = gold({ place: "Saraqib", lat: 35.8647, lon: 36.8006 });
    const near = incident({ place: { mention: "Saraqeb", lat: 35.87, lon: 36.81 } });
    const far = incident({ place: { mention: "Saraqib", lat: 35.95, lon: 36.95 } });
    const nearScore = scoreDocument("d", [g], [near]);
    expect(nearScore.pairs[0]!.fields.place.ok).toBe(true);
    const mid = incident({ place: { mention: "x", lat: 35.9, lon: 36.8 } });
    const midScore = scoreDocument("d", [g], [mid]);
    expect(midScore.pairs).toHaveLength(1);
    expect(midScore.pairs[0]!.fields.place.ok).toBe(false);
    expect(distanceKm(35.8647, 36.8006, 35.95, 36.95)).toBeGreaterThan(10);
    const farScore = scoreDocument("d", [g], [far]);
    expect(farScore.pairs).toHaveLength(0);
    expect(farScore.falsePositives).toEqual([0]);
    expect(farScore.falseNegatives).toHaveLength(1);
  });

  it("requires settlement precision for place exact when matching by name", () => {
    const result = scoreDocument("d", [gold({})], [incident({ place: { precision: "unresolved" } })]);
    expect(result.pairs).toHaveLength(1);
    expect(result.pairs[0]!.fields.place.ok).toBe(false);
    expect(result.pairs[0]!.fields.placeName.ok).toBe(true);
  });

  it("borrowed coordinates (an anchor's) may match by name; 'X near Y' is exact for a gold 'Y'", () => {
    const g = gold({ place: "Saraqib", lat: 35.8647, lon: 36.8006 });
    const capital = incident({
      place: {
        mention: "Saraqib",
        precision: "unresolved",
        lat: 35.93,
        lon: 36.63,
        anchor: { relation: "governorate", mention: null, name: "Idlib", gazetteerId: "g" },
      },
    });
    const byName = scoreDocument("d", [g], [capital]);
    expect(byName.pairs).toHaveLength(1);
    expect(byName.pairs[0]!.fields.place.ok).toBe(false);
    const own = incident({ place: { mention: "Saraqib", lat: 35.93, lon: 36.63 } });
    expect(scoreDocument("d", [g], [own]).pairs).toHaveLength(0);
    const near = incident({
      place: {
        mention: "Masrab",
        precision: "near",
        anchor: { relation: "near", mention: "Kafranbel", name: "Kafr Nabl", gazetteerId: "k" },
      },
    });
    const coded = scoreDocument("d", [gold({})], [near]);
    expect(coded.pairs[0]!.fields.place.ok).toBe(true);
    const governorate = incident({
      place: {
        mention: "Masrab",
        precision: "unresolved",
        anchor: { ...near.place.anchor!, relation: "governorate" },
      },
    });
    expect(scoreDocument("d", [gold({})], [governorate]).pairs).toHaveLength(0);
  });

  it("assigns one-to-one and prefers the pair that agrees on attributes", () => {
    const goldLines = [gold({ eventType: "air_strike", killed: 4 }), gold({ eventType: "shelling" })];
    const shelling = incident({});
    const strike = incident({
      eventType: "air_strike",
      acled: { eventType: "Explosions/Remote violence", subEventType: "Air/drone strike" },
      casualties: { killed: { min: 4, max: 4 } },
    });
    const extra = incident({ place: { mention: "Hass" } });
    const result = scoreDocument("d", goldLines, [shelling, strike, extra]);
    expect(result.pairs.map((p) => p.incidentIndex)).toEqual([1, 0]);
    expect(result.pairs.every((p) => p.fields.eventType.ok)).toBe(true);
    expect(result.falsePositives).toEqual([2]);
  });

  it("checks dates only when both are known", () => {
    const g = gold({ date: "2023-10-05" });
    const sameDay = incident({
      date: { start: "2023-10-05", end: "2023-10-05", precision: "day", text: "Thursday" },
    });
    const window = incident({
      date: { start: "2023-10-03", end: "2023-10-06", precision: "window", text: null },
    });
    const otherDay = incident({
      date: { start: "2023-10-07", end: "2023-10-07", precision: "day", text: null },
    });
    expect(scoreDocument("d", [g], [sameDay]).pairs).toHaveLength(1);
    expect(scoreDocument("d", [g], [window]).pairs).toHaveLength(1);
    expect(scoreDocument("d", [g], [otherDay]).pairs).toHaveLength(0);
    expect(scoreDocument("d", [gold({})], [otherDay]).pairs).toHaveLength(1);
  });

  it("scores perpetrators by regex and null gold as 'none extracted'", () => {
    const none = scoreDocument("d", [gold({ perpetrator: null })], [incident({})]);
    expect(none.pairs[0]!.fields.perpetrator.ok).toBe(false);
    const noneOk = scoreDocument("d", [gold({ perpetrator: null })], [incident({ perpetrators: [] })]);
    expect(noneOk.pairs[0]!.fields.perpetrator.ok).toBe(true);
    const russia = scoreDocument("d", [gold({ perpetrator: "russia" })], [incident({})]);
    expect(russia.pairs[0]!.fields.perpetrator.ok).toBe(false);
  });

  it("scores killed as range containment, open ranges and group scope", () => {
    const at = (killed: IncidentClaim["casualties"]["killed"], scope: "incident" | "group" = "incident") =>
      scoreDocument("d", [gold({ killed: 12 })], [incident({ casualties: { killed, scope } })]).pairs[0]!
        .fields.killed.ok;
    expect(at({ min: 10, max: null })).toBe(true);
    expect(at({ min: 12, max: 99 })).toBe(true);
    expect(at({ min: 13, max: null })).toBe(false);
    expect(at({ min: 12, max: 12 }, "group")).toBe(false);
    expect(at(null)).toBe(false);
    const nullGold = (killed: IncidentClaim["casualties"]["killed"], scope: "incident" | "group") =>
      scoreDocument("d", [gold({})], [incident({ casualties: { killed, scope } })]).pairs[0]!.fields.killed
        .ok;
    expect(nullGold(null, "incident")).toBe(true);
    expect(nullGold({ min: 5, max: 5 }, "group")).toBe(true);
    expect(nullGold({ min: 5, max: 5 }, "incident")).toBe(false);
  });

  it("counts every incident of a no-incident document as a false positive", () => {
    const result = scoreDocument("d", [gold({ place: null })], [incident({})]);
    expect(result.goldCount).toBe(0);
    expect(result.falsePositives).toEqual([0]);
  });

  it("uses alternate names and same-entry lookups from the gazetteer", () => {
    const inc = incident({ place: { mention: "the town", name: "Town", gazetteerId: "g:1" } });
    expect(scoreDocument("d", [gold({})], [inc]).pairs).toHaveLength(0);
    const viaAlt = scoreDocument("d", [gold({})], [inc], { altNames: () => ["Kafr Nubl"] });
    expect(viaAlt.pairs).toHaveLength(1);
    const viaEntry = scoreDocument("d", [gold({})], [inc], { sameEntry: (_n, id) => id === "g:1" });
    expect(viaEntry.pairs).toHaveLength(1);
  });
});

describe("summarize", () => {
  it("pools documents into P/R/F1 and field accuracies", () => {
    const a = scoreDocument("a", [gold({}), gold({ place: "Ariha" })], [incident({})]);
    const b = scoreDocument("b", [gold({ place: null })], [incident({}), incident({})]);
    const m = summarize([a, b]);
    expect(m).toMatchObject({ docs: 2, gold: 2, extracted: 3, tp: 1, fp: 2, fn: 1 });
    expect(m.precision).toBeCloseTo(1 / 3);
    expect(m.recall).toBeCloseTo(1 / 2);
    expect(m.f1).toBeCloseTo(0.4);
    expect(m.fields.admin1).toBe(1);
    expect(summarize([]).f1).toBeNull();
    const nothing = summarize([scoreDocument("c", [gold({})], [])]);
    expect(nothing.precision).toBeNull();
    expect(nothing.f1).toBe(0);
  });
});
