import { describe, expect, it } from "vitest";
import { publishedInText } from "./text-published.js";

describe("publishedInText (the date a text states about itself)", () => {
  it.each([
    [
      "A drone bombed the town.\n\nANF\n\nSHEHBA\n\nThursday, 4 Aug 2022, 15:01\n\nIt struck on Thursday.",
      "2022-08-04",
    ],
    ["ALEPPO, 3 June 2021 — Shelling hit the town yesterday.", "2021-06-03"],
    ["Published: 12 March 2023\n\nShelling hit the town yesterday.", "2023-03-12"],
  ])("%s", (text, day) => {
    expect(publishedInText(text)).toBe(day);
  });

  it("never takes an event's date from the running text, nor a day without its year", () => {
    expect(publishedInText("Shelling hit the town on 3 June 2021, killing two.")).toBeNull();
    expect(publishedInText("ALEPPO, 3 June — Shelling hit the town yesterday.")).toBeNull();
    expect(publishedInText("Shelling hit the town yesterday.")).toBeNull();
  });
});
