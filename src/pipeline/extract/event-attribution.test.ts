/**
 * What happened and who did it, on invented wording: background and averted events make no claim,
 * event types follow the platform and context, and the attacker is neither a target, a source nor an
 * unknown party.
 */
import { describe, expect, it } from "vitest";
import { IncidentClaim } from "../../domain/claim.js";
import { FakeActors, FakePlaces } from "../../../test/support/fake-knowledge.js";
import { textReport } from "../../../test/support/text-report.js";
import { buildKnowledge } from "../../knowledge/index.js";
import { extractIncidents } from "./extract-incidents.js";
import { findRoledActors } from "./find-perpetrators.js";

const places = new FakePlaces();
const actors = new FakeActors();

function run(text: string, publishedAt = "2024-03-05"): IncidentClaim[] {
  const r = textReport(text, publishedAt);
  const out = extractIncidents(r, places, actors).incidents;
  for (const c of out) {
    IncidentClaim.parse(c);
    for (const e of c.evidence) expect(e.text).toBe(text.slice(e.start, e.end));
  }
  return out;
}
const byPlace = (out: IncidentClaim[], name: string) => out.find((c) => c.place.name === name);
const perpIds = (c: IncidentClaim | undefined) => (c?.perpetrators ?? []).map((p) => p.actorId ?? p.name);

describe("background, threats and averted events", () => {
  it("an attack cited with a past date is background", () => {
    const out = run(
      "Three years after the 2019 chemical attack on Ihsim, regime forces shelled Sarja on Monday, killing two. " +
        "The February 2023 strike that killed 20 near Tall Nar was never investigated. " +
        "Bir Hamra was shelled in 2020.",
    );
    expect(out.map((c) => c.place.name)).toEqual(["Sarja"]);
  });

  it("a dated investigation of a past day keeps its incident", () => {
    const out = run("On 3 May 2021, government forces shelled Ihsim, killing four civilians.", "2024-03-05");
    expect(out.map((c) => c.place.name)).toEqual(["Ihsim"]);
  });

  it("threats and defused devices are not incidents", () => {
    expect(run("Regime forces threatened to storm Ihsim on Monday.")).toEqual([]);
    expect(run("Their threat to storm Sarja was repeated on Monday.")).toEqual([]);
    expect(run("Police defused an explosive device planted in Tall Nar on Monday.")).toEqual([]);
    expect(run("A car bomb was dismantled in Bir Hamra before it exploded on Monday.")).toEqual([]);
  });

  it("'no one was hurt' does not cancel an explosion", () => {
    const out = run("A car bomb exploded in Tall Nar on Monday. No one was hurt.");
    expect(out.map((c) => c.eventType)).toEqual(["explosion"]);
  });

  it("a report about a tally is not an incident", () => {
    expect(run("Rescuers counted more than 150 air raids on Ihsim in the past week.")).toEqual([]);
  });
});

describe("event types", () => {
  it("'besieged' as a description is not a siege; the aircraft's bombs make an air strike", () => {
    const c = run(
      "On Monday a regime aircraft dropped two bombs on the market of Ihsim, a town then besieged by government forces.",
    )[0];
    expect(c?.eventType).toBe("air_strike");
  });

  it("support helicopters do not turn a raid into an air strike", () => {
    const c = run(
      "Opposition factions, backed by helicopters, raided a house in Sarja on Monday and exchanged fire with guards.",
    )[0];
    expect(c?.eventType).toBe("armed_clash");
  });

  it("a missile told right after air raids is one of the raids", () => {
    const out = run(
      "Russian warplanes carried out raids on the countryside of Idlib on Monday. " +
        "In Ihsim, a missile hit a house, killing three.",
    );
    expect(byPlace(out, "Ihsim")?.eventType).toBe("air_strike");
  });

  it("strikes by a foreign force are air strikes; artillery strikes are shelling", () => {
    expect(run("Iranian missile strikes targeted Sarja on Monday.")[0]?.eventType).toBe("air_strike");
    expect(run("Iranian artillery strikes hit Sarja on Monday.")[0]?.eventType).toBe("shelling");
    expect(run("Ground-based strikes hit Tall Nar on Monday.")[0]?.eventType).toBe("shelling");
  });
});

describe("a definite generic attack word after an attack told with its means", () => {
  it("takes the means of the attack it refers back to", () => {
    const out = run(
      "Russia attacked a school for girls with a combat drone on Monday. Four girls were killed in the attack on the school in Ihsim.",
    );
    expect(byPlace(out, "Ihsim")?.eventType).toBe("drone_strike");
  });

  it("an indefinite attack word tells an attack of its own", () => {
    const out = run(
      "Russia attacked a school for girls with a combat drone on Monday. Gunmen killed four people in an attack on a farm in Ihsim.",
    );
    expect(byPlace(out, "Ihsim")?.eventType).not.toBe("drone_strike");
  });
});

describe("perpetrators", () => {
  it("the sides of a clash told earlier in the sentence are not the attackers of the strike it tells next", () => {
    const out = run(
      "Clashes took place in Sarja on Monday between regime forces and opposition factions, while warplanes carried out raids on Ihsim.",
    );
    expect(perpIds(byPlace(out, "Ihsim"))).toEqual([]);
    expect(perpIds(byPlace(out, "Sarja")).sort()).toEqual(["OPP", "SY_GOV_ASSAD"]);
    const named = run(
      "Clashes took place in Sarja on Monday, while regime forces shelled Ihsim and warplanes carried out raids on Tall Nar.",
    );
    expect(perpIds(byPlace(named, "Tall Nar"))).toEqual(["SY_GOV_ASSAD"]);
  });

  it("who holds the area the fire came from fired it", () => {
    const out = run(
      "Shells fired from areas held by regime forces hit Ihsim on Monday, injuring two children.",
    );
    expect(perpIds(byPlace(out, "Ihsim"))).toEqual(["SY_GOV_ASSAD"]);
    const held = run("Shells hit Ihsim, a village held by regime forces, on Monday, injuring two children.");
    expect(perpIds(byPlace(held, "Ihsim"))).toEqual([]);
  });

  it("the next sentence's attacker of another kind of attack is not the attacker of the one told", () => {
    const out = run(
      "Nine civilians died after aerial bombardment on Ihsim on Monday. A man died of wounds, the activists accused regime forces of shooting him.",
    );
    expect(perpIds(byPlace(out, "Ihsim"))).toEqual([]);
  });

  it("so may the next paragraph that opens with what the evidence shows about the attack", () => {
    const out = run(
      "On Monday, the market of Ihsim was targeted by three airstrikes, killing 12 civilians.\n\nOpen source materials indicate this attack was conducted by regime forces.",
    );
    expect(perpIds(byPlace(out, "Ihsim"))).toEqual(["SY_GOV_ASSAD"]);
  });

  it("the next paragraph that names the attack again first may name its attacker", () => {
    const out = run(
      "Shells hit the outskirts of Ihsim on Monday, injuring two children.\n\nAccording to local sources, the shells were fired from areas held by regime forces in rural Idlib.",
    );
    expect(perpIds(byPlace(out, "Ihsim"))).toEqual(["SY_GOV_ASSAD"]);
    const other = run(
      "Shells hit the outskirts of Ihsim on Monday, injuring two children.\n\nRegime forces fired rockets at rural Idlib on Sunday.",
    );
    expect(perpIds(byPlace(other, "Ihsim"))).toEqual([]);
  });

  it("an unknown attacker leaves the perpetrators empty", () => {
    expect(perpIds(run("Unknown gunmen shot dead a man in Ihsim on Monday.")[0])).toEqual([]);
    const out = run(
      "Regime forces shelled Sarja on Monday. Meanwhile, a shell of unknown origin hit Tall Nar, wounding two.",
    );
    expect(perpIds(byPlace(out, "Tall Nar"))).toEqual([]);
  });

  it("the owner of a struck depot is the target, not the attacker", () => {
    const c = run("Iranian strikes hit a depot used by opposition factions in Sarja on Monday.")[0];
    expect(perpIds(c)).toEqual(["IR_MIL"]);
  });

  it("an affiliated outlet is a source and the actor after 'said' is the reported attacker", () => {
    const c = run(
      "The BBG-affiliated Northern Wire said government forces had shelled Tall Nar on Monday, killing a woman.",
    )[0];
    expect(perpIds(c)).toEqual(["SY_GOV_ASSAD"]);
  });

  it("the actor after 'said' is the attacker of the reported clause, an adverb between them or not", () => {
    const out = run("The Observatory said regime forces also shelled Ihsim on Monday.");
    expect(perpIds(byPlace(out, "Ihsim"))).toEqual(["SY_GOV_ASSAD"]);
  });

  it("a quoted name followed by a verb of saying is a source, not an attacker", () => {
    const roles = findRoledActors(
      "The “Black Banner Group” accused regime forces of the bombing.",
      actors,
      null,
    );
    expect(roles.map((a) => `${a.actor?.id}:${a.role}`)).toEqual(["BBG:source", "SY_GOV_ASSAD:accused"]);
  });

  it("a claim of responsibility names the perpetrator", () => {
    const out = run(
      "Gunmen on a motorcycle shot dead a fighter in Ihsim on Monday. The Black Banner Group claimed responsibility for the killing.",
    );
    expect(perpIds(byPlace(out, "Ihsim"))).toEqual(["BBG"]);
  });

  it("attackers stated once for a region apply to the places listed after it", () => {
    const out = run(
      "Regime and Russian warplanes carried out raids on the countryside of Idlib on Monday. " +
        "In Ihsim, seven people were killed when a missile hit a building. In Sarja, four people were killed.",
    );
    expect(perpIds(byPlace(out, "Ihsim"))).toContain("SY_GOV_ASSAD");
    expect(perpIds(byPlace(out, "Sarja"))).toContain("RU_MIL");
  });

  it("the items of a list an attack introduces keep its attacker; who holds an area is no attacker", () => {
    const out = run(
      "The number of people killed in today's airstrikes by Russian warplanes has increased to 11; they are as follows:\n\n" +
        "Nine people were killed in airstrikes on the outskirts of Ihsim.\n\n" +
        "Two persons were killed in airstrikes on the outskirts of Sarja.",
    );
    expect(perpIds(byPlace(out, "Ihsim"))).toEqual(["RU_MIL"]);
    expect(perpIds(byPlace(out, "Sarja"))).toEqual(["RU_MIL"]);
    const held = run("Airstrikes hit areas controlled by opposition factions in Ihsim on Monday.");
    expect(perpIds(byPlace(held, "Ihsim"))).toEqual([]);
    const far = run(
      "A car bomb exploded in the market of Ihsim, which is controlled by units of the Black Banner Group.",
    );
    expect(perpIds(byPlace(far, "Ihsim"))).toEqual([]);
    const killedOne = run(
      "Regime forces shelled Ihsim on Monday, which led to the killing of a Black Banner Group fighter.",
    );
    expect(perpIds(byPlace(killedOne, "Ihsim"))).toEqual(["SY_GOV_ASSAD"]);
    const when = run(
      "Fifteen civilians were killed when Black Banner Group fighters launched attacks against Ihsim on Monday.",
    );
    expect(perpIds(byPlace(when, "Ihsim"))).toEqual(["BBG"]);
    // An acronym in parentheses is its name again, with the name's role.
    const acronym = run(
      "Regime forces attacked a checkpoint of the Black Banner Group (BBG) in Ihsim on Monday.",
    );
    expect(perpIds(byPlace(acronym, "Ihsim"))).toEqual(["SY_GOV_ASSAD"]);
    // A speaker placed by a phrase ("X in northern Syria announced …") is no attacker.
    const speaker = run(
      "A car bomb exploded in Ihsim on Monday, a day after opposition factions in northern Syria announced an offensive.",
    );
    expect(perpIds(byPlace(speaker, "Ihsim"))).toEqual([]);
    // A state named as the agent of an attack noun ("the bombing by Russia of a market in X").
    const agent = run(
      "The hospital in Ihsim was hit with airstrikes allegedly by the Russian air force on Monday.",
    );
    expect(perpIds(byPlace(agent, "Ihsim"))).toEqual(["RU_MIL"]);
    const under = run(
      "A bomb exploded in Ihsim, which is under the control of the Black Banner Group and regime forces.",
    );
    expect(perpIds(byPlace(under, "Ihsim"))).toEqual([]);
    const attacker = run("Areas held by the regime shelled by the Black Banner Group in Ihsim on Monday.");
    expect(perpIds(byPlace(attacker, "Ihsim"))).toEqual(["BBG"]);
  });
});

describe("a state as the agent of an attack noun (built-in actor registry)", () => {
  it("an attack noun reported, not hit ('networks reported Russian airstrikes') keeps its attacker", () => {
    const roles = (text: string) =>
      findRoledActors(text, buildKnowledge().actors, null).map((a) => `${a.actor?.id}:${a.role}`);
    expect(roles("Several news networks reported Russian airstrikes in the town on Monday.")).toEqual([
      "RU_MIL:perpetrator",
    ]);
    expect(roles("The fighters destroyed a regime tank on Monday.")).toContain("SY_GOV_ASSAD:victim");
  });

  it("'the bombing by the United States' names the US-led coalition, as 'US forces' does", () => {
    const text =
      "This is an investigation into the bombing by the United States (US) of a mosque in a village.";
    const found = findRoledActors(text, buildKnowledge().actors, null).filter(
      (a) => a.role === "perpetrator",
    );
    expect(found.map((a) => a.actor?.id)).toEqual(["COALITION"]);
  });

  it("'attacked with airstrikes allegedly by the Syrian or Russian airforce' names the state's forces", () => {
    const actors = buildKnowledge().actors;
    const text =
      "The hospital was attacked with airstrikes allegedly by the Syrian or Russian airforce on Monday.";
    const found = findRoledActors(text, actors, null).filter(
      (a) => a.role === "perpetrator" || a.role === "accused",
    );
    expect(found.map((a) => a.actor?.id)).toEqual(["SY_GOV_ASSAD"]);
  });
});

describe("attackers named by a group noun or a hedged platform (built-in actor registry)", () => {
  const roles = (text: string) =>
    findRoledActors(text, buildKnowledge().actors, null).map((a) => `${a.actor?.id ?? a.mention}:${a.role}`);

  it("'the shelling of factions of \"X\" operations room' names the factions as attackers", () => {
    expect(
      roles("Shells fell on the house in the artillery shelling of factions of “Al-Nasr” operations room."),
    ).toEqual(["factions of “Al-Nasr” operations room:perpetrator"]);
  });

  it("'a drone, said to be Turkish one, targeted …' is an alleged Turkish attacker", () => {
    expect(roles("A drone, said to be Turkish one, targeted the poultry farm.")).toEqual(["TR_MIL:accused"]);
  });
});
