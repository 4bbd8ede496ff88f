import { describe, expect, it } from "vitest";
import { FakeActors, FakePlaces } from "../../../test/support/fake-knowledge.js";
import { textReport } from "../../../test/support/text-report.js";
import { extractClaims } from "./index.js";
import {
  isEarlierAttackBefore,
  isEarlierClauseBefore,
  isIndirectQuestion,
  tellsEarlierWork,
} from "./untold-attack.js";

const deps = { places: new FakePlaces(), actors: new FakeActors() };
const placesOf = (text: string) =>
  extractClaims(textReport(text, "2024-03-05"), deps).incidents.map((c) => c.place.mention);
/** A told attack first, so that each case shows what the untold sentence adds. */
const TOLD = "Regime warplanes bombed the market of Tall Nar on 3 March 2024, killing five people.\n\n";

describe("undated attacks mentioned without being told", () => {
  it("places given as examples after the attack's word ('such as those in')", () => {
    expect(
      placesOf(TOLD + "Attacks on medical facilities, such as those in Ihsim and Sarja, are prohibited."),
    ).toEqual(["Tall Nar"]);
  });

  it("attacks that are the content of records: a dataset described", () => {
    expect(placesOf(TOLD + "The archive collected 12 videos of airstrikes on Ihsim and Sarja.")).toEqual([
      "Tall Nar",
    ]);
    expect(placesOf(TOLD + "The database holds footage of attacks on Ihsim.")).toEqual(["Tall Nar"]);
    expect(
      placesOf(
        TOLD +
          "The dataset also includes the use of illegal weapons, as well as the incendiary attack in Ihsim.",
      ),
    ).toEqual(["Tall Nar"]);
  });

  it("an earlier publication's finding", () => {
    expect(placesOf(TOLD + "Previous investigations documented the bombing of the market in Ihsim.")).toEqual(
      ["Tall Nar"],
    );
  });

  it("a hypothesis: what an attack would be", () => {
    expect(placesOf(TOLD + "An attack on a hospital in Ihsim could amount to a war crime.")).toEqual([
      "Tall Nar",
    ]);
  });

  it("a negation: strikes said not to have been carried out", () => {
    expect(
      placesOf(TOLD + "The ministry said its aircraft had not carried out any strikes near Ihsim."),
    ).toEqual(["Tall Nar"]);
  });

  it("a pattern: attacks said to recur, with no day", () => {
    expect(
      placesOf(TOLD + "Attacks on hospitals in Ihsim are used systematically as a weapon of war."),
    ).toEqual(["Tall Nar"]);
    expect(placesOf(TOLD + "Regime forces have repeatedly shelled the town of Ihsim.")).toEqual(["Tall Nar"]);
    expect(placesOf(TOLD + "Regime forces have shelled the town of Ihsim.")).toEqual(["Tall Nar", "Ihsim"]);
  });

  it("a comparison, a counterfactual and a question tell no attack", () => {
    expect(placesOf(TOLD + "Similar attacks were documented in Ihsim and Sarja.")).toEqual(["Tall Nar"]);
    expect(placesOf(TOLD + "Had the warplanes bombed Ihsim, the market would have burned.")).toEqual([
      "Tall Nar",
    ]);
    expect(
      placesOf(TOLD + "If the hospital in Ihsim had been struck by a missile, the crater would be larger."),
    ).toEqual(["Tall Nar"]);
    expect(placesOf(TOLD + "Who bombed the hospital in Ihsim?")).toEqual(["Tall Nar"]);
  });

  it("examples introduced by 'including those in' and a stated pattern", () => {
    expect(
      placesOf(TOLD + "It was one of many airstrikes on hospitals, including those in Ihsim and Sarja."),
    ).toEqual(["Tall Nar"]);
    expect(placesOf(TOLD + "The airstrike on Ihsim was part of a pattern of attacks on hospitals.")).toEqual([
      "Tall Nar",
    ]);
  });

  it("keeps the same attacks told as events, and any of them with a day", () => {
    expect(placesOf(TOLD + "Regime warplanes carried out airstrikes on Ihsim.")).toEqual([
      "Tall Nar",
      "Ihsim",
    ]);
    expect(placesOf(TOLD + "Videos of the attack on Ihsim were uploaded by rescuers.")).toEqual([
      "Tall Nar",
      "Ihsim",
    ]);
    expect(
      placesOf(TOLD + "The archive collected 12 videos of airstrikes on Ihsim on 2 March 2024."),
    ).toEqual(["Tall Nar", "Ihsim"]);
  });

  it("a day carried from the sentence before does not make an untold attack told", () => {
    // Same paragraph as the told attack, so its day would date the next sentence's places.
    const told = "Regime warplanes bombed the market of Tall Nar on 3 March 2024, killing five people. ";
    expect(placesOf(told + "Similar attacks were documented in Ihsim and Sarja.")).toEqual(["Tall Nar"]);
    expect(placesOf(told + "Such an attack on a market in Ihsim could amount to a war crime.")).toEqual([
      "Tall Nar",
    ]);
    expect(placesOf(told + "Who bombed the market in Ihsim?")).toEqual(["Tall Nar"]);
    // A day of its own still tells the attack.
    expect(placesOf(told + "Similar attacks hit Ihsim on 1 March 2024.")).toEqual(["Tall Nar", "Ihsim"]);
  });

  it("the earlier attack another answers or is timed against is no incident on the answering one's day", () => {
    expect(
      placesOf("Regime artillery shelled Tall Nar on 3 March 2024 in retaliation for an attack on Ihsim."),
    ).toEqual(["Tall Nar"]);
    expect(
      placesOf(
        "Regime shelling on Tall Nar killed two on 3 March 2024, a day after a strike on Ihsim killed three.",
      ),
    ).toEqual(["Tall Nar"]);
    // Told on a day of its own, it is an incident.
    expect(
      placesOf(
        "Opposition fighters shelled Ihsim on 2 March 2024. Regime artillery shelled Tall Nar on 3 March 2024 in retaliation for the attack on Ihsim.",
      ),
    ).toEqual(["Ihsim", "Tall Nar"]);
  });

  it("the earlier attack is told when a day follows its own word", () => {
    expect(
      placesOf(
        "Regime artillery shelled Tall Nar on 4 March 2024 in response to the shelling of Ihsim on Sunday.",
      ),
    ).toEqual(["Tall Nar", "Ihsim"]);
    expect(
      placesOf("Regime artillery shelled Tall Nar in retaliation for an attack on Ihsim on 2 March 2024."),
    ).toEqual(["Tall Nar", "Ihsim"]);
    expect(
      placesOf(
        "Regime shelling on Tall Nar killed two on 4 March 2024, a day after a strike on Ihsim on Sunday.",
      ),
    ).toEqual(["Tall Nar", "Ihsim"]);
    // The day before the earlier attack's word is the answering attack's.
    expect(
      placesOf("On 4 March 2024, regime artillery shelled Tall Nar in response to the shelling of Ihsim."),
    ).toEqual(["Tall Nar"]);
  });
});

describe("isEarlierAttackBefore and isEarlierClauseBefore", () => {
  const forms = [
    "Jets struck A on Monday in retaliation for the ",
    "in Response to an ",
    "in revenge for their ",
    "in reprisal for last ",
    "in reaction to the recent ",
    "as a response to the ",
    "As Retaliation for ",
    "as a reprisal for an ",
    "as a reaction to this ",
    "a day after an ",
    "a week before the ",
    "A Month After ",
    "one day after the ",
    "two weeks after a ",
    "twelve months before the ",
    "3 days after the ",
    "several weeks after the ",
    "a few days after an ",
    "few days after the ",
    "a couple of weeks after the ",
    "the heaviest shelling since the ",
    "the deadliest day since an ",
    "the worst since the ",
    "the largest such assault since ",
    "the biggest since the ",
    "the fiercest fighting since the ",
    "the bloodiest since ",
    "the first such raid since the ",
    "the most intense bombardment since the ",
  ];

  it("reads every form of a clause an attack is reacted to or timed against, whatever its case", () => {
    for (const before of forms) expect(isEarlierAttackBefore(before), before).toBe(true);
  });

  it("reads every form told up to a place", () => {
    for (const before of forms)
      expect(isEarlierClauseBefore(`${before}Russian jets bombed `), before).toBe(true);
    expect(isEarlierClauseBefore("The attack came two weeks after Russian jets bombed ")).toBe(true);
  });

  it("reads none where the context ends otherwise", () => {
    for (const before of [
      "Regime forces shelled A on Monday, killing three in the ",
      "jets carried out an ",
    ]) {
      expect(isEarlierAttackBefore(before), before).toBe(false);
      expect(isEarlierClauseBefore(before), before).toBe(false);
    }
  });
});

describe("isIndirectQuestion and tellsEarlierWork", () => {
  it("reads every form of an indirect question, whatever its case", () => {
    for (const sentence of [
      "Reporters asked whether jets had also bombed A.",
      "It is unclear Whether the strike hit A.",
      "He was Asked if the jets had bombed A.",
      "They ask him if jets bombed A.",
      "We asked her if the army shelled A.",
      "Journalists asking them if the strike hit A were turned away.",
    ])
      expect(isIndirectQuestion(sentence), sentence).toBe(true);
    expect(isIndirectQuestion("Jets bombed A on Monday, killing a family.")).toBe(false);
  });

  it("reads every form of earlier work on an attack, whatever its case", () => {
    for (const sentence of [
      "The Archive has previously investigated the attack on A.",
      "HRW had earlier documented the strike on A.",
      "Amnesty had already examined the bombing of A.",
      "We have before analysed the shelling of A.",
      "The team previously analyzed the raid on A.",
      "Researchers already verified the strike on A.",
      "The monitor had Previously Reported On the attack on A.",
      "The outlet earlier covered the shelling of A.",
      "Analysts already geolocated the strike on A.",
      "The shelling of A was documented by the group in an earlier report.",
      "HRW investigated the strike on A in its previous investigation.",
    ])
      expect(tellsEarlierWork(sentence), sentence).toBe(true);
    expect(tellsEarlierWork("Jets bombed A on Monday, rescuers reported.")).toBe(false);
  });
});
