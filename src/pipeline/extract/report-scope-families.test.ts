/**
 * Families of sentences that real reporting writes around its incident and that must add no incident,
 * place or toll (issue 8, precision on unseen reports): acts not done (the future, orders to stop,
 * "any", negations, vows, expected or modal attacks), spans with an active perfect, periodic
 * summaries, commemorations, court cases, and places that only say where fire came from, where a
 * wounded person died or where the displaced were driven. Each case is an invented sentence after a
 * told attack, and each rule has a case that keeps a told attack.
 */
import { describe, expect, it } from "vitest";
import { FakeActors, FakePlaces } from "../../../test/support/fake-knowledge.js";
import { textReport } from "../../../test/support/text-report.js";
import { extractClaims } from "./index.js";

const deps = { places: new FakePlaces(), actors: new FakeActors() };
const claimsOf = (text: string) => extractClaims(textReport(text, "2024-03-05"), deps).incidents;
const placesOf = (text: string) => claimsOf(text).map((c) => c.place.mention);
const killedAt = (text: string, place: string) =>
  claimsOf(text).find((c) => c.place.mention === place)?.casualties.killed?.min ?? null;
/** A told attack first (Monday 4 March 2024). */
const TOLD = "Regime forces shelled Tall Nar on Monday, killing three civilians. ";

describe("acts not done", () => {
  it("drops an attack in the future right before its word", () => {
    expect(placesOf(TOLD + "Residents fear that Ihsim will be shelled next.")).toEqual(["Tall Nar"]);
    expect(placesOf(TOLD + "Regime forces are expected to storm Ihsim.")).toEqual(["Tall Nar"]);
    expect(placesOf(TOLD + "Officials say Russian warplanes are about to bomb Ihsim.")).toEqual(["Tall Nar"]);
  });

  it("drops an attack that an order or a plea would stop", () => {
    expect(placesOf(TOLD + "The UN called for an end to attacks on civilians in Ihsim.")).toEqual([
      "Tall Nar",
    ]);
    expect(placesOf(TOLD + "Aid groups urged all sides to stop shelling Ihsim.")).toEqual(["Tall Nar"]);
    expect(placesOf(TOLD + "Washington demanded that Russia halt its bombing of Ihsim.")).toEqual([
      "Tall Nar",
    ]);
  });

  it("keeps an attack whose stopping is negated", () => {
    expect(
      placesOf("Regime forces did not stop shelling Tall Nar on Monday, killing three civilians."),
    ).toEqual(["Tall Nar"]);
  });

  it("drops an attack the free-choice 'any' determines", () => {
    expect(placesOf(TOLD + "The factions said they were ready to repel any attack on Ihsim.")).toEqual([
      "Tall Nar",
    ]);
  });

  it("drops an indefinite attack told as expected or under a modal, and the modal's count", () => {
    expect(placesOf(TOLD + "Officials said an attack on Ihsim was imminent.")).toEqual(["Tall Nar"]);
    expect(placesOf(TOLD + "An assault on Ihsim would kill thousands, the UN warned.")).toEqual(["Tall Nar"]);
    // A hedged past ("may have killed") still counts.
    expect(
      killedAt("Regime forces shelled Tall Nar on Monday and may have killed four civilians.", "Tall Nar"),
    ).toBe(4);
  });

  it("drops a negated attack and a place spared", () => {
    expect(placesOf(TOLD + "Regime forces did not shell Ihsim.")).toEqual(["Tall Nar"]);
    expect(placesOf(TOLD + "There were no reports of shelling in Ihsim on Monday.")).toEqual(["Tall Nar"]);
    expect(placesOf(TOLD + "Ihsim was spared the bombardment this time.")).toEqual(["Tall Nar"]);
  });

  it("drops an act feared, expected or not ruled out", () => {
    expect(placesOf(TOLD + "Residents of Ihsim fear another massacre.")).toEqual(["Tall Nar"]);
    expect(placesOf(TOLD + "Officials have not ruled out further strikes on Ihsim.")).toEqual(["Tall Nar"]);
    // Fear as a noun, and an expectation that is not the act's, leave the act told.
    expect(
      placesOf("Residents fled in fear as Russian warplanes bombed Ihsim on Monday, killing three."),
    ).toEqual(["Ihsim"]);
  });

  it("drops a kind of act whose noun phrase is the subject of a modal aspectual verb", () => {
    expect(placesOf(TOLD + "Without a ceasefire, the bombing of Ihsim will continue.")).toEqual(["Tall Nar"]);
    expect(placesOf(TOLD + "Human Rights Watch said attacks on hospitals in Ihsim must stop.")).toEqual([
      "Tall Nar",
    ]);
    expect(placesOf(TOLD + "Residents expect the bombing of Ihsim to resume.")).toEqual(["Tall Nar"]);
    expect(placesOf(TOLD + "The opposition says a chemical attack on Ihsim cannot be ruled out.")).toEqual([
      "Tall Nar",
    ]);
    // The phrase's own past verb tells the act.
    expect(placesOf("The shelling of Ihsim continued until noon on Monday, killing three people.")).toEqual([
      "Ihsim",
    ]);
  });

  it("drops an attack prepared for, and keeps the attack told before it", () => {
    expect(
      placesOf(
        TOLD + "Regime forces brought reinforcements to the front in preparation for an attack on Ihsim.",
      ),
    ).toEqual(["Tall Nar"]);
    expect(
      placesOf(
        "Regime forces shelled Ihsim on Monday in preparation for a ground assault, killing three civilians.",
      ),
    ).toEqual(["Ihsim"]);
  });

  it("drops aircraft seen flying in a place's skies, unless they drop or hit", () => {
    expect(placesOf(TOLD + "Meanwhile, Russian warplanes are still flying in the skies of Ihsim.")).toEqual([
      "Tall Nar",
    ]);
    expect(
      placesOf(
        "Russian warplanes flying in the skies of Ihsim dropped bombs on the town on Monday, killing three.",
      ),
    ).toEqual(["Ihsim"]);
  });

  it("drops an attack vowed or pledged", () => {
    expect(placesOf(TOLD + "Russia has vowed to continue strikes on Ihsim.")).toEqual(["Tall Nar"]);
  });
});

describe("denials", () => {
  it("reads an accusation rejected or dismissed as a denial", () => {
    const denied = claimsOf(TOLD + "Damascus rejected accusations that it had shelled Ihsim.").find(
      (c) => c.place.mention === "Ihsim",
    );
    expect(denied?.modality).toBe("denied");
  });
});

describe("attacks of a span, a summary, a commemoration or a court case", () => {
  it("reads an active perfect's clause to its 'since' as a span", () => {
    expect(
      placesOf(TOLD + "More than 40 people have died in Ihsim in attacks since the ceasefire collapsed."),
    ).toEqual(["Tall Nar"]);
  });

  it("reads a span after the day told as a span, unless the clause names its own day", () => {
    expect(
      placesOf(TOLD + "The same unit carried out strikes on Ihsim and Kafr Nuran in the following weeks."),
    ).toEqual(["Tall Nar"]);
    expect(placesOf("Russian warplanes bombed Ihsim on Monday and again in the following days.")).toEqual([
      "Ihsim",
    ]);
  });

  it("reads a count of days as a span, unless an ordinal counts attacks in it", () => {
    expect(
      placesOf(TOLD + "Over three days, regime shelling killed 25 people in Ihsim and Kafr Nuran."),
    ).toEqual(["Tall Nar"]);
    expect(
      placesOf("Russian jets bombed Ihsim for the second time in three days on Monday, killing five people."),
    ).toEqual(["Ihsim"]);
  });

  it("reads a periodic summary's count as its period's, not the last attack's", () => {
    expect(placesOf(TOLD + "The monthly report counted 230 civilian deaths, 61 of them in Ihsim.")).toEqual([
      "Tall Nar",
    ]);
    expect(placesOf(TOLD + "The monthly report documented 45 air strikes on Ihsim.")).toEqual(["Tall Nar"]);
    // A daily report tells the day's incidents.
    expect(
      placesOf("The monitor said in its daily report that regime forces shelled Ihsim on Monday."),
    ).toEqual(["Ihsim"]);
  });

  it("drops an attack commemorated", () => {
    expect(
      placesOf(TOLD + "Hundreds gathered in Ihsim to commemorate the victims of the Kafr Nuran massacre."),
    ).toEqual(["Tall Nar"]);
    expect(
      placesOf(
        TOLD + "Vigils were held in Ihsim to mark ten years since the barrel bomb attack on the town.",
      ),
    ).toEqual(["Tall Nar"]);
  });

  it("drops an attack a court case is about, and its count", () => {
    expect(
      placesOf(
        TOLD + "A court on Thursday convicted a former colonel over the torture of detainees in Ihsim.",
      ),
    ).toEqual(["Tall Nar"]);
    expect(
      placesOf(TOLD + "The trial concerns the killing of civilians in Ihsim, where 108 people died."),
    ).toEqual(["Tall Nar"]);
    // A court named after the attack told does not touch it.
    expect(
      placesOf(
        "Regime forces shelled Tall Nar on Monday, killing three civilians, a week after a court sentenced an officer.",
      ),
    ).toEqual(["Tall Nar"]);
  });
});

describe("places that are not where the attack was", () => {
  it("a launch site named by its holder's phrase or after 'originated from'", () => {
    expect(
      placesOf(TOLD + "The rockets were launched from areas held by government forces around Ihsim."),
    ).toEqual(["Tall Nar"]);
    expect(
      placesOf(TOLD + "Activists said the shelling originated from the regime-held town of Ihsim."),
    ).toEqual(["Tall Nar"]);
    expect(placesOf(TOLD + "The missiles were launched from the occupied Ihsim hills.")).toEqual([
      "Tall Nar",
    ]);
    // The holder's phrase ends at a preposition: the place the shells hit stays.
    expect(
      placesOf(
        "Shells fired from areas held by regime forces hit Tall Nar on Monday, killing three civilians.",
      ),
    ).toEqual(["Tall Nar"]);
  });

  it("a hospital where a wounded person died, with the toll the death brings", () => {
    const text =
      "Russian warplanes bombed a market in Tall Nar on Tuesday, killing five people. One of the wounded later died in a hospital in Ihsim, bringing the toll to six.";
    expect(placesOf(text)).toEqual(["Tall Nar"]);
    expect(killedAt(text, "Tall Nar")).toBe(6);
    // Dying in an attack on a hospital is dying where the hospital was hit.
    expect(placesOf("Three people died in the attack on the hospital in Tall Nar on Monday.")).toEqual([
      "Tall Nar",
    ]);
  });

  it("where the displaced were driven to", () => {
    expect(placesOf(TOLD + "The bombardment displaced thousands of people from Tall Nar to Ihsim.")).toEqual([
      "Tall Nar",
    ]);
  });
});
