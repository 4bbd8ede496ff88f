import { describe, expect, it } from "vitest";
import { Extraction } from "../../domain/claim.js";
import { FakeActors, FakePlaces } from "../../../test/support/fake-knowledge.js";
import { textReport } from "../../../test/support/text-report.js";
import { extractClaims } from "./index.js";
import { SEGMENT_CHARS } from "./segment-text.js";

const deps = { places: new FakePlaces(), actors: new FakeActors() };

describe("extractClaims on a report longer than one segment", () => {
  it("reads every segment and keeps evidence offsets in the whole text", () => {
    const paragraph =
      "Regime forces shelled the village of Sarjah in rural Idlib, killing two civilians.\n\n" +
      "Filler about the weather and the markets of the region, with nothing violent in it at all.\n\n";
    const copies = Math.ceil((2.5 * SEGMENT_CHARS) / paragraph.length);
    const text = `${paragraph.repeat(copies)}Russian warplanes struck Ahsem in rural Idlib, killing four civilians.`;
    const extraction = Extraction.parse(extractClaims(textReport(text), deps));
    const last = extraction.incidents.filter((c) => c.place.mention === "Ahsem");
    expect(last).toHaveLength(1);
    expect(last[0]!.casualties.killed).toMatchObject({ min: 4, max: 4 });
    expect(last[0]!.evidence.some((e) => e.start > 2 * SEGMENT_CHARS)).toBe(true);
    for (const claim of extraction.incidents)
      for (const e of claim.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});

describe("a claim the headline alone tells", () => {
  const text = "Two civilians were killed on Monday when a drone struck their car. Relatives buried them.";
  const run = (title: string, body = text) =>
    Extraction.parse(extractClaims({ ...textReport(body), title }, deps)).incidents;

  it("a text that tells no place under a headline that names one: the claim's spans are in the title", () => {
    const title = "Turkish drone strike kills two civilians in Ihsim";
    const [claim, ...rest] = run(title);
    expect(rest).toEqual([]);
    expect(claim?.place.mention).toBe("Ihsim");
    expect(claim?.casualties.killed).toMatchObject({ min: 2, max: 2 });
    expect(claim?.evidence).toEqual([]);
    const spans = claim?.titleEvidence ?? [];
    expect(spans.map((e) => e.field)).toContain("place");
    for (const e of spans) expect(title.slice(e.start, e.end)).toBe(e.text);
  });

  it("none when the text tells its own incident, the headline names no known place or tells no attack", () => {
    const own = run("Drone strike kills two in Ihsim", "A drone struck a car in Sarjah on Monday.");
    expect(own.map((c) => [c.place.mention, c.titleEvidence])).toEqual([["Sarjah", undefined]]);
    expect(run("Drone strike kills two in the north")).toEqual([]);
    expect(run("Ihsim mourns its dead")).toEqual([]);
  });
});
