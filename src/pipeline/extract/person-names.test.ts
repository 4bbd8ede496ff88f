/**
 * Capitalised names the text uses as persons or outlets, by their relations in the sentence rather
 * than by a list of names, and the other mentions of the same name in the document — on invented
 * sentences, with the built-in gazetteer (which holds Syrian villages named like given names).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PlaceLookup } from "../../domain/places.js";
import { buildKnowledge } from "../../knowledge/index.js";
import { agentShape } from "./agent-names.js";
import { findPlaces } from "./find-places.js";
import { splitSentences } from "./sentences.js";

let places: PlaceLookup;
beforeAll(() => {
  places = buildKnowledge().places;
});

const mentions = (text: string): string[] =>
  findPlaces(splitSentences(text), places, [], []).map((p) => p.candidate.mention);

describe("a person by the relations of the name in its sentence", () => {
  it("an age in apposition between commas, unless a locative places the name", () => {
    expect(agentShape("Among the dead was ", ", 28, a nurse.")).toBe("person");
    expect(agentShape("The victims included ", ", aged 7, and")).toBe("person");
    expect(agentShape("Shells fell in ", ", 3, and Y, 4.")).toBeNull();
  });

  it("an age before the name", () => {
    expect(agentShape("The strike killed 28-year-old ", " and his wife.")).toBe("person");
    expect(agentShape("The strike killed 30 year old ", " Ali.")).toBe("person");
    expect(agentShape("killing a two-month-old ", " in")).toBe("person");
  });

  it("a relative named after a kinship noun, the one related before 's, or after 'of'", () => {
    expect(agentShape("He spoke alongside his son ", " who was hopeful")).toBe("person");
    expect(agentShape("their daughter ", " was born in May")).toBe("person");
    expect(agentShape("", "’s wife was also killed")).toBe("person");
    expect(agentShape("Karim and ", "’s two sons were wounded")).toBe("person");
    expect(agentShape("Among the grandchildren of ", " killed were")).toBe("person");
    expect(agentShape("her late niece, ", ", while")).toBe("person");
    expect(agentShape("his wife Suhair Majid Al ", ", sons and daughters")).toBe("person");
    expect(agentShape("killed his son in ", " on Monday")).toBeNull();
    // A people named by its sons is no relative.
    expect(agentShape("the sons of ", " marched")).toBeNull();
  });

  it("an age in brackets after the rest of a full name", () => {
    expect(agentShape("", " Al Ameer Mohammed Fayed (14 years old) was killed")).toBe("person");
    expect(agentShape("", " in the morning (10) was")).toBeNull();
  });

  it("a given name before a patronymic or a kunya", () => {
    expect(agentShape("near the ", " bin Walid Mosque")).toBe("person");
    expect(agentShape("", " Ali Abu Hamad was killed")).toBe("person");
  });

  it("the subject of a verb only persons take, or the speaker closing a quotation", () => {
    expect(agentShape("", " was reportedly born in 2020")).toBe("person");
    expect(agentShape("“We lost everything,” said ", ".")).toBe("person");
    expect(agentShape("", " wrote on Facebook that")).toBe("speaker");
  });

  it("an outlet named with its kind", () => {
    expect(agentShape("according to the press agency ", ", which")).toBe("speaker");
    expect(agentShape("", " news reported that")).toBe("speaker");
  });
});

describe("a social media handle", () => {
  it("names an account, not a place", () => {
    expect(mentions("A photo by @Mustafa_Hamdan shows the strike on Sarmin.")).toEqual(["Sarmin"]);
  });
});

describe("other mentions of a name the document shows to be a person's", () => {
  it("are no place either, unless a place frame names the place", () => {
    const person =
      "Jets struck a house in Ariha. His son Khaled survived. Khaled was pulled from the rubble.";
    expect(mentions(person)).not.toContain("Khaled");
    const framed =
      "Jets struck a house in Ariha. His son Khaled survived. Shells also hit the village of Khaled.";
    expect(mentions(framed)).toContain("Khaled");
  });

  it("the given name of a full name counts too", () => {
    const text = "The strike killed 28-year-old Khaled Omar Ali. Khaled had returned home in May.";
    expect(mentions(text)).not.toContain("Khaled");
  });

  it("an outlet's name is none where no locative wording places it", () => {
    expect(mentions("Jets struck a house. Safa counted three dead. Safa news said so.")).not.toContain(
      "Safa",
    );
  });
});
