import { describe, expect, it } from "vitest";
import { clauseEvents, instrumentType } from "./clause-events.js";

describe("clauseEvents (WordNet attack verbs and weapon nouns, through wink lemmas)", () => {
  it.each([
    ["Regime forces fired projectiles at Kansafra.", "fired", "shelling"],
    ["The army pounded the town with howitzers.", "pounded", "shelling"],
    ["Fighters launched gas-canister bombs at the village.", "launched", "shelling"],
    ["Unknown men fired at the car with rifles.", "fired", "shooting"],
    ["They were targeting the convoy with drones all morning.", "targeting", "drone_strike"],
    // WordNet's "fighter" is also a warplane; the clause's fighters are persons, its projectiles the means.
    ["SDF fighters fired dozens of projectiles at the village.", "fired", "shelling"],
    // Any aircraft subject of an attack verb strikes from the air: jets, planes, aircraft (WordNet seeds).
    ["Israeli jets hit the town at dawn.", "hit", "air_strike"],
    ["Regime aircraft targeted the market.", "targeted", "air_strike"],
  ])("%s", (sentence, verb, type) => {
    const [event] = clauseEvents(sentence);
    expect(event).toMatchObject({ text: verb, type });
    expect(sentence.slice(event!.start, event!.end)).toBe(verb);
  });

  it("needs an attack verb and a weapon in the same clause", () => {
    expect(clauseEvents("The committee fired its spokesman.")).toEqual([]);
    expect(clauseEvents("The museum shows old rifles.")).toEqual([]);
    expect(clauseEvents("Rockets were on display, while the crowd hit the streets.")).toEqual([]);
    // An aircraft that lands or falls is a flight or a crash, not a munition striking.
    expect(clauseEvents("A plane carrying aid landed in the town.")).toEqual([]);
  });

  it("a killing verb without a weapon is an attack whose means go unnamed, unless negated", () => {
    for (const [sentence, verb] of [
      ["Three civilians were killed in the town on Monday.", "killed"],
      ["Two men were martyred by fire of the occupation forces.", "martyred"],
      ["Gunmen executed a shepherd near the village.", "executed"],
    ]) {
      expect(clauseEvents(sentence!)[0], sentence).toMatchObject({
        text: verb,
        type: "attack",
        implicit: true,
      });
    }
    expect(clauseEvents("Nobody was killed, but the boy was hurt.")).toEqual([]);
    expect(clauseEvents("The regime destroyed a house in the village.")).toEqual([]);
  });

  it("a killing verb whose clause names a weapon is an attack by that weapon", () => {
    const [drone] = clauseEvents("A Turkish drone killed two civilians near the town.");
    expect(drone).toMatchObject({ text: "killed", type: "drone_strike" });
    expect(drone?.implicit).toBeUndefined();
    expect(clauseEvents("A regime shell killed a child, and a woman was killed later.")[0]).toMatchObject({
      type: "shelling",
    });
  });

  it("a weapon that blew up, fell or landed is an attack by that weapon", () => {
    expect(clauseEvents("Two boys were hurt when a Turkish shell blew up in the village.")[0]).toMatchObject({
      text: "blew",
      type: "shelling",
    });
    expect(clauseEvents("Shells fell on their house at dawn.")[0]).toMatchObject({ type: "shelling" });
    expect(clauseEvents("A missile landed near the camp.")[0]).toMatchObject({ type: "missile_strike" });
    // WordNet's "explosive" (the substance) names the means as a device does; its kinds do not count.
    expect(
      clauseEvents("A motorcycle rigged with explosives blew up in a street of the town.")[0],
    ).toMatchObject({ text: "blew", type: "explosion" });
    expect(clauseEvents("The firework display went off in the square.")).toEqual([]);
    expect(clauseEvents("Prices fell in the town.")).toEqual([]);
    expect(clauseEvents("The plane landed with rockets under its wings.")).toEqual([]);
  });

  it("a verb that names its weapon is an attack without a weapon noun, but not when it films", () => {
    expect(clauseEvents("He was shot at in front of his house this morning.")[0]).toMatchObject({
      text: "shot",
      type: "shooting",
    });
    expect(clauseEvents("She shot a video of the market.")).toEqual([]);
  });

  it("reads the means an instrument phrase names, after 'with' or 'using', past a locator in commas", () => {
    expect(instrumentType(" the school with a combat drone on Thursday")).toBe("drone_strike");
    expect(instrumentType(" the town in western Hasakah using drones on Saturday")).toBe("drone_strike");
    expect(instrumentType(" Kafr Hud, in the Hama countryside, using drones on Monday")).toBe("drone_strike");
    expect(instrumentType(" the village, using the chance to flee")).toBeNull();
  });
});
