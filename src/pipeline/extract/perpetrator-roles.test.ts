/**
 * Roles of actor mentions on invented wording (built-in actor registry): the attacker is the subject,
 * the "by X" agent or the adjective on a weapon; an actor inside the object of an attack verb is hit.
 */
import { describe, expect, it } from "vitest";
import { buildKnowledge } from "../../knowledge/index.js";
import { findRoledActors } from "./find-perpetrators.js";

const actors = buildKnowledge().actors;
const roles = (text: string) =>
  findRoledActors(text, actors, "2021-05-14").map((a) => `${a.actor?.id ?? a.mention}:${a.role}`);

describe("the subject of a reported clause", () => {
  it("'said SDF fighters shelled A': the actor and its head noun are the reported clause's subject", () => {
    expect(roles("Residents said SDF fighters shelled the village on Monday.")).toEqual(["SDF:perpetrator"]);
    expect(roles("Activists said regime helicopters bombed the village.")).toEqual([
      "SY_GOV_ASSAD:perpetrator",
    ]);
  });
});

describe("an attacker named by the adjective of its weapon", () => {
  it("'Turkish howitzers opened fire on A': any WordNet weapon noun carries its owner's adjective", () => {
    expect(roles("Turkish howitzers opened fire on the village.")).toEqual(["TR_MIL:perpetrator"]);
    expect(roles("Regime mortars hit the market at noon.")).toEqual(["SY_GOV_ASSAD:perpetrator"]);
  });

  it("'coalition aircraft', 'opposition rockets': a lower-case adjective names the actor '<word> forces' names", () => {
    expect(roles("The village was bombed by coalition aircraft on Monday.")).toEqual([
      "COALITION:perpetrator",
    ]);
    expect(roles("Opposition rockets hit the town.")).toEqual(["SY_OPPOSITION:perpetrator"]);
    expect(roles("Several aircraft and the drones hit the town.")).toEqual([]);
  });
});

describe("an actor inside the object of an attack verb is hit", () => {
  it("'destroyed an SDF vehicle', 'hit a vehicle carrying Syrian army soldiers'", () => {
    expect(roles("An explosive device destroyed an SDF vehicle near the village.")).toEqual(["SDF:victim"]);
    expect(roles("A landmine destroyed a Turkish military vehicle.")).toEqual(["TR_MIL:victim"]);
    expect(roles("A bomb hit a vehicle carrying Syrian army soldiers near the town.")).toEqual([
      "SY_GOV_ASSAD:victim",
    ]);
  });

  it("the object ends where another role begins: 'by X', 'when X', a comma", () => {
    expect(roles("The village was shelled by Turkish forces.")).toEqual(["TR_MIL:perpetrator"]);
    expect(roles("Two civilians were killed when the village was hit as Turkish forces shelled it.")).toEqual(
      ["TR_MIL:perpetrator"],
    );
    expect(roles("Warplanes struck the town, and Turkish forces shelled it.")).toEqual([
      "TR_MIL:perpetrator",
    ]);
  });
});

describe("a state named as the accused", () => {
  it("'accused Israel of striking A', 'blamed Turkey for the shelling': the state's forces, alleged", () => {
    expect(roles("The Syrian government accused Israel of striking the port.")).toEqual([
      "SY_GOV_ASSAD:source",
      "IL_MIL:accused",
    ]);
    expect(roles("Residents blamed Turkey for the shelling.")).toEqual(["TR_MIL:accused"]);
    expect(roles("The report accused Damascus of lying.")).toEqual([]);
  });

  it("'Israel was accused of striking A': the state as the subject of a passive accusation", () => {
    expect(roles("Israel was accused of striking the port.")).toEqual(["IL_MIL:accused"]);
    expect(roles("Turkey has been blamed for the shelling.")).toEqual(["TR_MIL:accused"]);
  });
});

describe("a denial answers an accusation", () => {
  it("'Russia denied that its jets struck A', 'the SDF denied shelling A': the denier is the accused", () => {
    expect(roles("Russia denied that its jets struck the market.")).toEqual(["RU_MIL:accused"]);
    expect(roles("Turkey has denied that its drones hit the town.")).toEqual(["TR_MIL:accused"]);
    expect(roles("The SDF denied shelling the village.")).toEqual(["SDF:accused"]);
    expect(roles("Damascus denied the report.")).toEqual([]);
  });
});

describe("an exchange of fire names both sides as attackers", () => {
  it("'artillery shelling between regime forces and factions': neither side is the object", () => {
    expect(
      roles("The frontline witnessed an exchange of artillery shelling between regime forces and factions."),
    ).toEqual(["SY_GOV_ASSAD:perpetrator"]);
  });
});

describe("a party telling its own attack", () => {
  const claimants = (text: string) =>
    findRoledActors(text, actors, "2021-05-14")
      .filter((a) => a.claimant)
      .map((a) => `${a.actor?.id}:${a.role}`);

  it("'HTS said its fighters shelled A', 'the SDF said it had shelled A': the speaker is the attacker and the source", () => {
    expect(roles("HTS said its fighters shelled regime positions in the village.")).toEqual([
      "HTS:perpetrator",
      "SY_GOV_ASSAD:victim",
    ]);
    expect(claimants("The SDF said it had shelled the village.")).toEqual(["SDF:perpetrator"]);
    expect(claimants("The Israeli military said in a statement that its jets struck a depot.")).toEqual([
      "IL_MIL:perpetrator",
    ]);
  });

  it("'the Turkish defence ministry said its drones struck A' names the state's forces", () => {
    expect(claimants("The Turkish defence ministry said its drones struck targets in the village.")).toEqual([
      "TR_MIL:perpetrator",
    ]);
    expect(roles("The Turkish defence ministry said the YPG shelled the village.")).toEqual([
      "SDF:perpetrator",
    ]);
  });

  it("a party telling another's attack stays a source", () => {
    expect(roles("The SDF said Turkish drones struck the village.")).toEqual([
      "SDF:source",
      "TR_MIL:perpetrator",
    ]);
  });
});

describe("a group the attackers belong to is the attacker", () => {
  it("'fighters belonging to X killed …', 'members of X shelled …': the affiliation of the subject", () => {
    expect(roles("Fighters belonging to the SDF shot dead a farmer near the bridge.")).toEqual([
      "SDF:perpetrator",
    ]);
    expect(roles("Members of Hayat Tahrir al-Sham executed two young men in the square.")).toEqual([
      "HTS:perpetrator",
    ]);
    expect(roles("Soldiers of the Turkish army also opened fire on a shepherd at the border.")).toEqual([
      "TR_MIL:perpetrator",
    ]);
    expect(roles("Elements affiliated with the Hamza Division (SNA) had stormed the house at dawn.")).toEqual(
      expect.arrayContaining(["SNA:perpetrator"]),
    );
  });

  it("the same phrase as the object or the passive subject is hit", () => {
    expect(roles("A drone strike killed three members of the SDF near the bridge.")).toEqual(["SDF:victim"]);
    expect(roles("Fighters belonging to the SDF were killed in a drone strike.")).toEqual(["SDF:victim"]);
    // A headline's passive without its auxiliary: the participle runs on into "in", "by", or ends.
    expect(roles("Three soldiers of the Turkish army killed in clashes near the bridge")).toEqual([
      "TR_MIL:victim",
    ]);
    expect(roles("Fighters belonging to the SDF, hit by a drone, died at the bridge.")).toEqual([
      "SDF:victim",
    ]);
  });
});
