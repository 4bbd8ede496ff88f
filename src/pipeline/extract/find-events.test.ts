import { describe, expect, it } from "vitest";
import { findEvents } from "./find-events.js";

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
    expect(typeOf("Assailants attacked the checkpoint, and a drone was seen with the patrol later.")).toEqual(
      ["attack"],
    );
    expect(typeOf("The militia attacked the checkpoint with its fighters.")).toEqual(["attack"]);
  });
});
