import { describe, expect, it } from "vitest";
import { FakeActors, FakePlaces } from "../../../test/support/fake-knowledge.js";
import { textReport } from "../../../test/support/text-report.js";
import { extractClaims } from "./index.js";
import { sectionKinds } from "./report-sections.js";
import { splitSentences } from "./sentences.js";

const deps = { places: new FakePlaces(), actors: new FakeActors() };

const REPORT = [
  "Airstrikes on the market",
  "Regime warplanes bombed the market of Ihsim on 3 March 2024, killing five people.",
  "Background of Ihsim",
  "Last year regime forces shelled Sarja often. On 5 May 2023 regime shelling hit Tall Nar, killing two.",
  "Methodology",
  "We compared the strike on Bir Hamra with the shelling of Sarja on 4 March 2024.",
].join("\n\n");

describe("sections of a long report", () => {
  it("reads the kind of each sentence's section from the last heading before it", () => {
    const sentences = splitSentences(REPORT);
    const kinds = sectionKinds(REPORT, sentences);
    const of = (words: string) => kinds[sentences.findIndex((s) => s.text.includes(words))];
    expect(of("market of Ihsim")).toBe("incident");
    expect(of("shelled Sarja often")).toBe("background");
    expect(of("We compared")).toBe("apparatus");
  });

  it("keeps no claim of a methods section and only day-dated ones of a background section", () => {
    const places = extractClaims(textReport(REPORT), deps).incidents.map((c) => c.place.mention);
    expect(places).toEqual(["Ihsim", "Tall Nar"]);
  });

  it("a headline that merely mentions sources, or a single short line, opens no such section", () => {
    const text = "Sources: regime shells Ihsim\n\nRegime forces shelled the village of Ihsim, killing two.";
    expect(sectionKinds(text, splitSentences(text)).every((k) => k === "incident")).toBe(true);
  });
});

describe("site menus above an article", () => {
  it("menu items ('About', 'Contact', 'Sources') open no section that would silence the article", () => {
    const text = [
      "Home",
      "About",
      "Contact",
      "Regime warplanes bombed the market of Ihsim on 3 March 2024, killing five people.",
    ].join("\n\n");
    expect(sectionKinds(text, splitSentences(text)).every((k) => k === "incident")).toBe(true);
    expect(extractClaims(textReport(text), deps).incidents.map((c) => c.place.mention)).toEqual(["Ihsim"]);
  });
});

describe("photo captions", () => {
  const placesOf = (text: string) =>
    extractClaims(textReport(text), deps).incidents.map((c) => c.place.mention);

  it("a line ending in a photo credit shows a picture, often an archive one: it makes no claim", () => {
    const captions = [
      "Destruction left by Turkish shelling of a shop in Sarja – North Press/archive",
      "Turkish shelling of Sarja village north of Ihsim – North Press",
      "Residents of Sarja attend the funeral of the girls killed by a drone(Image: Twitter)",
      "Russian jets bombed the market of Sarja at a busy time [Ali Haj Suleiman/Al Jazeera]",
      "Smoke rises over Sarja after the strike (AFP photo)",
    ];
    for (const caption of captions) {
      const text = `${caption}\n\nTurkish forces shelled the village of Ihsim on Monday, injuring two civilians.`;
      const sentences = splitSentences(text);
      expect(sectionKinds(text, sentences)).toEqual(["apparatus", "incident"]);
      expect(placesOf(text)).toEqual(["Ihsim"]);
    }
  });

  it("a sentence, a line running on, or a front-matter title is no caption", () => {
    const lines = [
      "Turkish forces shelled Sarja on Monday – the second time this week.",
      "title: Incident 4 - Medical Facilities Under Fire",
      "Turkish forces shelled Sarja on Monday, North Press reported",
    ];
    for (const line of lines) {
      const text = `${line}\n\nTurkish forces shelled the village of Ihsim on Monday, injuring two civilians.`;
      expect(sectionKinds(text, splitSentences(text))).toEqual(["incident", "incident"]);
    }
  });
});
