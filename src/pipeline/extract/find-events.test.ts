import { describe, expect, it } from "vitest";
import { findEvents, isFrequencyQualified } from "./find-events.js";

const types = (sentence: string) => findEvents(sentence, 0).map((e) => e.text);

describe("event words inside an institution's or a treaty's name", () => {
  it("are a name, not an event told", () => {
    expect(
      types("Inspectors of the Organisation for the Prohibition of Chemical Weapons took samples in Ihsim."),
    ).toEqual([]);
    expect(types("Syria acceded to the Chemical Weapons Convention in 2013.")).toEqual([]);
  });

  it("the same words in a sentence's own wording still count", () => {
    expect(types("Regime forces used chemical weapons in Ihsim.")).toEqual(["chemical weapons"]);
    expect(types("Chemical Weapons Attack on Ihsim")).toContain("Chemical Weapons");
  });
});

describe("event words inside a quoted title", () => {
  it("name a work (a video, a post), not an event the report tells", () => {
    expect(
      types("The ministry released a video with a title “Airstrike against oil depot near Ihsim”."),
    ).toEqual([]);
    expect(types("A post entitled 'Regime shells Sarja' circulated online.")).toEqual([]);
  });

  it("a quotation that is no title still tells its event", () => {
    expect(types("A witness said: “The airstrike hit the market of Ihsim”.")).toEqual(["airstrike"]);
  });
});

describe("an instrument phrase after a generic attack word", () => {
  /** The type read at the attack word itself ("attacked", "targeted"). */
  const typeOf = (sentence: string) =>
    findEvents(sentence, 0)
      .filter((e) => /^(?:attacked|targeted)$/.test(e.text))
      .map((e) => e.type);

  it("names the means the attack was carried out with", () => {
    expect(typeOf("Turkey attacked an education centre for girls with a combat drone on Thursday.")).toEqual([
      "drone_strike",
    ]);
    expect(typeOf("Regime forces targeted the village of Kansafra with heavy artillery.")).toEqual([
      "shelling",
    ]);
    expect(typeOf("The militia attacked the checkpoint with missiles.")).toEqual(["missile_strike"]);
  });

  it("only inside the attack's own clause", () => {
    expect(typeOf("Assailants attacked the convoy, and a drone was seen with the patrol later.")).toEqual([
      "attack",
    ]);
    expect(typeOf("The militia attacked the convoy with its fighters.")).toEqual(["attack"]);
  });
});

describe("munition families coded by their delivery (ACLED)", () => {
  const kinds = (sentence: string) => findEvents(sentence, 0).map((e) => e.type);

  it("cluster munitions are an air strike or shelling by delivery, never a landmine", () => {
    expect(kinds("Cluster munitions hit the village of Ihsim on 7 July.")).toEqual(["air_strike"]);
    expect(kinds("Warplanes dropped cluster bombs on Ihsim.")).toContain("air_strike");
    expect(kinds("Government forces fired cluster rockets at Ihsim.")).toEqual(["shelling"]);
    expect(kinds("Rockets loaded with cluster submunitions hit Ihsim.")).not.toContain("air_strike");
    expect(kinds("A ballistic missile carrying cluster munitions struck Ihsim.")).toContain("missile_strike");
    expect(kinds("A ballistic missile carrying cluster munitions struck Ihsim.")).not.toContain("air_strike");
  });

  it("leftover submunitions that go off later are landmine_erw", () => {
    expect(kinds("A child was killed by an unexploded cluster bomblet in Ihsim.")).toEqual(["landmine_erw"]);
    expect(kinds("Two boys died when cluster bomblets left over from the war went off in Ihsim.")).toContain(
      "landmine_erw",
    );
  });

  it("incendiary weapons, thermite, napalm and white phosphorus are attacks by their delivery", () => {
    expect(kinds("Incendiary munitions hit the town of Ihsim.")).toEqual(["air_strike"]);
    expect(kinds("Jets dropped napalm on Ihsim.")).toContain("air_strike");
    expect(new Set(kinds("Artillery fired white phosphorus shells into Ihsim."))).toEqual(
      new Set(["shelling"]),
    );
    expect(kinds("Incendiary rockets hit Ihsim.")).toEqual(["shelling"]);
    expect(kinds("Thermite fell on the houses of Ihsim.")).toEqual(["air_strike"]);
  });

  it("thermobaric (vacuum) bombs and bunker-busters by their delivery", () => {
    expect(kinds("A vacuum bomb destroyed a building in Ihsim.")).toEqual(["air_strike"]);
    expect(kinds("Bunker-buster bombs hit the hospital of Ihsim.")).toEqual(["air_strike"]);
    expect(kinds("Thermobaric rockets from a TOS-1A launcher hit Ihsim.")).toEqual(["shelling", "shelling"]);
  });

  it("mustard gas is a chemical weapon", () => {
    expect(kinds("Mustard gas shells hit Marea.")).toContain("chemical_weapon");
  });

  it("loitering munitions are drone strikes; MLRS, howitzers and tank fire are shelling", () => {
    expect(kinds("A loitering munition hit a car in Ihsim.")).toEqual(["drone_strike"]);
    expect(kinds("Smerch launchers pounded Ihsim.")).toEqual(["shelling"]);
    expect(kinds("MLRS salvos hit Ihsim.")).toEqual(["shelling"]);
    expect(kinds("Howitzers pounded Ihsim.")).toEqual(["shelling"]);
    expect(kinds("Tank fire killed two civilians in Ihsim.")).toEqual(["shelling"]);
  });
});

describe("blasts heard, not told", () => {
  const types = (s: string) => findEvents(s, 0).map((e) => e.type);

  it("a perception of explosions tells no attack", () => {
    expect(types("Residents of the village woke to explosions on Tuesday.")).toEqual([]);
    expect(types("People heard loud explosions in the town at dawn.")).toEqual([]);
    expect(types("They were woken by the sound of several blasts.")).toEqual([]);
  });

  it("explosions told as such, or a named device heard, still count", () => {
    expect(types("Two explosions hit the town on Tuesday.")).toEqual(["explosion"]);
    expect(types("Residents heard a car bomb go off near the market.")).toEqual(["explosion"]);
  });
});

describe("a generic attack word read by its subject and its object", () => {
  const typed = (s: string) => findEvents(s, 0).map((e) => `${e.type}:${e.text}`);

  it("a weapon heading the subject names the means", () => {
    expect(typed("A Russian rocket struck a house in the town.")).toEqual(["shelling:struck"]);
    expect(typed("A regime missile hit the market.")).toEqual(["missile_strike:missile"]);
    expect(typed("Fighters attacked the village.")).toEqual(["attack:attacked"]);
  });

  it("an armed force's post or unit as the object makes an armed clash", () => {
    expect(typed("HTS fighters attacked a regime checkpoint near the village.")).toEqual([
      "armed_clash:attacked",
    ]);
    expect(typed("ISIS stormed army positions near the town.")).toEqual(["armed_clash:stormed"]);
    expect(typed("Gunmen attacked a house in the village.")).toEqual(["shooting:Gunmen", "attack:attacked"]);
  });
});

describe("fighting told with its own verb", () => {
  it("is an armed clash, whatever words stand between it and its sides", () => {
    const kinds = (s: string) => findEvents(s, 0).map((e) => e.type);
    expect(kinds("Fighting raged between regime forces and rebels near the town.")).toEqual(["armed_clash"]);
    expect(kinds("Heavy fighting broke out in the village at dawn.")).toEqual(["armed_clash"]);
    expect(kinds("A battle erupted on the outskirts of the town.")).toEqual(["armed_clash"]);
    expect(kinds("The group is fighting for its survival.")).toEqual([]);
  });
});

describe("blowing up and beheading", () => {
  const kinds = (s: string) => findEvents(s, 0).map((e) => e.type);

  it("blowing something up is an explosion; beheading is an execution", () => {
    expect(kinds("An ISIS cell blew up a car near the market.")).toEqual(["explosion"]);
    expect(kinds("The bomber blew himself up at the gate.")).toEqual(["explosion"]);
    expect(kinds("Militants beheaded two men in the square.")).toEqual(["execution"]);
  });
});

describe("a weapon named without its use", () => {
  const kinds = (s: string) => findEvents(s, 0).map((e) => e.type);

  it("tells no attack when the sentence tells no use or harm", () => {
    expect(kinds("Regime forces deployed artillery and rocket launchers to the town on Monday.")).toEqual([]);
    expect(kinds("Engineers cleared landmines from farmland near the village.")).toEqual([]);
    expect(kinds("Demining teams removed unexploded shells from the school.")).toEqual([]);
  });

  it("tells one when it was used or did harm", () => {
    expect(kinds("Regime artillery hit the town on Monday.")).toEqual(["shelling"]);
    expect(kinds("A landmine killed two shepherds near the village.")).toEqual(["landmine_erw"]);
    expect(kinds("Regime forces used rockets against the town.")).toEqual(["shelling"]);
  });

  it("an act followed by 'no' is denied", () => {
    expect(kinds("Russia said it had struck no targets near the town on Monday.")).toEqual([]);
    // The clause reader too: an aircraft that "struck no targets" struck none.
    expect(kinds("The ministry said its aircraft struck no targets near the town.")).toEqual([]);
  });
});

describe("rockets and missiles fired from the air", () => {
  it("are an air or drone strike when an aircraft or drone fired them", () => {
    const kinds = (s: string) => findEvents(s, 0).map((e) => e.type);
    expect(kinds("A Russian Sukhoi fired rockets at the town.")).toEqual(["air_strike"]);
    expect(kinds("A drone fired two missiles at the car.")).toEqual(["drone_strike"]);
    expect(kinds("Regime forces fired rockets at the town.")).toEqual(["shelling"]);
  });
});

describe("a killing whose clause names the platform", () => {
  it("is a strike by that platform; an anti-tank guided missile is a missile", () => {
    const kinds = (s: string) => findEvents(s, 0).map((e) => e.type);
    expect(kinds("Russian jets pound the town, killing five.")).toEqual(["air_strike"]);
    expect(kinds("Three civilians were killed in the town on Monday.")).toEqual(["attack"]);
    expect(kinds("A car was hit by an ATGM near the village.")).toEqual(["missile_strike"]);
  });
});

describe("opening fire takes the means of the weapon that fired", () => {
  const typed = (sentence: string) => findEvents(sentence, 0).map((e) => e.type);
  it("artillery pieces (WordNet cannon, mortar, gun in the artillery sense) opening fire shell", () => {
    expect(typed("Russian cannons opened fire on the outskirts of the town.")).toEqual(["shelling"]);
    expect(typed("Heavy guns also opened fire on the hills.")).toEqual(["shelling"]);
    expect(typed("Two field guns opened fire at dawn.")).toEqual(["shelling"]);
  });

  it("small arms, persons or a bare 'guns' opening fire stay shooting", () => {
    expect(typed("Rifles opened fire on the crowd.")).toEqual(["shooting"]);
    expect(typed("Soldiers opened fire on the crowd.")).toEqual(["shooting"]);
    expect(typed("Their guns opened fire on the crowd.")).toEqual(["shooting"]);
  });
});

describe("a perfect verb running since a start", () => {
  const periods = (sentence: string) => findEvents(sentence, 0).map((e) => e.period);

  it("tells a span of attacks, not one attack", () => {
    expect(periods("Ihsim and its countryside have been targeted by regime forces since then.")).toEqual([
      true,
    ]);
    expect(
      periods("Villages west of Ihsim have been witnessing successive shelling by regime forces since 2019."),
    ).toEqual([true]);
  });

  it("or for a length of time: days, weeks, months or years", () => {
    expect(periods("The SDF said Turkey has been shelling Ihsim for weeks.")).toEqual([true]);
    expect(periods("Ihsim has been shelled for the past three days.")).toEqual([true]);
    expect(periods("Ihsim has been bombed for a month.")).toEqual([true]);
    // Hours are the length of one attack.
    expect(periods("Ihsim has been shelled for two hours.")).toEqual([false]);
  });

  it("not when the start is the attack's own day, nor without the perfect", () => {
    expect(periods("Ihsim has been shelled since the early morning hours of Monday.")).toEqual([false]);
    expect(periods("Regime forces shelled Ihsim for two days.")).toEqual([false]);
    expect(periods("Regime forces targeted Ihsim, and they have stayed there since then.")).toEqual([false]);
  });
});

describe("isFrequencyQualified", () => {
  it("reads every form of a frequency adverb before the trigger, whatever its case", () => {
    for (const before of [
      "Regime forces daily ",
      "the Nightly ",
      "jets almost daily ",
      "artillery regularly ",
      "Turkish drones Routinely ",
      "forces frequently heavy ",
      "every day jets ",
      "Every single night guns ",
      "Day after day regime ",
      "on a daily basis ",
      "on a nightly basis ",
      "On a Regular Basis ",
    ])
      expect(isFrequencyQualified(before, "."), before).toBe(true);
  });

  it("reads every form of a frequency adverb after the trigger and its object", () => {
    for (const after of [
      " daily",
      " the town nightly",
      " Kafr Nuran almost daily",
      " A regularly",
      " the villages routinely",
      " the area frequently",
      " A every day",
      " the camp Every Single Night",
      " the town day after day",
      " the road on a daily basis",
      " A on a nightly basis",
      " A on a regular basis",
    ])
      expect(isFrequencyQualified("", after), after).toBe(true);
  });

  it("reads none where no adverb qualifies the trigger", () => {
    expect(isFrequencyQualified("Regime forces ", " Kafr Nuran on Monday")).toBe(false);
    expect(isFrequencyQualified("its daily report said jets ", " A")).toBe(false);
    expect(isFrequencyQualified("", " A, the monitor's daily bulletin said")).toBe(false);
  });
});
