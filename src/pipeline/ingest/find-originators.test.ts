import { describe, expect, it } from "vitest";
import { findOriginators } from "./find-originators.js";

describe("findOriginators", () => {
  it("expands an acronym the text defines, even after a possessive", () => {
    const text =
      "The Syrian Opposition Coalition’s (SOC) committee met. It called for action, according to the SOC.";
    expect(findOriginators(text)).toEqual(["Syrian Opposition Coalition (SOC)"]);
  });

  it("finds 'X said in a statement' and 'X reported', in order of mention, without duplicates", () => {
    const text =
      "Yesterday the White Helmets said in a statement that two rescuers died. Human Rights Watch reported similar attacks. The White Helmets said in a statement on Monday that the toll rose.";
    expect(findOriginators(text)).toEqual(["White Helmets", "Human Rights Watch"]);
  });

  it("reads 'a statement by' and 'figures from' phrases", () => {
    expect(findOriginators("Five died, according to a statement by the Idlib Health Directorate.")).toEqual([
      "Idlib Health Directorate",
    ]);
    expect(
      findOriginators(
        "The toll rose to 12, according to figures from the UN Office for the Coordination of Humanitarian Affairs.",
      ),
    ).toEqual(["UN Office for the Coordination of Humanitarian Affairs"]);
  });

  it("ignores generic and unnamed sources", () => {
    expect(
      findOriginators(
        "Activists reported shelling, according to local sources. Residents said it continued.",
      ),
    ).toEqual([]);
  });
});
