/**
 * Claim drafts from invented sentence facts: a draft per attacked place, a joint toll for several,
 * the recent attacker, and tolls told after their attack.
 */
import { describe, expect, it } from "vitest";
import type { IncidentClaim } from "../../../domain/claim.js";
import type { ArabicToll } from "./arabic-facts.js";
import { followingTolls, sentenceDrafts, type SentenceFacts } from "./arabic-claims.js";
import type { ArabicPlaceMention } from "./arabic-places.js";

const place = (mention: string, id: string): IncidentClaim["place"] => ({
  mention,
  name: mention,
  gazetteerId: id,
  lat: 36,
  lon: 37,
  admin1: "Idlib",
  admin2: null,
  country: "SY",
  precision: "settlement",
  geoPrecision: 1,
});
const site = (mention: string, id: string, start = 0): ArabicPlaceMention => ({
  start,
  end: start + mention.length,
  text: mention,
  role: "site",
  place: place(mention, id),
});
const toll = (killed: number): ArabicToll => ({
  start: 0,
  end: 4,
  text: "مقتل",
  killed: { min: killed, max: killed },
  injured: null,
  unspecified: null,
  victimGroups: [],
  targets: [],
  combatant: false,
});
const facts = (partial: Partial<SentenceFacts>, start = 0): SentenceFacts => ({
  start,
  paragraph: 0,
  events: [],
  places: [],
  perpetrators: [],
  tolls: [],
  dates: [],
  ...partial,
});
const attack = { start: 0, end: 3, text: "قصف", eventType: "shelling" as const, untold: false };
const day = (d: string) => ({
  start: 0,
  end: 2,
  text: d,
  date: { start: d, end: d, precision: "day" as const, text: d, relative: null },
});

describe("sentenceDrafts", () => {
  it("makes a draft per site of an attack sentence, one toll for several being their joint toll", () => {
    const drafts = sentenceDrafts([
      facts({ events: [attack], places: [site("أ", "a"), site("ب", "b")], tolls: [toll(3)] }),
    ]);
    expect(drafts.map((d) => [d.place.gazetteerId, d.toll?.scope])).toEqual([
      ["a", "group"],
      ["b", "group"],
    ]);
    expect(drafts[0]!.groupId).toBe(drafts[1]!.groupId);
  });

  it("makes no draft for an attack told as untold, nor for one without a place", () => {
    expect(
      sentenceDrafts([facts({ events: [{ ...attack, untold: true }], places: [site("أ", "a")] })]),
    ).toEqual([]);
    expect(sentenceDrafts([facts({ events: [attack] })])).toEqual([]);
  });

  it("gives a sentence without an attacker the one named in the sentences just before", () => {
    const perp = { start: 0, end: 5, text: "النظام", actorId: "regime", name: "Syrian regime" };
    const drafts = sentenceDrafts([
      facts({ events: [attack], perpetrators: [perp] }),
      facts({ events: [attack], places: [site("أ", "a")] }, 20),
    ]);
    expect(drafts[0]!.perpetrators.map((p) => p.actorId)).toEqual(["regime"]);
  });
});

describe("followingTolls", () => {
  it("adds a toll told next, without an attack word, to the attack just told at the same place", () => {
    const all = [facts({ events: [attack], places: [site("أ", "a")] }), facts({ tolls: [toll(2)] }, 30)];
    const [d] = followingTolls(all, sentenceDrafts(all));
    expect(d!.toll?.killed).toEqual({ min: 2, max: 2 });
  });

  it("makes a draft of the same attack at another place a toll sentence names", () => {
    const all = [
      facts({ events: [attack], places: [site("أ", "a")] }),
      facts({ tolls: [toll(1)], places: [site("ب", "b")] }, 30),
    ];
    const out = followingTolls(all, sentenceDrafts(all));
    expect(out.map((d) => [d.place.gazetteerId, d.eventType, d.toll?.killed?.min ?? null])).toEqual([
      ["a", "shelling", null],
      ["b", "shelling", 1],
    ]);
  });

  it("leaves a toll dated to another day to its own story", () => {
    const all = [
      facts({ events: [attack], places: [site("أ", "a")], dates: [day("2021-11-28")] }),
      facts({ tolls: [toll(63)], dates: [day("2021-06-01")] }, 30),
    ];
    const [d] = followingTolls(all, sentenceDrafts(all));
    expect(d!.toll).toBeNull();
  });

  it("counts no fighters in a claim's toll", () => {
    const all = [
      facts({
        events: [attack],
        places: [site("أ", "a")],
        tolls: [{ ...toll(3), combatant: true, targets: ["military"] }],
      }),
    ];
    const [d] = sentenceDrafts(all);
    expect([d!.toll, d!.targets]).toEqual([null, ["military"]]);
  });
});
