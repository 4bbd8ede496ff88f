/**
 * Unknown names as incident places (place-unknown.ts), with the built-in gazetteer on invented
 * sentences: a name the gazetteer lacks is kept only with evidence that it is a populated place.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PlaceLookup } from "../../domain/places.js";
import { buildKnowledge } from "../../knowledge/index.js";
import { findPlaces, type ResolvedPlace } from "./find-places.js";
import { findPlaceCandidates } from "./place-candidates.js";
import { splitSentences } from "./sentences.js";

let places: PlaceLookup;
beforeAll(() => {
  places = buildKnowledge().places;
});

const settlements = (text: string): string[] =>
  findPlaces(splitSentences(text), places, [], [])
    .filter((p: ResolvedPlace) => p.role === "settlement")
    .map((p) => p.candidate.mention);

describe("unknown names need evidence of a populated place", () => {
  it("drops unknown names only a locative word frames", () => {
    // Noms de guerre of the dead, a mountain, a facility abroad: none is a settlement of the gazetteer.
    expect(
      settlements("The drone attack on Jiwan Serhildan, Rojda Amed and Berfin Xelil killed them."),
    ).toEqual([]);
    expect(settlements("Air defence batteries in Qarnabit fired at the missiles.")).toEqual([]);
    expect(settlements("A blast struck the crowd at Qorvanelli International Airport on Monday.")).toEqual(
      [],
    );
  });

  it("keeps an unknown name a compass or area frame places, and a name such a place locates", () => {
    // Invented names: nobody is "in northwest" a person, nor "south of" an organisation.
    expect(settlements("Shells killed two men in northwest Qarwazan on Monday.")).toEqual(["Qarwazan"]);
    expect(settlements("A drone hit a car south of Qarwazan on Monday.")).toEqual(["Qarwazan"]);
    expect(settlements("A strike hit a house in the centre of Qarwazan on Monday.")).toEqual(["Qarwazan"]);
    // "X, <compass> Y" and "X in the <compass> Y": Y is land, so X, which it locates, is a place.
    expect(settlements("A strike hit a house in Beit Zanoun, southern Qarwazan, on Monday.")).toContain(
      "Beit Zanoun",
    );
    expect(settlements("A strike hit a house in Beit Zanoun in the eastern Qarwazan on Monday.")).toContain(
      "Beit Zanoun",
    );
    // A place with neighbourhoods is a town; a capitalised compass point "of" a name frames it too.
    expect(settlements("A strike hit a house in the eastern neighbourhood of Qarwazan on Monday.")).toContain(
      "Qarwazan",
    );
    expect(settlements("Two men were killed in a strike on a car, South of Qarwazan, on Monday.")).toEqual([
      "Qarwazan",
    ]);
    // Without such a frame an unknown name in a bare locative frame stays out.
    expect(settlements("A strike hit a house in Beit Zanoun on Monday.")).toEqual([]);
  });

  it("drops an unknown name that opens with an Arabic feature noun unless a kind word calls it a village", () => {
    // Listed with known villages (evidence for an unknown village), but "Sad" names a dam.
    expect(
      settlements(
        "Artillery shells landed in areas of Tall Refaat, Harbel and Sad Al-Qurnafa where SDF fighters were deployed north of Aleppo.",
      ),
    ).toEqual(["Tall Refaat", "Harbel"]);
    expect(
      settlements(
        "Artillery shells landed in areas of Tall Refaat, Harbel and the village of Sad Al-Qurnafa north of Aleppo.",
      ),
    ).toContain("Sad Al-Qurnafa");
  });

  it("keeps an unknown name a settlement kind word frames, its own or its list's", () => {
    expect(settlements("Turkish drones struck the village of Qurnafa on Monday.")).toEqual(["Qurnafa"]);
    expect(settlements("Shells fell on Qurnafa village on Monday.")).toEqual(["Qurnafa"]);
    // A list shares its kind word both ways.
    const framed = (t: string) =>
      findPlaceCandidates(t, 0, []).flatMap((c) => (c.settlementFramed ? [c.mention] : []));
    expect(framed("Shells hit Qurnafa, Sawanik and Jalibat villages.")).toEqual([
      "Qurnafa",
      "Sawanik",
      "Jalibat",
    ]);
    expect(framed("Shells hit the villages of Qurnafa, Sawanik and Jalibat.")).toEqual([
      "Qurnafa",
      "Sawanik",
      "Jalibat",
    ]);
    expect(settlements("Jets struck the hospital in Qarnabit on Monday.")).toEqual(["Qarnabit"]);
  });

  it("a kind word counts only when it heads its phrase, not as part of a longer name or a modifier", () => {
    expect(settlements("A man was killed on the Qurnafa City subway on Monday.")).toEqual([]);
    expect(settlements("Shells fell near the Qurnafa Camp administration on Monday.")).toEqual([]);
    expect(settlements("Shells fell on Qurnafa town on Monday.")).toEqual(["Qurnafa"]);
    expect(settlements("Shells fell on Qurnafa village western Manbij on Monday.")).toContain("Qurnafa");
    expect(settlements("Shells fell on Qurnafa village, which lies north of Manbij.")).toContain("Qurnafa");
  });

  it("keeps an unknown name located by a known place or governorate", () => {
    expect(settlements("A drone struck Qurnafa, west of Manbij, on Monday.")).toContain("Qurnafa");
    expect(settlements("Shells fell on Qurnafa in the Idlib countryside on Monday.")).toContain("Qurnafa");
  });

  it("keeps a later bare mention of a name framed elsewhere in the report", () => {
    expect(settlements("Shells fell on the village of Qurnafa. Later a drone struck Qurnafa again.")).toEqual(
      ["Qurnafa", "Qurnafa"],
    );
  });
});
