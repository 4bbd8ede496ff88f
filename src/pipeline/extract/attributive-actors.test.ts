import { describe, expect, it } from "vitest";
import { ActorRegistry, INTERNATIONAL_PACK, SYRIA_PACK } from "../../knowledge/index.js";
import { findRoledActors } from "./find-perpetrators.js";

const actors = new ActorRegistry([SYRIA_PACK, INTERNATIONAL_PACK]);
const roleOf = (text: string, mention: RegExp) =>
  findRoledActors(text, actors, "2022-06-01").find((a) => mention.test(a.mention))?.role;

describe("an actor modifying an attack or weapon noun is the attacker unless the phrase was hit", () => {
  it.each([
    ["A woman was killed in regime shelling on Frika village.", /regime/i],
    ["Civilian killed in Turkish drone strike on Ain Al-Arab", /Turkish/],
    ["Regime helicopters dropped barrel bombs on the town.", /Regime/],
    ["Warplanes believed to be Russian struck the market.", /Russian/],
  ])("%s → perpetrator", (text, mention) => {
    expect(roleOf(text, mention)).toBe("perpetrator");
  });

  it.each([
    ["SDF fighters destroyed a regime tank near Manbij.", /regime/i],
    ["The drone attack on a regime convoy killed two soldiers.", /regime/i],
  ])("%s → not the attacker", (text, mention) => {
    expect(roleOf(text, mention)).not.toBe("perpetrator");
  });
});
