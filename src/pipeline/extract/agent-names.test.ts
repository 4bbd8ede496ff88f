import { describe, expect, it } from "vitest";
import { isOriginBefore } from "./agent-names.js";

describe("isOriginBefore", () => {
  it("reads every form of a residence before a name, whatever its case", () => {
    for (const before of [
      "One of the dead, a resident of ",
      "The two men were Residents of the village of ",
      "a native of ",
      "Natives of ",
      "the victims, who were inhabitants of the town of ",
      "A civilian who lived in ",
      "a teacher who has lived in ",
      "the woman, who resides in ",
      "a family that resided in ",
      "families living in ",
      "displaced people residing in the camp of ",
    ])
      expect(isOriginBefore(before), before).toBe(true);
  });

  it("reads an origin with from", () => {
    expect(isOriginBefore("a woman from ")).toBe(true);
    expect(isOriginBefore("the fighter who was killed is originally from ")).toBe(true);
  });

  it("reads no residence or origin where the context ends otherwise", () => {
    for (const before of [
      "Regime forces shelled ",
      "Residents of ",
      "the residents fled to ",
      "shells fired from ",
      "a man who lived in fear in ",
    ])
      expect(isOriginBefore(before), before).toBe(false);
  });
});
