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

describe("a state named alone is the attacker as agent or subject of an attack verb", () => {
  it.each([
    ["It was the first target attacked by Turkey outside the zone.", /^Turkey$/, "TR_MIL"],
    ["Israel struck a weapons depot near the airport.", /^Israel$/, "IL_MIL"],
  ])("%s → perpetrator", (text, mention, id) => {
    const found = findRoledActors(text, actors, "2022-06-01").find((a) => mention.test(a.mention));
    expect([found?.actor?.id, found?.role]).toEqual([id, "perpetrator"]);
  });

  it("not a place or a person named the same way", () => {
    const found = findRoledActors("Idlib struck back as Erdogan launched talks.", actors, "2022-06-01");
    expect(found.filter((a) => a.role === "perpetrator")).toEqual([]);
  });

  it("not the owner of the target: the leader of a faction is hit, not the attacker", () => {
    expect(
      roleOf("An explosion hit the headquarters of a leader of al-Sultan Murad.", /Sultan Murad/),
    ).not.toBe("perpetrator");
  });
});

describe("a hedged attribution keeps its hedge", () => {
  it.each([
    ["Warplanes believed to be Russian struck the market.", /Russian/],
    ["Suspected Israeli strikes hit a depot near the airport.", /Israeli/],
    ["A drone, likely Turkish, struck a car near the town.", /Turkish/],
    ["A drone believed to be operated by regime forces targeted a car.", /regime/],
  ])("%s → alleged attacker", (text, mention) => {
    expect(roleOf(text, mention)).toBe("accused");
  });
});

describe("attackers coordinated before a shared weapon or force are both attackers", () => {
  const rolesOf = (text: string) =>
    findRoledActors(text, actors, "2019-06-01")
      .filter((a) => a.role === "perpetrator" || a.role === "accused")
      .map((a) => [a.actor?.id, a.role]);

  it.each([
    ["Russian or Syrian warplanes struck the market.", ["RU_MIL", "SY_GOV_ASSAD"]],
    ["The town was hit by the Russian or Syrian air force on Monday.", ["RU_MIL", "SY_GOV_ASSAD"]],
    ["Regime or Russian jets bombed the hospital.", ["SY_GOV_ASSAD", "RU_MIL"]],
  ])("%s → each alleged: the source does not know which", (text, ids) => {
    expect(rolesOf(text)).toEqual(ids.map((id) => [id, "accused"]));
  });

  it("“and” names both as attackers", () => {
    expect(rolesOf("Russian and Syrian warplanes struck the market.")).toEqual([
      ["RU_MIL", "perpetrator"],
      ["SY_GOV_ASSAD", "perpetrator"],
    ]);
  });

  it("a pair backing another group is left as it was", () => {
    expect(
      rolesOf("Militiamen loyal to Russian and regime forces targeted a position in Sarmin."),
    ).not.toContainEqual(["RU_MIL", "perpetrator"]);
  });

  it("a coordinated weapon that was hit makes neither of its owners the attacker", () => {
    expect(rolesOf("Rebels destroyed a regime or Russian tank near Kafr Nabl.")).toEqual([
      ["SY_OPPOSITION", "perpetrator"],
    ]);
  });
});
