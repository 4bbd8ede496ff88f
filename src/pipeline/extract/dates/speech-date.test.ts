import { describe, expect, it } from "vitest";
import type { IncidentClaim } from "../../../domain/claim.js";
import type { Report } from "../../../domain/report.js";
import { FakeActors, FakePlaces } from "../../../../test/support/fake-knowledge.js";
import { extractIncidents } from "../extract-incidents.js";
import { findDates } from "./find-dates.js";
import { isSpeechDate } from "./pick-date.js";

const PUB = "2024-03-05"; // a Tuesday

function run(text: string): IncidentClaim[] {
  const r: Report = {
    id: "d".repeat(64),
    byteLength: text.length,
    mediaType: "text/plain",
    encoding: "utf-8",
    originalName: null,
    retrievedAt: "2024-01-01T00:00:00.000Z",
    url: null,
    publisher: null,
    originators: [],
    publishedAt: PUB,
    language: "en",
    title: null,
    byline: null,
    text,
    removed: [],
    related: [],
    keywords: [],
    caveats: [],
  };
  return extractIncidents(r, new FakePlaces(), new FakeActors()).incidents;
}

describe("dates of statements are not dates of events", () => {
  it.each([
    ["The monitor said on Monday that shelling hit the town.", true],
    ["The group announced Monday that it had withdrawn.", true],
    ["In a statement on Monday, the council condemned the raid.", true],
    ["Shelling hit the town on Monday.", false],
    ["On 30 October the Russian Ministry of Defence responded to the allegations.", true],
    ["On Monday, Russian warplanes struck the town.", false],
  ])("%s → %s", (text, speech) => {
    const d = findDates(text, { start: 0, end: text.length }, PUB)[0]!;
    expect(isSpeechDate(text, d)).toBe(speech);
  });

  it("takes the event's day told next over the day of the statement", () => {
    const claims = run(
      "The monitor said on Monday that gunmen attacked a checkpoint in Ihsim. The attack took place late on Saturday, and two guards were killed.",
    );
    const c = claims.find((x) => x.place.mention === "Ihsim");
    expect(c?.date.start).toBe("2024-03-02");
  });
});

describe("a governorate summary followed by its details", () => {
  it("keeps the settlement tolls, drops the summary and dates the details by it", () => {
    const claims = run(
      "Fifteen civilians were killed on Sunday when warplanes carried out raids on the Idlib countryside. In Ihsim, six people died when a missile hit a building. Nine people were killed in the village of Tall Nar.",
    );
    expect(claims.map((c) => c.place.mention).sort()).toEqual(["Ihsim", "Tall Nar"]);
    for (const c of claims) expect(c.date.start).toBe("2024-03-03");
    expect(claims.find((c) => c.place.mention === "Ihsim")?.casualties.killed).toEqual({ min: 6, max: 6 });
  });
});
