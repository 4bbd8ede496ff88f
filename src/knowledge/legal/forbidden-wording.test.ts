import { describe, expect, it } from "vitest";
import { findForbiddenWording } from "./forbidden-wording.js";

describe("findForbiddenWording", () => {
  it("flags convicting wording in our voice", () => {
    const text =
      "The attack proves intent. This is a war crime. Genocide occurred there. The commander is guilty.";
    expect(findForbiddenWording(text).map((h) => h.id)).toEqual([
      "proves",
      "is a war crime",
      "genocide occurred",
      "guilty",
    ]);
  });

  it("accepts consistent-with wording", () => {
    const ours =
      "Consistent with the war crime of intentionally directing attacks against civilians; not yet consistent with murder as a crime against humanity; the context elements are unproven.";
    expect(findForbiddenWording(ours)).toEqual([]);
  });

  it("exempts a source's sentence reproduced verbatim, also HTML-escaped, but not a short label inside our words", () => {
    const quote = "This attack constitutes a war crime, the council's spokesman said";
    const html = `<blockquote>${quote.replace("'", "&#39;")}</blockquote> Our reading: consistent with the act.`;
    expect(findForbiddenWording(html, [quote])).toEqual([]);
    expect(findForbiddenWording(html, [])).toHaveLength(1);
    expect(findForbiddenWording("We say this is a war crime.", ["war crime"])).toHaveLength(1);
  });
});
