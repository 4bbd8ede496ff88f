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
