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
